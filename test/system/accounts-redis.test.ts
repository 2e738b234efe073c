/**
 * Advisor accounts on Redis (STORAGE=redis): the AccountStore contract with two instances on one
 * redis-server, then what only Redis does: a change on one instance reaches the other by pub/sub,
 * accounts.json is the seed (copied in at start and when it changes, never bringing back a removed
 * account), and a username is taken once even when two instances add it at the same moment.
 */
import { expect } from 'chai';
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AccountStore, type NewAccount } from '../../advisor/accounts';
import { RedisAccountStore } from '../../advisor/redisAccounts';
import { createBotApp } from '../../app';
import { RedisServer } from '../../bench/scale/redisServer';
import { loadConfig } from '../../config';
import { createLogger } from '../../ops/logger';
import { accountStoreContract } from '../advisor/accountsContract';

const SAM: NewAccount = { username: 'sam', name: 'Sam', org: 'demo', role: 'advisor', languages: ['en'], passwordHash: 'scrypt$x' };

/** Waits for what pub/sub brings (a few milliseconds), at most 5 s. */
async function eventually(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).to.equal(true);
}

describe('advisor accounts on Redis', function () {
  this.timeout(120_000);
  let redis: RedisServer;
  let client: Redis;
  const opened: Array<{ store: RedisAccountStore; subscriber: Redis }> = [];
  let n = 0;

  before(async () => {
    redis = await RedisServer.start();
    client = new Redis(redis.url);
  });
  after(async () => {
    client?.disconnect();
    await redis?.stop();
  });
  afterEach(async () => {
    for (const { store, subscriber } of opened.splice(0)) {
      await store.close();
      subscriber.disconnect();
    }
  });

  /** An instance's store; instances made with the same `prefix` share their accounts. */
  async function instance(prefix: string, seed?: AccountStore): Promise<RedisAccountStore> {
    const subscriber = new Redis(redis.url);
    const store = new RedisAccountStore(client, subscriber, { prefix, seed });
    opened.push({ store, subscriber });
    await store.ready;
    return store;
  }
  const fresh = () => `test:accounts:${++n}:`;

  accountStoreContract('RedisAccountStore (two instances)', async () => {
    const prefix = fresh();
    return { stores: [await instance(prefix), await instance(prefix)], sync: (store) => store.refresh() };
  });

  it('a change on one instance reaches the other without being asked (pub/sub)', async () => {
    const prefix = fresh();
    const [a, b] = [await instance(prefix), await instance(prefix)];
    const sam = await a.add(SAM);
    await eventually(() => b.findById(sam.id) !== undefined);
    await a.update(sam.id, { disabled: true });
    await eventually(() => b.findById(sam.id)?.disabled === true);
    await a.remove(sam.id);
    await eventually(() => b.findById(sam.id) === undefined);
  });

  it('copies accounts.json in at start and when it changes; a removed account never comes back from it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'accounts-seed-'));
    try {
      const file = AccountStore.inDir(dir);
      const ada = file.add({ ...SAM, username: 'ada', role: 'admin', totpSecret: 'JBSWY3DPEHPK3PXP' });
      const prefix = fresh();
      const a = await instance(prefix, file);
      expect(a.findById(ada.id)).to.deep.equal(ada);
      // npm run advisor:add on a running deployment writes the file: the next read copies it in, for every instance.
      const b = await instance(prefix);
      const zed = AccountStore.inDir(dir).add({ ...SAM, username: 'zed' });
      a.all();
      await eventually(() => b.findById(zed.id) !== undefined);
      // Removed (and the file still lists it): a new instance with the same file does not bring it back.
      expect(await b.remove(ada.id)).to.equal(true);
      const c = await instance(prefix, AccountStore.inDir(dir));
      expect(c.findById(ada.id)).to.equal(undefined);
      expect(c.all().map((x) => x.username)).to.deep.equal(['zed']);
      // A file account whose username Redis already has (another id) is left out.
      const twin = AccountStore.inDir(dir);
      twin.remove(zed.id);
      const otherZed = twin.add({ ...SAM, username: 'zed', name: 'Other' });
      const d = await instance(prefix, twin);
      expect(d.findByUsername('zed')?.id).to.equal(zed.id);
      expect(d.findById(otherZed.id)).to.equal(undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives a username to one of two instances adding it at the same moment', async () => {
    const prefix = fresh();
    const [a, b] = [await instance(prefix), await instance(prefix)];
    const results = await Promise.allSettled([a.add(SAM), b.add({ ...SAM, name: 'Other Sam' })]);
    expect(results.map((r) => r.status).sort()).to.deep.equal(['fulfilled', 'rejected']);
    await a.refresh();
    expect(a.all()).to.have.length(1);
  });

  it('is what the app gives the console and the admin space when storage is Redis: two instances with their own ADVISOR_DIR share accounts', async () => {
    const dirs = [0, 1].map(() => mkdtempSync(path.join(tmpdir(), 'accounts-app-')));
    const ada = AccountStore.inDir(dirs[0]).add({ ...SAM, username: 'ada', role: 'admin', totpSecret: 'JBSWY3DPEHPK3PXP' });
    const apps = dirs.map((dir) =>
      createBotApp(loadConfig({ PORT: '0', STORAGE: 'redis', REDIS_URL: redis.url, LOG_LEVEL: 'silent', ADVISOR_DIR: dir }), createLogger('silent')),
    );
    try {
      const [a, b] = apps.map((app) => app.advisorAccounts as RedisAccountStore);
      expect(a).to.be.instanceOf(RedisAccountStore);
      await Promise.all([a.ready, b.ready]);
      // The first instance's file is the seed: copied in by one, announced to the other.
      await eventually(() => b.findByUsername('ada')?.id === ada.id);
      const zed = await b.add({ ...SAM, username: 'zed' });
      await eventually(() => a.findById(zed.id) !== undefined);
      await a.update(zed.id, { disabled: true });
      await eventually(() => b.findById(zed.id)?.disabled === true);
      expect(AccountStore.inDir(dirs[1]).all(), 'never written to a file').to.deep.equal([]);
    } finally {
      for (const app of apps) await app.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});
