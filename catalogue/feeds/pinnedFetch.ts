/**
 * The real fetch for feeds: node:http(s) with a lookup that resolves every address of the host,
 * refuses the connection if any is private or local, and hands the socket exactly the addresses
 * it checked. The check and the connection therefore use the same answer: a DNS server cannot
 * answer the check with a public address and the connection with a private one (rebinding).
 * Never follows redirects itself (fetchFeed checks each hop).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { isPrivateAddress } from './addresses';
import { FeedError, type FeedFetch } from './fetchFeed';

/** dns.lookup of every address, as a promise (the resolver fetchFeed checks before connecting). */
export function resolveAll(host: string): Promise<string[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses.map((a) => a.address)))),
  );
}

export function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const refused = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (refused || addresses.length === 0) {
        const denied = Object.assign(new Error('feed host resolves to a private or local address'), { code: 'EFEEDPRIVATE' });
        return callback(denied, '', 4);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
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

export function pinnedFetch(allowPrivate: boolean): FeedFetch {
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(url);
      const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = request(target, { method: 'GET', headers: init.headers, signal: init.signal, lookup: checkedLookup(allowPrivate) }, (res) =>
        resolve(toResponse(res)),
      );
      req.on('error', (error: Error & { code?: string }) =>
        reject(error.code === 'EFEEDPRIVATE' ? new FeedError('address', `${target.hostname} resolves to a private or local address`) : error),
      );
      req.end();
    });
}
