/**
 * Live feeds end to end on a local feed server (127.0.0.1, so CATALOGUE_FEEDS_ALLOW_PRIVATE):
 * a good ORUK 3 feed with an ETag, a legacy v1 feed, a broken one, a slow one and one too big,
 * through the real fetch (node:http, pinned lookup), the importer, the merge and the disk copy.
 */
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBotApp } from '../../app';
import { loadCatalogue, validateCatalogue } from '../../catalogue';
import { checkTarget, createCatalogueFeeds, feedKey, type FeedLog } from '../../catalogue/feeds';
import { checkedLookup, pinnedFetch, resolveAll } from '../../catalogue/feeds/pinnedFetch';
import { loadConfig } from '../../config';
import { createLogger } from '../../ops/logger';

const fixture = (name: string): string => readFileSync(new URL(`../catalogue/fixtures/${name}`, import.meta.url), 'utf8');
const V3 = fixture('hsds3-feed.json');
const V1 = fixture('oruk/v1-content.json');
const NOW = new Date('2026-12-07T12:00:00Z');

describe('catalogue feeds from a local feed server', function () {
  this.timeout(20_000);
  let server: Server;
  let base = '';
  let stateDir = '';
  const seen: Array<{ path: string; ifNoneMatch?: string }> = [];
  const hanging: ServerResponse[] = [];

  before(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      seen.push({ path: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] });
      if (req.url === '/v3') {
        if (req.headers['if-none-match'] === '"v3-1"') return void reply(res, [304]);
        return void reply(res, [200, { 'content-type': 'application/json', etag: '"v3-1"' }], V3);
      }
      if (req.url === '/v1') return void reply(res, [200, { 'content-type': 'application/json' }], V1);
      if (req.url === '/broken') return void reply(res, [200, { 'content-type': 'application/json' }], '{"contents": [ {"name": ');
      if (req.url === '/big') return void reply(res, [200, { 'content-type': 'application/json' }], `{"pad": "${'x'.repeat(200_000)}"}`);
      if (req.url === '/moved') return void reply(res, [302, { location: 'http://localhost.invalid/v3' }]);
      // /slow: headers sent, then nothing: the time limit must end it.
      if (req.url === '/slow') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"contents": [');
        hanging.push(res);
        return;
      }
      reply(res, [404]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stateDir = mkdtempSync(join(tmpdir(), 'catalogue-feeds-'));
  });

  after(async () => {
    hanging.forEach((r) => r.destroy());
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(stateDir, { recursive: true, force: true });
  });

  function feedsFor(paths: string[]) {
    const logs: Array<{ details: object; message: string }> = [];
    const log: FeedLog = { info: (details, message) => logs.push({ details, message }), warn: (details, message) => logs.push({ details, message }) };
    const urls = paths.map((p) => `${base}${p}`);
    const feeds = createCatalogueFeeds({ urls, everyMs: 3_600_000, allowPrivate: true }, loadCatalogue(), stateDir, log, () => NOW, {
      timeoutMs: 1_500,
      maxBytes: 100_000,
    });
    return { feeds, logs, urls };
  }

  it('merges the good v3 and v1 feeds and quarantines the broken, slow, too big and redirected ones with their reasons', async () => {
    const { feeds, urls } = feedsFor(['/v3', '/v1', '/broken', '/slow', '/big', '/moved', '/missing']);
    await feeds.refresh();
    const merged = feeds.current();
    const core = loadCatalogue();
    expect(validateCatalogue(merged).ok).to.equal(true);
    expect(merged.services.slice(0, core.services.length)).to.deep.equal(core.services);
    const added = merged.services.slice(core.services.length);
    expect(added.map((s) => s.id)).to.deep.equal([
      `${feedKey(urls[0])}--a1b2c3`,
      `${feedKey(urls[0])}--zz9`,
      `${feedKey(urls[1])}--1001`,
      `${feedKey(urls[1])}--1003`,
    ]);
    expect(added.every((s) => s.source_url.startsWith('http') && s.verification?.includes('Imported from an Open Referral feed'))).to.equal(true);
    expect(feeds.statuses().map((s) => [s.url.slice(base.length), s.state, s.services, s.reason])).to.deep.equal([
      ['/v3', 'ok', 2, undefined],
      ['/v1', 'ok', 2, undefined],
      ['/broken', 'quarantined', 0, 'not JSON'],
      ['/slow', 'quarantined', 0, 'no complete answer within 1500 ms'],
      ['/big', 'quarantined', 0, 'larger than 100000 bytes'],
      ['/moved', 'quarantined', 0, 'redirect to another host (localhost.invalid) refused'],
      ['/missing', 'quarantined', 0, 'HTTP 404'],
    ]);
  });

  it('asks again with the ETag, keeps the copy on 304, and a restart serves the copy from disk', async () => {
    const { feeds } = feedsFor(['/v3']);
    expect(feeds.current().services.filter((s) => s.id.startsWith('feed-'))).to.have.length(2);
    seen.length = 0;
    await feeds.refresh();
    expect(seen).to.deep.equal([{ path: '/v3', ifNoneMatch: '"v3-1"' }]);
    expect(feeds.statuses()[0]).to.include({ state: 'ok', services: 2 });
  });

  it('without ALLOW_PRIVATE refuses the loopback server before connecting, by address and by name', async () => {
    seen.length = 0;
    const deps = { resolve: resolveAll, allowPrivate: false };
    await expectRefusal(checkTarget(new URL(`${base}/v3`), deps), /http: is not allowed/);
    await expectRefusal(checkTarget(new URL('https://127.0.0.1/v3'), deps), /private or local address \(127\.0\.0\.1\)/);
    await expectRefusal(checkTarget(new URL('https://localhost/v3'), deps), /localhost resolves to a private or local address/);
    const pinned = await new Promise<string>((resolve) =>
      checkedLookup(false)('localhost', { all: true }, (error) => resolve(error ? error.message : 'connected')),
    );
    expect(pinned).to.match(/private or local/);
    // The real fetch itself, even if called without the check: the lookup refuses before connecting.
    const port = (server.address() as AddressInfo).port;
    await expectRefusal(
      pinnedFetch(false)(`http://localhost:${port}/v3`, { headers: {}, redirect: 'manual', signal: AbortSignal.timeout(5000) }),
      /localhost resolves to a private or local address/,
    );
    expect(seen).to.have.length(0);
  });

  it('is wired in the app only when CATALOGUE_FEEDS is set, never delays start-up, and stops on close', async () => {
    const plain = createBotApp(loadConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent' }), createLogger('silent'));
    expect(plain.catalogue.services.some((s) => s.id.startsWith('feed-'))).to.equal(false);
    await plain.close();
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-feeds-app-'));
    try {
      seen.length = 0;
      const env = { STORAGE: 'memory', LOG_LEVEL: 'silent', STATE_DIR: dir, CATALOGUE_FEEDS: `${base}/v1,${base}/slow`, CATALOGUE_FEEDS_ALLOW_PRIVATE: '1' };
      const app = createBotApp(loadConfig(env), createLogger('silent'));
      // Returned at once: the slow feed has not answered, and nothing is merged yet.
      expect(app.catalogue.services.some((s) => s.id.startsWith('feed-'))).to.equal(false);
      for (let i = 0; i < 100 && !app.catalogue.services.some((s) => s.id.startsWith('feed-')); i++) await new Promise((r) => setTimeout(r, 50));
      expect(app.catalogue.services.filter((s) => s.id.startsWith('feed-'))).to.have.length(2);
      await app.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function expectRefusal(promise: Promise<unknown>, message: RegExp): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect((error as Error).message).to.match(message);
    return;
  }
  throw new Error('expected a refusal');
}

/**
 * writeHead then end, as two calls: restify (loaded by other system tests in the same run)
 * replaces ServerResponse.writeHead with one that does not return the response.
 */
function reply(res: ServerResponse, head: [number, Record<string, string>?], body?: string): void {
  res.writeHead(head[0], head[1] ?? {});
  res.end(body);
}
