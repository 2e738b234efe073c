/** The recorded Content Safety answers (fixtures/responses.json) as a fake fetch: no network. */
import { readFileSync } from 'node:fs';

export interface Recorded {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const RECORDED = JSON.parse(readFileSync(new URL('./fixtures/responses.json', import.meta.url), 'utf8')) as Record<string, Recorded>;

export function recordedResponse(name: string): Response {
  const r = RECORDED[name];
  if (!r) throw new Error(`no recorded response ${name}`);
  return new Response(r.body, { status: r.status, headers: r.headers });
}

export interface SeenRequest {
  url: string;
  init: RequestInit;
}

/** A fetch that answers with one recorded response and keeps what it was asked. */
export function replaying(name: string, seen: SeenRequest[] = []): typeof fetch {
  return async (url, init) => {
    seen.push({ url: String(url), init: init ?? {} });
    return recordedResponse(name);
  };
}

/** A fetch that never answers unless aborted (then it rejects as fetch does). */
export const hangingFetch: typeof fetch = (_url, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('This operation was aborted', 'AbortError')));
  });

export const ENDPOINT = 'https://example-cs.cognitiveservices.azure.com/';
export const KEY = 'test-key-not-secret-0123456789';
