import { expect } from 'chai';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadCatalogue, validateCatalogue } from '../../catalogue';
import { CatalogueFeeds, FeedError, FileFeedStore, MemoryFeedStore, feedKey, type FeedStore, type FetchOutcome, type Validators } from '../../catalogue/feeds';

const core = loadCatalogue();
const NOW = new Date('2026-12-07T12:00:00Z');
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const V3 = fixture('hsds3-feed.json');
const V1 = fixture('oruk/v1-content.json');

const A = 'https://a.example.org/services';
const B = 'https://b.example.org/feed';

type Answer = FetchOutcome | FeedError;
interface Harness {
  feeds: CatalogueFeeds;
  answers: Map<string, Answer>;
  asked: Array<{ url: string; known: Validators }>;
  logs: Array<{ level: string; details: Record<string, unknown>; message: string }>;
}

function harness(urls: string[], store: FeedStore = new MemoryFeedStore()): Harness {
  const answers = new Map<string, Answer>();
  const asked: Harness['asked'] = [];
  const logs: Harness['logs'] = [];
  const feeds = new CatalogueFeeds({
    core,
    urls,
    store,
    now: () => NOW,
    everyMs: 3_600_000,
    log: {
      info: (details, message) => logs.push({ level: 'info', details: details as Record<string, unknown>, message }),
      warn: (details, message) => logs.push({ level: 'warn', details: details as Record<string, unknown>, message }),
    },
    fetch: async (url, known) => {
      asked.push({ url, known });
      const answer = answers.get(url) ?? new FeedError('http', 'HTTP 404');
      if (answer instanceof FeedError) throw answer;
      return answer;
    },
  });
  return { feeds, answers, asked, logs };
}

const ok = (body: unknown, etag?: string): FetchOutcome => ({ status: 'ok', body, validators: etag ? { etag } : {}, bytes: 100 });
const feedIds = (h: Harness) =>
  h.feeds
    .current()
    .services.map((s) => s.id)
    .filter((id) => id.startsWith('feed-'));

