/**
 * Who may embed the chat, and the headers that enforce it. The chat page's CSP
 * `frame-ancestors` lists the organisation's allowed origins (and the bot's own), which is
 * what lets an organisation's pages, and only them, show the chat in an iframe.
 */
import type { Request } from 'restify';
import type { Organisation } from '../handoff/orgs';

/** The origin this request reached, as the browser sees it (behind a TLS proxy: x-forwarded-proto). */
export function requestOrigin(req: Request): string {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim();
  const protocol = forwarded === 'https' || req.isSecure() ? 'https' : 'http';
  return `${protocol}://${req.headers.host ?? 'localhost'}`;
}

/** The organisation's origins plus the bot's own (the demo page, and the chat opened on its own). */
export function embeddingOrigins(org: Organisation, selfOrigins: readonly string[]): string[] {
  return [...new Set([...selfOrigins, ...org.allowedOrigins])];
}

/** The host's origin the launcher says it is on, if the organisation allows it; else none. */
export function trustedHostOrigin(claimed: string | undefined, allowed: readonly string[]): string | undefined {
  return claimed && allowed.includes(claimed) ? claimed : undefined;
}

/** Direct Line in Azure mode: its https origin and the matching wss origin (the stream). */
export function directLineSources(endpoint: string): string[] {
  const origin = new URL(endpoint).origin;
  return [origin, origin.replace(/^https:/, 'wss:')];
}

/**
 * The chat page's CSP. Web Chat's bundle runs without 'unsafe-eval' (checked in the browser
 * test); its styles are injected at run time by emotion, hence style-src 'unsafe-inline'.
 */
export function chatPageCsp(org: Organisation, directLineEndpoint: string): string {
  const ancestors = ["'self'", ...org.allowedOrigins].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ws: wss: ${directLineSources(directLineEndpoint).join(' ')}`,
    "media-src 'self' blob:",
    `frame-ancestors ${ancestors}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The demo page: our own scripts and frames only; nobody may frame it. */
export const DEMO_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const CHAT_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
