/**
 * Short links for SMS: a long web address of a service becomes `${PUBLIC_URL}/s/<key>`, served
 * by the bot as a redirect (web/shortLinks.ts). The key is a hash of the address, so every
 * instance and every restart agrees on it without storing anything; the route redirects only to
 * addresses of the catalogue and the councils' local help, never to one it is handed.
 */
import { createHash } from 'node:crypto';

/** Where short links are served. */
export const SHORT_LINK_PREFIX = '/s/';

/** Eight URL-safe characters from the address: 48 bits, no collision across a few thousand services. */
export function shortLinkKey(url: string): string {
  return createHash('sha256').update(url.trim()).digest('base64url').slice(0, 8);
}

/** The short link maker for this deployment's public address. */
export function shortLinkFor(publicUrl: string): (url: string) => string {
  const base = publicUrl.replace(/\/+$/, '');
  return (url) => `${base}${SHORT_LINK_PREFIX}${shortLinkKey(url)}`;
}

/**
 * The short links SMS replies use: only where the bot is public over https (a phone cannot reach
 * localhost; there the whole address, which still works, is sent instead).
 */
export function smsShortLinks(publicUrl: string): ((url: string) => string) | undefined {
  return /^https:\/\//i.test(publicUrl) && !/^https:\/\/(localhost|127\.|\[::1\])/i.test(publicUrl) ? shortLinkFor(publicUrl) : undefined;
}