describe('catalogue feeds: merge and quarantine', () => {
  it('starts with the core unchanged until a feed arrives', () => {
    const h = harness([A]);
    expect(h.feeds.current()).to.equal(core);
    expect(h.feeds.statuses()[0]).to.include({ state: 'pending', services: 0 });
  });

  it('merges a v3 and a v1 feed under the core with namespaced ids, and the result validates', async () => {
    const h = harness([A, B]);
    h.answers.set(A, ok(V3, '"a1"'));
    h.answers.set(B, ok(V1));
    await h.feeds.refresh();
    const merged = h.feeds.current();
    expect(merged.services.slice(0, core.services.length)).to.deep.equal(core.services);
    expect(feedIds(h)).to.deep.equal([`${feedKey(A)}--a1b2c3`, `${feedKey(A)}--zz9`, `${feedKey(B)}--1001`, `${feedKey(B)}--1003`]);
    expect(validateCatalogue(merged).ok).to.equal(true);
    for (const s of merged.services.filter((x) => x.id.startsWith('feed-'))) expect(merged.organizations.map((o) => o.id)).to.include(s.organization_id);
    expect(h.feeds.statuses().map((s) => [s.state, s.services])).to.deep.equal([
      ['ok', 2],
      ['ok', 2],
    ]);
  });

  it('never lets a feed replace or shadow a core service', async () => {
    const h = harness([A]);
    const taken = core.services[0];
    h.answers.set(
      A,
      ok({ contents: [{ ...(V3 as { contents: object[] }).contents[0], id: taken.id, name: 'Impostor line' }, (V3 as { contents: object[] }).contents[1]] }),
    );
    await h.feeds.refresh();
    const merged = h.feeds.current();
    expect(merged.services.find((s) => s.id === taken.id)).to.deep.equal(taken);
    expect(merged.services.filter((s) => s.name === 'Impostor line')).to.have.length(0);
    expect(feedIds(h)).to.deep.equal([`${feedKey(A)}--zz9`]);
    expect(h.logs.find((l) => l.message === 'catalogue feed updated')?.details).to.include({ shadowing: 1 });
  });

  it('keeps long ids unique after namespacing', async () => {
    const h = harness([A]);
    h.answers.set(A, ok(fixture('oruk/v3-edge.json')));
    await h.feeds.refresh();
    expect(h.feeds.statuses()[0].state).to.equal('ok');
    const ids = feedIds(h);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids.every((id) => id.length <= 80)).to.equal(true);
  });

  it('sends the kept validators and keeps the copy on 304', async () => {
    const h = harness([A]);
    h.answers.set(A, ok(V3, '"a1"'));
    await h.feeds.refresh();
    const before = h.feeds.current();
    h.answers.set(A, { status: 'not_modified' });
    await h.feeds.refresh();
    expect(h.asked.map((a) => a.known)).to.deep.equal([{}, { etag: '"a1"' }]);
    expect(h.feeds.current()).to.deep.equal(before);
    expect(h.feeds.statuses()[0]).to.include({ state: 'ok', services: 2 });
  });

  const bad: Array<[string, Answer, RegExp]> = [
    ['an HTTP error', new FeedError('http', 'HTTP 500'), /^HTTP 500$/],
    ['a body too big', new FeedError('too_big', 'larger than 5242880 bytes'), /larger than/],
    ['a slow feed', new FeedError('timeout', 'no complete answer within 10000 ms'), /within 10000 ms/],
    ['a feed that maps nothing', ok({ hello: 'world' }), /maps no service \(empty, 0 records skipped\)/],
    ['a feed whose records all fail', ok({ content: [{ id: 'x', description: 'no name' }] }), /maps no service \(oruk v1 page, 1 records skipped\)/],
  ];
  for (const [what, answer, reason] of bad) {
    it(`quarantines ${what}, keeps the last good copy and logs the reason`, async () => {
      const h = harness([A]);
      h.answers.set(A, ok(V3, '"a1"'));
      await h.feeds.refresh();
      const good = h.feeds.current();
      h.answers.set(A, answer);
      await h.feeds.refresh();
      expect(h.feeds.current()).to.deep.equal(good);
      const status = h.feeds.statuses()[0];
      expect(status).to.include({ state: 'quarantined', services: 2 });
      expect(status.reason).to.match(reason);
      const log = h.logs.find((l) => l.level === 'warn');
      expect(log?.message).to.match(/quarantined/);
      expect(log?.details).to.include({ feed: feedKey(A), kept: 2 });
      expect(JSON.stringify(log)).to.not.match(/Riverside|hello@/);
    });
  }

  it('quarantines a feed whose mapped services do not validate, naming fields not values', async () => {
    const h = harness([A]);
    const service = { ...(V3 as { contents: Array<Record<string, unknown>> }).contents[0], description: 'x'.repeat(500) };
    h.answers.set(A, ok({ contents: [service] }));
    await h.feeds.refresh();
    const status = h.feeds.statuses()[0];
    expect(status.state).to.equal('quarantined');
    expect(status.reason).to.match(/^invalid after mapping: 1 problem \(service "a1b2c3" description\)$/);
    expect(h.feeds.current()).to.equal(core);
  });

  it('keeps the last good copy on disk so a restart serves it before any fetch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feeds-'));
    try {
      const first = harness([A], new FileFeedStore(dir));
      first.answers.set(A, ok(V3, '"a1"'));
      await first.feeds.refresh();
      expect(readdirSync(dir)).to.deep.equal([`${feedKey(A)}.json`]);
      const again = harness([A], new FileFeedStore(dir));
      expect(feedIds(again)).to.have.length(2);
      again.answers.set(A, new FeedError('timeout', 'no complete answer within 10000 ms'));
      await again.feeds.refresh();
      expect(feedIds(again)).to.have.length(2);
      expect(again.asked[0].known).to.deep.equal({ etag: '"a1"' });
      // A copy saved for another URL is not used.
      expect(feedIds(harness([B], new FileFeedStore(dir)))).to.have.length(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('drops an answer still on its way when stopped, without quarantining the feed', async () => {
    const logs: string[] = [];
    let stopSignal: AbortSignal | undefined;
    const feeds = new CatalogueFeeds({
      core,
      urls: [A],
      store: new MemoryFeedStore(),
      now: () => NOW,
      everyMs: 3_600_000,
      log: { info: (_d, m) => logs.push(m), warn: (_d, m) => logs.push(m) },
      fetch: (_url, _known, stop) => {
        stopSignal = stop;
        return new Promise((_resolve, reject) => stop.addEventListener('abort', () => reject(new FeedError('network', 'stopped'))));
      },
    });
    const run = feeds.refresh();
    feeds.stop();
    await run;
    expect(stopSignal?.aborted).to.equal(true);
    expect(feeds.statuses()[0].state).to.equal('pending');
    expect(logs).to.deep.equal([]);
  });

  it('shares one run between overlapping refreshes and swaps the catalogue by reference', async () => {
    const h = harness([A]);
    h.answers.set(A, ok(V3));
    const before = h.feeds.current();
    await Promise.all([h.feeds.refresh(), h.feeds.refresh()]);
    expect(h.asked).to.have.length(1);
    expect(h.feeds.current()).to.not.equal(before);
    expect(before).to.equal(core);
  });
});
