import { expect } from 'chai';
import { fetchFeed, FeedError, DEFAULT_LIMITS, isPrivateAddress, type FeedFetch, type FetchDeps } from '../../catalogue/feeds';

type Call = { url: string; headers: Record<string, string> };

/** A fake fetch answering from a table by URL; records every call. */
function fakeFetch(routes: Record<string, () => Response | Promise<Response>>, calls: Call[] = []): FeedFetch {
  return async (url, init) => {
    calls.push({ url, headers: init.headers });
    const route = routes[url];
    if (!route) return new Response('not found', { status: 404 });
    return route();
  };
}

const PUBLIC = async (): Promise<string[]> => ['93.184.216.34'];

function deps(fetch: FeedFetch, extra: Partial<FetchDeps> = {}): FetchDeps {
  return { ...DEFAULT_LIMITS, fetch, resolve: PUBLIC, ...extra };
}

async function refusal(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a refusal');
}

const FEED = 'https://feeds.example.org/services';
const json = (body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status: 200, headers });

describe('catalogue feeds: fetching', () => {
  it('sends no validators the first time and keeps the ETag and Last-Modified it is given', async () => {
    const calls: Call[] = [];
    const fetch = fakeFetch({ [FEED]: () => json({ contents: [] }, { etag: '"v1"', 'last-modified': 'Sun, 06 Dec 2026 10:00:00 GMT' }) }, calls);
    const outcome = await fetchFeed(FEED, {}, deps(fetch));
    expect(outcome).to.deep.include({ status: 'ok', body: { contents: [] }, validators: { etag: '"v1"', lastModified: 'Sun, 06 Dec 2026 10:00:00 GMT' } });
    expect(calls[0].headers).to.not.have.any.keys('if-none-match', 'if-modified-since');
  });

  it('asks conditionally and reports 304 as not modified', async () => {
    const calls: Call[] = [];
    const fetch = fakeFetch({ [FEED]: () => new Response(null, { status: 304 }) }, calls);
    const outcome = await fetchFeed(FEED, { etag: '"v1"', lastModified: 'Sun, 06 Dec 2026 10:00:00 GMT' }, deps(fetch));
    expect(outcome).to.deep.equal({ status: 'not_modified' });
    expect(calls[0].headers).to.include({ 'if-none-match': '"v1"', 'if-modified-since': 'Sun, 06 Dec 2026 10:00:00 GMT' });
  });

  it('refuses a body past the size limit, declared or streamed, and cancels the stream', async () => {
    const declared = fakeFetch({ [FEED]: () => new Response('x'.repeat(10), { headers: { 'content-length': '2000' } }) });
    expect((await refusal(fetchFeed(FEED, {}, deps(declared, { maxBytes: 1000 })))).kind).to.equal('too_big');
    let cancelled = false;
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(400));
      },
      cancel() {
        cancelled = true;
      },
    });
    const streamed = fakeFetch({ [FEED]: () => new Response(endless) });
    expect((await refusal(fetchFeed(FEED, {}, deps(streamed, { maxBytes: 1000 })))).kind).to.equal('too_big');
    expect(cancelled).to.equal(true);
    expect(pulled).to.be.below(6);
  });

  it('gives up when the time limit fires, without waiting on the clock', async () => {
    const controller = new AbortController();
    // Never answers until aborted, as a slow feed would.
    const slow: FeedFetch = (_url, init) => new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason as Error)));
    const pending = fetchFeed(FEED, {}, deps(slow, { timeout: () => controller.signal }));
    controller.abort(new DOMException('timed out', 'TimeoutError'));
    const error = await refusal(pending);
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.match(/10000 ms/);
  });

  it('follows a redirect on the same host, and refuses one to another host or too many', async () => {
    const calls: Call[] = [];
    const moved = (to: string) => () => new Response(null, { status: 301, headers: { location: to } });
    const same = fakeFetch({ [FEED]: moved('/v2/services'), 'https://feeds.example.org/v2/services': () => json({ contents: [] }) }, calls);
    expect((await fetchFeed(FEED, {}, deps(same))).status).to.equal('ok');
    expect(calls.map((c) => c.url)).to.deep.equal([FEED, 'https://feeds.example.org/v2/services']);

    const away = fakeFetch({ [FEED]: moved('https://169.254.169.254/latest/meta-data') });
    const error = await refusal(fetchFeed(FEED, {}, deps(away)));
    expect(error.kind).to.equal('redirect');
    expect(error.message).to.match(/another host/);

    const loop = fakeFetch({ [FEED]: moved(FEED) });
    expect((await refusal(fetchFeed(FEED, {}, deps(loop)))).message).to.match(/more than 3 redirects/);
  });

  it('refuses private, loopback, link-local and unique-local targets before any request', async () => {
    for (const [url, resolved] of [
      ['https://intranet.example.org/feed', ['10.0.0.5']],
      ['https://mixed.example.org/feed', ['93.184.216.34', '192.168.1.10']],
      ['https://v6.example.org/feed', ['fd12:3456::1']],
      ['https://127.0.0.1/feed', []],
      ['https://[::1]/feed', []],
      ['https://169.254.169.254/feed', []],
    ] as const) {
      const calls: Call[] = [];
      const error = await refusal(fetchFeed(url, {}, deps(fakeFetch({}, calls), { resolve: async () => [...resolved] })));
      expect(error.kind, url).to.equal('address');
      expect(calls, url).to.have.length(0);
    }
  });

  it('refuses http:// unless private addresses are allowed, and allows both then', async () => {
    const url = 'http://127.0.0.1:8080/feed';
    const fetch = fakeFetch({ [url]: () => json({ contents: [] }) });
    expect((await refusal(fetchFeed(url, {}, deps(fetch)))).kind).to.equal('address');
    expect((await fetchFeed(url, {}, deps(fetch, { allowPrivate: true }))).status).to.equal('ok');
  });

  it('names HTTP errors and bodies that are not JSON', async () => {
    expect((await refusal(fetchFeed(FEED, {}, deps(fakeFetch({ [FEED]: () => new Response('oops', { status: 500 }) }))))).message).to.equal('HTTP 500');
    expect((await refusal(fetchFeed(FEED, {}, deps(fakeFetch({ [FEED]: () => new Response('<html>') }))))).kind).to.equal('invalid');
  });

  it('knows the blocked address ranges', () => {
    const table: Array<[string, boolean]> = [
      ['127.0.0.1', true],
      ['10.1.2.3', true],
      ['172.16.0.1', true],
      ['172.32.0.1', false],
      ['192.168.0.1', true],
      ['169.254.169.254', true],
      ['100.64.0.1', true],
      ['0.0.0.0', true],
      ['::1', true],
      ['fe80::1', true],
      ['fd00::1', true],
      ['::ffff:127.0.0.1', true],
      ['::ffff:7f00:1', true],
      ['93.184.216.34', false],
      ['2a00:1450:4009::1', false],
      ['not an address', true],
    ];
    for (const [address, blocked] of table) expect(isPrivateAddress(address), address).to.equal(blocked);
  });
});
