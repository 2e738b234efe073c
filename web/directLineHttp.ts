/** Small HTTP helpers shared by the Direct Line routes: bearer tokens, client address, origin, errors, rate limit. */
import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'restify';
import { DirectLineError } from '../directline/service';
import { createHash } from 'node:crypto';
import type { RateLimit } from '../directline/rateLimiter';
import type { Logger } from '../ops/logger';
import { clientAddressOf, type TrustProxy } from '../ops/trustProxy';

/** undefined: no Authorization header at all; '' for one that is not a bearer token (which then fails as unknown). */
export function bearerOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1] : '';
}

/** The peer address; forwarded headers are not trusted (anyone can send them) unless TRUST_PROXY says how far. */
export const clientAddress = (req: IncomingMessage, trust?: TrustProxy): string =>
  clientAddressOf(req.socket.remoteAddress ?? 'unknown', req.headers['x-forwarded-for'], trust);

/** TRUST_PROXY per limiter (set where the routes are mounted), so the rate is counted per client, not per proxy. */
const trusted = new WeakMap<RateLimit, TrustProxy>();
export function trustProxyFor(limiter: RateLimit, trust: TrustProxy | undefined): void {
  if (trust) trusted.set(limiter, trust);
}

/**
 * Who asks for a conversation, for the per-address cap: the client address (as the limiter sees it),
 * hashed, never kept as is. A request forwarded by a proxy that TRUST_PROXY does not name is not
 * counted per address: its peer is the proxy, and counting it would cap every client behind it together.
 */
export function ownerOf(req: IncomingMessage, limiter: RateLimit): string | undefined {
  const trust = trusted.get(limiter);
  if (!trust && (req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined)) return undefined;
  return createHash('sha256')
    .update(`directline-owner\u0000${clientAddress(req, trust)}`)
    .digest('base64url')
    .slice(0, 22);
}

export function isLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  // A proxy on the same machine would make outside requests look local: those carry forwarding headers.
  const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  return !forwarded && ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(address);
}

/**
 * The origin the browser used: PUBLIC_URL when the request came through it (keeps https behind
 * a proxy), else this request's own host. Used for `domain` and `streamUrl`.
 */
export function originOf(req: IncomingMessage, publicUrl: string, secure: boolean): string {
  const host = req.headers.host;
  const configured = new URL(publicUrl);
  if (!host || configured.host === host) return configured.origin;
  return `${secure ? 'https' : 'http'}://${host}`;
}

export const websocketOrigin = (httpOrigin: string): string => httpOrigin.replace(/^http/, 'ws');

/** The Direct Line service's error shape: `{ error: { code, message } }`. */
export function sendProblem(res: Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
}

export function sendError(res: Response, error: unknown, logger: Logger): void {
  if (error instanceof DirectLineError) {
    const code =
      ({ 400: 'BadArgument', 403: 'TokenExpired', 404: 'BadArgument', 502: 'BotError', 503: 'ServiceUnavailable' } as Record<number, string>)[error.status] ??
      'ServiceError';
    sendProblem(res, error.status, code, error.message);
    return;
  }
  logger.error({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'direct line route failed');
  sendProblem(res, 500, 'ServiceError', 'something went wrong');
}

/**
 * False (and a 429 with Retry-After sent) when this address has asked too often. A limit that
 * cannot be counted (storage unreachable) lets the request through: it is never what stops a
 * person in crisis from reaching the bot.
 */
export async function withinRate(limiter: RateLimit, req: Request, res: Response): Promise<boolean> {
  const decision = await limiter.take(clientAddress(req, trusted.get(limiter))).catch(() => ({ allowed: true, retryAfterSeconds: 0 }));
  if (decision.allowed) return true;
  res.header('Retry-After', String(decision.retryAfterSeconds));
  sendProblem(res, 429, 'TooManyRequests', 'too many token requests, try again later');
  return false;
}

/** Tokens are credentials: never cached by a browser or proxy. */
export const noStore = (res: Response): void => void res.header('Cache-Control', 'no-store');
