/**
 * Fetches one feed safely: conditional (ETag / If-Modified-Since, 304 keeps our copy), within a
 * size limit (streamed, aborted past it) and a time limit, following only same-host redirects
 * (at most a few), and never to a private, loopback, link-local or unique-local address unless
 * allowed. Pure: the fetch, the resolver and the timer are injected, so tests need no network.
 */
import { isIP } from 'node:net';
import { isPrivateAddress } from '../../core/privateAddresses';

/** What we send and what we need back: a subset of the WHATWG fetch. */
export type FeedFetch = (url: string, init: { headers: Record<string, string>; redirect: 'manual'; signal: AbortSignal }) => Promise<Response>;

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** CATALOGUE_FEEDS_ALLOW_PRIVATE: intranets and tests (also allows http://). */
  allowPrivate: boolean;
}

export interface FetchDeps extends FetchLimits {
  fetch: FeedFetch;
  /** Every address the host resolves to (dns.lookup with all: true). */
  resolve: (host: string) => Promise<string[]>;
  /** AbortSignal.timeout, injectable so tests never wait on the clock. */
  timeout?: (ms: number) => AbortSignal;
}

export const DEFAULT_LIMITS: FetchLimits = { maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 3, allowPrivate: false };

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome = { status: 'not_modified' } | { status: 'ok'; body: unknown; validators: Validators; bytes: number };

/** Why a feed was refused: short, with no content of the feed (it is logged). */
export class FeedError extends Error {
  constructor(
    readonly kind: 'address' | 'redirect' | 'http' | 'too_big' | 'timeout' | 'invalid' | 'network',
    message: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** Refuses a URL whose scheme or addresses are not allowed. */
export async function checkTarget(url: URL, deps: Pick<FetchDeps, 'resolve' | 'allowPrivate'>): Promise<void> {
  if (url.protocol !== 'https:' && !(deps.allowPrivate && url.protocol === 'http:'))
    throw new FeedError('address', `${url.protocol} is not allowed (https only)`);
  if (deps.allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await deps.resolve(host);
  } catch {
    throw new FeedError('network', `cannot resolve ${host}`);
  }
  if (addresses.length === 0) throw new FeedError('network', `cannot resolve ${host}`);
  const refused = addresses.find(isPrivateAddress);
  if (refused) throw new FeedError('address', `${host} resolves to a private or local address (${refused})`);
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FeedError('too_big', `larger than ${maxBytes} bytes (${declared} declared)`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FeedError('too_big', `larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** `stop`: aborts the fetch when the feeds are stopped (the server closing), reported as 'stopped'. */
export async function fetchFeed(feedUrl: string, known: Validators, deps: FetchDeps, stop?: AbortSignal): Promise<FetchOutcome> {
  const timer = (deps.timeout ?? ((ms: number) => AbortSignal.timeout(ms)))(deps.timeoutMs);
  const signal = stop ? AbortSignal.any([timer, stop]) : timer;
  const origin = new URL(feedUrl);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (known.etag) headers['if-none-match'] = known.etag;
  if (known.lastModified) headers['if-modified-since'] = known.lastModified;
  let url = origin;
  try {
    for (let hop = 0; ; hop++) {
      await checkTarget(url, deps);
      if (signal.aborted) throw signal.reason;
      const response = await deps.fetch(url.href, { headers, redirect: 'manual', signal });
      if (response.status === 304) {
        await response.body?.cancel().catch(() => undefined);
        return { status: 'not_modified' };
      }
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location || !URL.canParse(location, url.href)) throw new FeedError('redirect', `HTTP ${response.status} without a usable location`);
        const next = new URL(location, url);
        if (next.host !== origin.host) throw new FeedError('redirect', `redirect to another host (${next.host}) refused`);
        if (hop + 1 > deps.maxRedirects) throw new FeedError('redirect', `more than ${deps.maxRedirects} redirects`);
        url = next;
        continue;
      }
      if (response.status !== 200) {
        await response.body?.cancel().catch(() => undefined);
        throw new FeedError('http', `HTTP ${response.status}`);
      }
      const bytes = await readLimited(response, deps.maxBytes);
      let body: unknown;
      try {
        body = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw new FeedError('invalid', 'not JSON');
      }
      const validators: Validators = {};
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      if (etag) validators.etag = etag;
      if (lastModified) validators.lastModified = lastModified;
      return { status: 'ok', body, validators, bytes: bytes.byteLength };
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (stop?.aborted) throw new FeedError('network', 'stopped');
    if (signal.aborted || isAbort(error)) throw new FeedError('timeout', `no complete answer within ${deps.timeoutMs} ms`);
    throw new FeedError('network', `network error (${error instanceof Error ? error.name : 'error'})`);
  }
}
