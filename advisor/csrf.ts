/**
 * Cross-site request forgery checks for state-changing requests: the token the
 * page sends in `X-CSRF-Token` must equal the expected one (the session's, or
 * before sign-in the pre-session cookie's), compared in constant time; and an
 * `Origin` header, when the browser sends one, must be this site.
 */
import { timingSafeEqual } from 'node:crypto';

export const CSRF_HEADER = 'x-csrf-token';

export function tokensMatch(sent: string | undefined, expected: string | undefined): boolean {
  if (!sent || !expected) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True when there is no Origin (same-origin GETs, non-browser clients) or it is one of ours. */
export function originAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  return allowed.includes(origin);
}
