/**
 * Small HTTP pieces the advisor console needs: cookies, the console's
 * security headers, JSON answers and where a request came from.
 */
import type { Request, Response } from 'restify';

export const SESSION_COOKIE = 'advisor_session';
export const LOGIN_COOKIE = 'advisor_login';
const COOKIE_PATH = '/advisor';

/** No inline script or style; nothing framed; nothing cached; no referrer. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(res: Response): void {
  res.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.header('X-Frame-Options', 'DENY');
  res.header('Cache-Control', 'no-store');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Cross-Origin-Opener-Policy', 'same-origin');
  res.header('Cross-Origin-Resource-Policy', 'same-origin');
}

export function readCookies(req: Request): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at).trim();
    // The first one wins, as browsers send the most specific path first.
    if (!cookies.has(name)) {
      try {
        cookies.set(name, decodeURIComponent(part.slice(at + 1).trim()));
      } catch {
        // A malformed value is simply absent.
      }
    }
  }
  return cookies;
}

/** `HttpOnly; SameSite=Strict; Path=/advisor`, and `Secure` on https. A `maxAgeSeconds` of 0 deletes. */
export function cookie(name: string, value: string, secure: boolean, maxAgeSeconds?: number): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${COOKIE_PATH}`, 'HttpOnly', 'SameSite=Strict'];
  if (secure) parts.push('Secure');
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
  return parts.join('; ');
}

export function setCookies(res: Response, cookies: string[]): void {
  res.setHeader('Set-Cookie', cookies);
}

/** https when the request came over TLS or the public URL (behind a TLS-terminating proxy) is https. */
export function isHttps(req: Request, publicUrl: string): boolean {
  return req.isSecure() || publicUrl.startsWith('https://');
}

/** The origins a browser may send for this console: the public URL's and the host the request was made to. */
export function ownOrigins(req: Request, publicUrl: string): string[] {
  const origins = [new URL(publicUrl).origin];
  const host = req.headers.host;
  if (host) origins.push(`${isHttps(req, publicUrl) ? 'https' : 'http'}://${host}`);
  return origins;
}

export function clientAddress(req: Request): string {
  return req.socket?.remoteAddress ?? 'unknown';
}

export function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.header('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

export function sendError(res: Response, status: number, message: string): void {
  sendJson(res, status, { error: message });
}

/** A console page (the console, the admin space, insight): its HTML, never cached by a shared cache. */
export function sendPage(res: Response, html: string): void {
  res.status(200);
  res.header('Content-Type', 'text/html; charset=utf-8');
  res.end(html);
}

/** One of a console page's own static files, or 404. */
export function sendAsset(res: Response, asset: { type: string; body: string | Buffer } | undefined): void {
  if (!asset) return sendError(res, 404, 'not found');
  res.status(200);
  res.header('Content-Type', asset.type);
  res.end(asset.body);
}

/** The start of every console page up to its own stylesheets and scripts (the CSP forbids inline ones). */
export function consolePageHead(title: string, files: { css?: string[]; js?: string[] }): string {
  const css = ['/advisor/static/console.css', ...(files.css ?? [])].map((href) => `<link rel="stylesheet" href="${href}">`);
  const js = (files.js ?? []).map((src) => `<script src="${src}" defer></script>`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${title}</title>`,
    ...css,
    ...js,
    '</head>',
  ].join('\n');
}

/** A string field of a JSON body, or undefined. */
export function bodyString(req: Request, field: string, maxChars: number): string | undefined {
  const body: unknown = req.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const value = (body as Record<string, unknown>)[field];
  return typeof value === 'string' && value.length <= maxChars ? value : undefined;
}

export function bodyFlag(req: Request, field: string): boolean {
  const body: unknown = req.body;
  return Boolean(body && typeof body === 'object' && (body as Record<string, unknown>)[field] === true);
}
