/**
 * The read-only Open Referral UK 3.0 API, under /oruk (the site's `/` is the demo page):
 * /oruk/ (API details), /oruk/services, /oruk/services/{id}, /oruk/taxonomies[/{id}],
 * /oruk/taxonomy_terms[/{id}], /oruk/service_at_locations[/{id}] and /oruk/openapi.json.
 * Answers come from catalogue/oruk/api.ts over the catalogue and the councils' local help
 * (built once, cached, ETag); each address may ask
 * `perMinute` times a minute. Public data only: CORS *, and no query is logged or stored.
 */
import type { Request, Response, Server } from 'restify';
import type { Catalogue } from '../catalogue';
import { shippedLocalHelpData, type LocalHelpData } from '../catalogue/localHelpData';
import { OrukApi, type Query } from '../catalogue/oruk/api';
import { withLocalHelp } from '../catalogue/oruk/localHelpServices';
import { ORUK_OPENAPI } from '../catalogue/oruk/schemas';
import { RateLimiter } from '../directline/rateLimiter';
import type { MountedRoutes, RouteModule } from './routes';

export const ORUK_BASE = '/oruk';
const COLLECTIONS = ['services', 'taxonomies', 'taxonomy_terms', 'service_at_locations'] as const;

export interface OrukRouteOptions {
  /** The catalogue, or how to get the current one: live feeds swap it while the bot runs. */
  catalogue: Catalogue | (() => Catalogue);
  /** Requests per address per minute (default 120). */
  perMinute?: number;
  now?: () => number;
}

const OPENAPI_TEXT = JSON.stringify(ORUK_OPENAPI);

function send(req: Request, res: Response, status: number, text: string, etag?: string): void {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': status === 200 ? 'public, max-age=300' : 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  if (etag) headers.ETag = etag;
  if (etag && req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(status, headers);
  res.end(text);
}

function queryOf(req: Request): Query {
  const raw = (req.query ?? {}) as Record<string, unknown>;
  const query: Query = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') query[key] = value;
    else if (Array.isArray(value)) query[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return query;
}

export function mountOrukApi(server: Server, options: OrukRouteOptions): MountedRoutes {
  const source = options.catalogue;
  const current = typeof source === 'function' ? source : () => source;
  // Answers are built once per catalogue: a new one (a feed refreshed) gets its own.
  let built: { from: Catalogue; api: OrukApi } | undefined;
  const apiNow = (): OrukApi => {
    const catalogue = current();
    if (built?.from !== catalogue) built = { from: catalogue, api: new OrukApi(catalogue) };
    return built.api;
  };
  const limiter = new RateLimiter(options.perMinute ?? 120, 60_000, options.now);
  const sweep = setInterval(() => limiter.sweep(), 60_000);
  sweep.unref();

  const handler = (relative: (req: Request) => string) => async (req: Request, res: Response) => {
    const decision = limiter.take(req.socket.remoteAddress ?? 'unknown');
    if (!decision.allowed) {
      res.header('Retry-After', String(decision.retryAfterSeconds));
      send(req, res, 429, JSON.stringify({ error: { status: 429, message: 'too many requests, try again later' } }));
      return;
    }
    const answer = apiNow().handle(relative(req), queryOf(req));
    send(req, res, answer.status, answer.text, answer.etag);
  };

  // GET and HEAD alike (Node sends no body for HEAD).
  const route = (path: string, run: (req: Request, res: Response) => Promise<void>) => {
    server.get(path, run);
    server.head(path, run);
  };
  route(
    ORUK_BASE,
    handler(() => '/'),
  );
  route(
    `${ORUK_BASE}/`,
    handler(() => '/'),
  );
  route(`${ORUK_BASE}/openapi.json`, async (req: Request, res: Response) => send(req, res, 200, OPENAPI_TEXT));
  for (const collection of COLLECTIONS) {
    route(
      `${ORUK_BASE}/${collection}`,
      handler(() => `/${collection}`),
    );
    route(
      `${ORUK_BASE}/${collection}/:id`,
      handler((req) => `/${collection}/${encodeURIComponent(String(req.params.id ?? ''))}`),
    );
  }
  return { close: () => clearInterval(sweep) };
}

/** The route module: the catalogue the bot itself uses, with the councils' local help beside it. */
export const mountOruk: RouteModule = (server, context) => {
  let localHelp: LocalHelpData | undefined;
  try {
    localHelp = shippedLocalHelpData();
  } catch (error) {
    context.logger.warn({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'ORUK API without local help: its data did not load');
  }
  let joined: { from: Catalogue; with: Catalogue } | undefined;
  const catalogue = (): Catalogue => {
    const now = context.app.catalogue;
    if (joined?.from !== now) joined = { from: now, with: localHelp ? withLocalHelp(now, localHelp) : now };
    return joined.with;
  };
  return mountOrukApi(server, { catalogue });
};
