import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'chai';
import { DataFile } from 'lowdb/node';
import sinon from 'sinon';
import { hashKey, itemPath, parseStateFile, serialiseStateFile, type StateFile } from '../../storage/lowdbLayout';
import { LowdbStorage, type LowdbStorageOptions } from '../../storage/lowdbStorage';

const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 10, 5);

describe('LowdbStorage on disk', () => {
  let dir: string;
  let time: number;
  let stores: LowdbStorage[];

  const open = (options: LowdbStorageOptions = {}): LowdbStorage => {
    const store = new LowdbStorage({ dir, now: () => time, ...options });
    stores.push(store);
    return store;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lowdb-disk-'));
    time = T0;
    stores = [];
  });
  afterEach(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await rm(dir, { recursive: true, force: true });
  });

  it('names files and folders by hash only: no key text on disk outside the files', async () => {
    const keys = ['sms/conversations/+447700900123', 'msteams/conversations/19:meeting_Mj@thread.v2', 'Cymraeg/ŵ'];
    const storage = open();
    await storage.write(Object.fromEntries(keys.map((key) => [key, { v: 1 }])));

    const paths = await walk(dir);
    for (const path of paths) {
      expect(path).to.match(/^(items(\/[0-9a-f]{2}(\/[0-9a-f]{64}\.json)?)?|expiry(\/\d+\.log)?)$/);
    }
    expect(paths.filter((path) => path.endsWith('.json'))).to.have.length(3);
    const index = await readAll(
      dir,
      paths.filter((path) => path.endsWith('.log')),
    );
    expect(index).to.match(/^([0-9a-f]{64}\n)+$/);
    // The original key is kept inside its own file, for keys() and the erasure service.
    const file = parseStateFile(await readFile(itemPath(dir, hashKey(keys[0])), 'utf8'));
    expect(file.key).to.equal(keys[0]);
  });

  it('keeps one file per key however often it is written, and none after delete', async () => {
    const storage = open();
    const keys = Array.from({ length: 20 }, (_, i) => `webchat/conversations/${i}`);
    for (let round = 0; round < 3; round++) {
      await storage.write(Object.fromEntries(keys.map((key) => [key, { round }])));
    }
    expect(await jsonFiles(dir)).to.have.length(20);
    await storage.delete(keys.slice(0, 5));
    expect(await jsonFiles(dir)).to.have.length(15);
    expect((await walk(dir)).filter((path) => path.endsWith('.tmp'))).to.deep.equal([]);
  });

  it('lists every key of a burst of new conversations in the index, once', async () => {
    const storage = open();
    const keys = Array.from({ length: 100 }, (_, i) => `webchat/conversations/burst-${i}`);
    await Promise.all(keys.map((key) => storage.write({ [key]: { v: 1 } })));
    await Promise.all(keys.map((key) => storage.write({ [key]: { v: 2 } })));
    expect(await bucketLines(dir)).to.deep.equal(keys.map(hashKey).sort());
    time = T0 + 25 * HOUR;
    expect(await storage.expireIdle()).to.include({ deleted: 100 });
    expect(await jsonFiles(dir)).to.deep.equal([]);
  });

  for (const [eTag, reads] of [
    [undefined, 0],
    ['*', 0],
    ['e1', 1],
  ] as const) {
    it(`reads the stored file before a write ${reads ? 'only to check a conditional eTag' : `not at all for eTag ${String(eTag)}`}`, async () => {
      const read = sinon.spy();
      const storage = open({
        openFile: (path) => {
          const file = new DataFile<StateFile>(path, { parse: parseStateFile, stringify: serialiseStateFile });
          return { read: () => (read(path), file.read()), write: (data) => file.write(data) };
        },
      });
      await storage.write({ k: { v: 1 } });
      read.resetHistory();
      await storage.write({ k: { v: 2, eTag } }).catch(() => undefined);
      expect(read.callCount).to.equal(reads);
    });
  }

  it('expires idle keys reading only the files the old buckets list, not every state file', async () => {
    const reads = sinon.spy();
    const storage = open({
      openFile: (path) => {
        const file = new DataFile<StateFile>(path, { parse: parseStateFile, stringify: serialiseStateFile });
        return { read: () => (reads(path), file.read()), write: (data) => file.write(data) };
      },
    });
    const idle = Array.from({ length: 5 }, (_, i) => `idle-${i}`);
    const live = Array.from({ length: 200 }, (_, i) => `live-${i}`);
    await storage.write(Object.fromEntries(idle.map((key) => [key, { v: 1 }])));
    time = T0 + 20 * HOUR;
    await storage.write(Object.fromEntries(live.map((key) => [key, { v: 1 }])));
    time = T0 + 25 * HOUR;
    reads.resetHistory();

    const report = await storage.expireIdle();

    expect(report).to.deep.equal({ buckets: 1, candidates: 5, deleted: 5 });
    expect(reads.callCount).to.equal(5);
    expect(reads.args.map(([path]) => path).sort()).to.deep.equal(idle.map((key) => itemPath(dir, hashKey(key))).sort());
    expect(await jsonFiles(dir)).to.have.length(200);
    expect(await storage.read(live.slice(0, 3))).to.have.all.keys(live.slice(0, 3));
  });

  it('compacts a bucket that is partly idle and removes it once all of it is', async () => {
    const storage = open({ idleMs: HOUR });
    await storage.write({ early: { v: 1 } }); // 10:05
    time = T0 + 45 * 60 * 1000; // 10:50
    await storage.write({ late: { v: 1 } });
    time = T0 + 75 * 60 * 1000; // 11:20: "early" is idle, "late" is not
    expect(await storage.expireIdle()).to.include({ deleted: 1 });
    expect(await bucketLines(dir)).to.deep.equal([hashKey('late')]);
    time = T0 + 2 * HOUR;
    expect(await storage.expireIdle()).to.include({ deleted: 1 });
    expect(await walk(join(dir, 'expiry'))).to.deep.equal([]);
  });

  it('drops the old line of a key written again later, keeping the key until it goes idle', async () => {
    const storage = open();
    await storage.write({ k: { v: 1 } });
    time = T0 + 12 * HOUR;
    await storage.write({ k: { v: 2 } });
    time = T0 + 30 * HOUR;
    expect(await storage.expireIdle()).to.deep.equal({ buckets: 1, candidates: 1, deleted: 0 });
    expect(await bucketLines(dir)).to.deep.equal([hashKey('k')]);
    expect((await storage.read(['k'])).k.v).to.equal(2);
    time = T0 + 36 * HOUR;
    expect(await storage.expireIdle()).to.include({ deleted: 1 });
    expect(await jsonFiles(dir)).to.deep.equal([]);
  });

  // A short idle time makes sweeps compact the very bucket that writes are appending to.
  for (const [idleMs, stepMs, seed] of [
    [20 * 60 * 1000, 4 * 60 * 1000, 1],
    [3 * HOUR, 20 * 60 * 1000, 7],
  ]) {
    it(`lets no file escape expiry when sweeps run during writes (idle ${idleMs / 60_000} min)`, async () => {
      const storage = open({ idleMs });
      const random = seeded(seed);
      const pending: Promise<unknown>[] = [];
      for (let step = 0; step < 400; step++) {
        time += Math.floor(random() * stepMs);
        const key = `k${Math.floor(random() * 40)}`;
        pending.push(random() < 0.1 ? storage.delete([key]) : storage.write({ [key]: { step } }));
        if (step % 5 === 0) pending.push(storage.expireIdle());
        if (step % 25 === 0) await Promise.all(pending.splice(0));
      }
      await Promise.all(pending);
      time += idleMs + HOUR;
      await storage.expireIdle();
      expect(await jsonFiles(dir)).to.deep.equal([]);
      expect(await walk(join(dir, 'expiry'))).to.deep.equal([]);
    });
  }

  it('lists a key again when it is rewritten in the hour a sweep dropped it from', async () => {
    const storage = open({ idleMs: 10 * 60 * 1000 });
    await storage.write({ k: { v: 1 } }); // 10:05
    time = T0 + 15 * 60 * 1000; // 10:20: idle, deleted, its line dropped
    expect(await storage.expireIdle()).to.include({ deleted: 1 });
    time = T0 + 20 * 60 * 1000; // 10:25: same hour again
    await storage.write({ k: { v: 2 } });
    time = T0 + 85 * 60 * 1000;
    expect(await storage.expireIdle()).to.include({ deleted: 1 });
    expect(await jsonFiles(dir)).to.deep.equal([]);
  });

  it('keeps index lines appended to a bucket while a sweep is compacting it', async () => {
    let armed = false;
    let paused = (): void => undefined;
    const sweepReachedX = new Promise<void>((resolve) => (paused = resolve));
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const xPath = itemPath(dir, hashKey('x'));
    const storage = open({
      idleMs: 10 * 60 * 1000,
      openFile: (path) => {
        const file = new DataFile<StateFile>(path, { parse: parseStateFile, stringify: serialiseStateFile });
        const read = async (): Promise<StateFile | null> => {
          if (armed && path === xPath) {
            paused();
            await gate;
          }
          return file.read();
        };
        return { read, write: (data) => file.write(data) };
      },
    });
    await storage.write({ x: { v: 1 } }); // 10:05
    time = T0 + 15 * 60 * 1000; // 10:20
    armed = true;
    const sweeping = storage.expireIdle();
    await sweepReachedX; // the sweep has read the bucket and is deciding about "x"
    await storage.write({ y: { v: 1 } }); // appends to the same bucket
    release();
    expect(await sweeping).to.include({ deleted: 1 });
    time = T0 + 85 * 60 * 1000;
    expect(await storage.expireIdle()).to.include({ deleted: 1 });
    expect(await jsonFiles(dir)).to.deep.equal([]);
  });

  it('hides idle state from reads before any sweep, and lets it be overwritten with any eTag', async () => {
    const storage = open();
    await storage.write({ k: { v: 1 } });
    const stale = (await storage.read(['k'])).k;
    time = T0 + 24 * HOUR;
    expect(await storage.read(['k'])).to.deep.equal({});
    await storage.write({ k: { ...stale, v: 2 } });
    expect((await storage.read(['k'])).k.v).to.equal(2);
  });

  it('picks up state and its expiry index after a restart', async () => {
    await open().write({ 'sms/conversations/+447700900123': { v: 1 } });
    const restarted = open();
    expect(await restarted.read(['sms/conversations/+447700900123'])).to.have.nested.property('sms/conversations/+447700900123.v', 1);
    time = T0 + 25 * HOUR;
    expect(await restarted.expireIdle()).to.include({ deleted: 1 });
  });

  it('fails loudly on a corrupt state file instead of reading it as empty', async () => {
    const storage = open();
    await storage.write({ k: { v: 1 } });
    await writeFile(itemPath(dir, hashKey('k')), '{"key":"k","lastW');
    const outcome = await storage.read(['k']).then(
      () => 'read',
      (error: unknown) => error,
    );
    expect(outcome).to.be.instanceOf(Error);
  });

  it('sweeps in the background when asked, reporting failures to onSweepError', async () => {
    const errors: unknown[] = [];
    const storage = open({ sweepEveryMs: 5, onSweepError: (error) => errors.push(error) });
    await storage.write({ idle: { v: 1 } });
    time = T0 + 25 * HOUR;
    await waitFor(async () => (await jsonFiles(dir)).length === 0);
    // Now make a later sweep fail on a corrupt candidate file.
    await storage.write({ later: { v: 1 } });
    await writeFile(itemPath(dir, hashKey('later')), 'not json');
    time = T0 + 60 * HOUR;
    await waitFor(async () => errors.length > 0);
    expect(errors[0]).to.be.instanceOf(Error);
  });
});

async function walk(root: string, dir = root): Promise<string[]> {
  const paths: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    paths.push(relative(root, path));
    if (entry.isDirectory()) paths.push(...(await walk(root, path)));
  }
  return paths;
}

async function jsonFiles(dir: string): Promise<string[]> {
  return (await walk(dir)).filter((path) => path.endsWith('.json'));
}

async function readAll(dir: string, paths: string[]): Promise<string> {
  return (await Promise.all(paths.map((path) => readFile(join(dir, path), 'utf8')))).join('');
}

async function bucketLines(dir: string): Promise<string[]> {
  const logs = (await walk(dir)).filter((path) => path.endsWith('.log'));
  return (await readAll(dir, logs)).split('\n').filter(Boolean).sort();
}

/** Polls a condition the background sweep makes true; the deadline is only for a clear message, just inside mocha's 10 s. */
async function waitFor(condition: () => Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('waitFor: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A small deterministic generator (mulberry32), so the interleaving test is the same every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
