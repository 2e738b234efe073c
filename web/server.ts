/**
 * The HTTP edge: restify with the Bot Framework endpoint and a health check.
 * Bad requests get a clear HTTP error and the server keeps serving.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { BotApp } from '../app';
import type { Logger } from '../ops/logger';
import { planPageHtml } from './planPage';
import { withRequestId } from '../ops/requestId';
import { routeModules, type MountedRoutes } from './routes';

/** Generous for a chat message (a 1 MB text still reaches the bot, which asks for something shorter). */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface ServerState {
  ready: boolean;
}

function problem(res: Response, status: number, message: string): void {
  res.status(status);
  res.json({ error: message });
}

/** An activity the adapter can work with: anything else is refused before it runs. */
export function activityProblem(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'the body must be a JSON activity';
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string') return 'the activity has no type';
  const conversation = activity.conversation as { id?: unknown } | undefined;
  if (!conversation || typeof conversation.id !== 'string' || !conversation.id) return 'the activity has no conversation id';
  if (typeof activity.serviceUrl !== 'string' || !/^https?:\/\//.test(activity.serviceUrl)) return 'the activity has no serviceUrl';
  // Read by botbuilder and the bot before any catch: a wrong type would only surface as a generic error reply.
  if (typeof activity.channelId !== 'string' || !activity.channelId) return 'the activity has no channelId';
  if (activity.locale != null && typeof activity.locale !== 'string') return 'the activity locale must be a string';
  for (const list of ['membersAdded', 'membersRemoved']) {
    if (activity[list] != null && !Array.isArray(activity[list])) return `the activity ${list} must be a list`;
  }
  return undefined;
}

/** Errors of the token check that the adapter reports as 500. */
const TOKEN_FAILURE = /token|jwt|signing|issuer|audience|unauthori[sz]ed|authenticat|openid|endorse/i;
/** A key set that could not be fetched: the refusal is ours to retry, not the caller's fault. */
const KEY_SET_FAILURE = /openid|failed to load|request to https:\/\/login\.|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/i;

/**
 * The adapter answers a refused request with its error's message (a forged JWT got a 500 with
 * internal text). What leaves here is a fixed word per status: 401 for a bad token, 503 when the
 * key set could not be fetched, 500 otherwise.
 */
function withoutInternalText(res: Response): Response {
  let status = 200;
  return new Proxy(res, {
    get(target, prop) {
      if (prop === 'status')
        return (code: number) => {
          status = code;
          return target.status(code);
        };
      if (prop === 'send')
        return (body: unknown) => {
          if (status < 400) return target.send(body);
          // The adapter throws plain errors (500) for some token failures: those are refusals too.
          const text = String(body);
          // The adapter throws plain errors (500) for some token failures: those are refusals too.
          if (status === 401 || (status === 500 && (TOKEN_FAILURE.test(text) || KEY_SET_FAILURE.test(text)))) status = KEY_SET_FAILURE.test(text) ? 503 : 401;
          target.status(status);
          return target.send({
            error:
              status === 401 ? 'unauthorized' : status === 503 ? 'try again shortly' : status < 500 ? 'bad request' : 'the bot could not handle this activity',
          });
        };
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface BotServer {
  server: Server;
  /** Ends what the feature modules hold open (event streams, sockets). */
  closeRoutes(): Promise<void>;
}

export function createServer(app: BotApp, logger: Logger, state: ServerState): BotServer {
  const server = restify.createServer({ name: 'carers-support-bot', handleUncaughtExceptions: false });
  // Served over https (the public URL says so, or TLS here): browsers are told to keep to it.
  const hsts = app.config.publicUrl.startsWith('https://');
  server.use((req: Request, res: Response, next: () => void) => {
    if (hsts || req.isSecure()) res.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  });
  server.use(restify.plugins.queryParser());
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  // Liveness: the process serves HTTP. A broken store must not get a live process restarted in a loop.
  server.get('/healthz', async (_req: Request, res: Response) => {
    if (state.ready) res.json({ status: 'ok' });
    else problem(res, 503, 'starting or stopping');
  });

  // Readiness: storage and the hand-off queue answer within their budget; a load balancer sends no one here otherwise.
  server.get('/readyz', async (_req: Request, res: Response) => {
    if (!state.ready) return problem(res, 503, 'starting or stopping');
    const { storage, queue } = await app.readiness();
    res.header('Cache-Control', 'no-store');
    if (storage === 'ok' && queue === 'ok') res.json({ status: 'ok', storage, queue });
    else {
      res.status(503);
      res.json({ status: 'unavailable', storage, queue });
    }
  });

  server.get('/plan/:token', async (req: Request, res: Response) => {
    const stored = app.plans.get(String(req.params.token ?? ''));
    // Personal content: never cached, never sent on as a referrer, no scripts.
    res.header('Cache-Control', 'no-store');
    res.header('Referrer-Policy', 'no-referrer');
    res.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.header('Content-Type', 'text/html; charset=utf-8');
    if (!stored) {
      res.status(404);
      res.end(
        '<!doctype html><html lang="en"><title>Plan not found</title><p>This plan link has expired or was deleted. You can ask the chat for "my plan" again.</p></html>',
      );
      return;
    }
    res.status(200);
    res.end(planPageHtml(stored));
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    // Activities are JSON: anything else (a form, text) is refused before it is parsed as one.
    if (!req.is('json')) return problem(res, 415, 'the body must be JSON (Content-Type: application/json)');
    const reason = activityProblem(req.body);
    if (reason) return problem(res, 400, reason);
    const requestId = req.id();
    res.header('X-Request-Id', requestId);
    try {
      await withRequestId(requestId, () => app.adapter.process(req, withoutInternalText(res), app.logic));
    } catch (error) {
      logger.error({ err: String(error) }, 'adapter failed');
      if (!res.headersSent) problem(res, 500, 'the bot could not handle this activity');
    }
  });

  server.on('restifyError', (_req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    logger.warn({ status: error.statusCode, name: error.name }, 'request refused');
    callback();
  });
  const mounted: MountedRoutes[] = routeModules.map((mount) => mount(server, { app, logger, state }) ?? {});
  return {
    server,
    async closeRoutes() {
      await Promise.allSettled(mounted.map((m) => m.close?.()));
    },
  };
}
