/**
 * A fetch for addresses someone outside the team gave us (ORUK feeds, an organisation's webhook):
 * node:http(s) with a lookup that resolves every address of the host, refuses the connection if
 * any is private or local, and hands the socket exactly the addresses it checked. The check and
 * the connection use the same answer, so a DNS server cannot answer a check with a public address
 * and the connection with a private one (rebinding). It never follows redirects: a 3xx comes back
 * as it is, for the caller to check its Location (or to treat as a failure).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { isPrivateAddress } from './privateAddresses';

/** Every address a host resolves to. */
export type Resolve = (host: string) => Promise<string[]>;

/** dns.lookup of every address, as a promise. */
export function resolveAll(host: string): Promise<string[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses.map((a) => a.address)))),
  );
}

/** The connection was refused before it was made: the host is (or resolves to) a private or local address. */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
  constructor(readonly host: string) {
    super(`${host} resolves to a private or local address`);
    this.name = 'PrivateAddressError';
  }
}

/** A socket lookup that connects only to addresses it has just resolved and checked. */
export function checkedLookup(allowPrivate: boolean, resolve: Resolve = resolveAll): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (all) => {
        const family = (options as { family?: number }).family;
        const wanted = family === 4 || family === 6 ? all.filter((a) => isIP(a) === family) : all;
        if (wanted.length === 0 || (!allowPrivate && all.some(isPrivateAddress))) return callback(new PrivateAddressError(hostname), '', 4);
        const addresses: LookupAddress[] = wanted.map((address) => ({ address, family: isIP(address) }));
        if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        callback(null, addresses[0].address, addresses[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 4),
    );
  };
}

const NULL_BODY = new Set([101, 204, 205, 304]);

function toResponse(message: IncomingMessage): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const status = message.statusCode ?? 502;
  if (NULL_BODY.has(status) || status < 200 || status > 599) {
    message.resume();
    return new Response(null, { status: NULL_BODY.has(status) ? status : 502, headers });
  }
  return new Response(Readable.toWeb(message) as ReadableStream<Uint8Array>, { status, headers });
}

function bodyBytes(body: RequestInit['body']): Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (body instanceof ArrayBuffer) return Buffer.from(new Uint8Array(body));
  throw new TypeError('pinned fetch sends only a string or bytes');
}

export interface PinnedFetchOptions {
  /** Intranets and tests: private addresses (and http:) allowed. */
  allowPrivate?: boolean;
  /** The resolver both checked and connected to (injectable: tests play a rebinding DNS server). */
  resolve?: Resolve;
}

/** A WHATWG-fetch-shaped function (a URL and a string or bytes body) pinned to checked addresses. */
export function pinnedFetch(options: PinnedFetchOptions = {}): (input: string | URL | Request, init?: RequestInit) => Promise<Response> {
  const allowPrivate = options.allowPrivate ?? false;
  const lookup = checkedLookup(allowPrivate, options.resolve);
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      if (typeof input !== 'string' && !(input instanceof URL)) throw new TypeError('pinned fetch takes a URL, not a Request');
      const target = new URL(input);
      const host = target.hostname.replace(/^\[|\]$/g, '');
      // An address written in the URL is never looked up, so the lookup cannot refuse it: check it here.
      if (isIP(host) && !allowPrivate && isPrivateAddress(host)) throw new PrivateAddressError(host);
      const body = bodyBytes(init.body);
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      if (body) headers['content-length'] = String(body.length);
      const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
      // agent: false, a new socket each time: a pooled socket would skip the lookup (and its check),
      // and the global pool is shared with callers that allow private addresses.
      const options = { method: init.method ?? 'GET', headers, signal: init.signal ?? undefined, lookup, agent: false as const };
      const req = request(target, options, (res) => resolve(toResponse(res)));
      req.on('error', reject);
      req.end(body);
    });
}
