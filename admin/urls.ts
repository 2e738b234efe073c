/**
 * URLs an admin gives us that the server will call: the notification webhook and ORUK feeds.
 * https only, and never a private, loopback or link-local address: the host is resolved and
 * every address checked, the same check catalogue/feeds makes before each fetch (SSRF).
 */
import { checkTarget, FeedError } from '../catalogue/feeds';
import type { Resolve } from '../core/pinnedFetch';

export type { Resolve };

const MAX_URL = 2000;

/** Undefined when the URL may be called; otherwise why not, in a sentence. */
export async function outboundUrlProblem(field: string, value: string, resolve: Resolve, allowPrivate = false): Promise<string | undefined> {
  if (value.length > MAX_URL || !URL.canParse(value)) return `${field} is not a web address`;
  const url = new URL(value);
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) return `${field} must start with https://`;
  if (url.username || url.password) return `${field} must not carry a user name or password`;
  try {
    await checkTarget(url, { resolve, allowPrivate });
    return undefined;
  } catch (error) {
    if (error instanceof FeedError) return `${field} ${error.message}`;
    return `${field} cannot be checked`;
  }
}
