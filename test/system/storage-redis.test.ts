/**
 * RedisStorage against a real server (REDIS_URL, default redis://127.0.0.1:6379).
 * Skipped when no server answers, except in CI (CI=true), where that is a failure.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { Redis } from 'ioredis';
import { hashKey } from '../../storage/lowdbLayout';
import { RedisStorage } from '../../storage/redisStorage';
import { describeStorageContract } from '../storage/storageContract';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined); // the outcome is reported below
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

async function eraseAll(storage: RedisStorage): Promise<void> {
  const keys: string[] = [];
  for await (const key of storage.keys()) keys.push(key);
  await storage.delete(keys);
  await storage.close();
}

describe('RedisStorage (real server)', function () {
  before(async function () {
    if (await redisAnswers()) return;
    if (process.env.CI === 'true') throw new Error(`Redis is required in CI and did not answer at ${REDIS_URL}`);
    this.skip();
  });

  // Each test gets its own prefix, so runs and tests never see each other's keys.
  const makeStorage = ({ idleMs }: { idleMs: number }): RedisStorage => new RedisStorage({ url: REDIS_URL, idleMs, prefix: `test:${randomUUID()}:` });

  describeStorageContract('RedisStorage', makeStorage, {
    expiry: { clock: 'real', idleMs: 1000 },
    keys: (storage) => storage.keys(),
    dispose: eraseAll,
  });

  describe('on the server', () => {
    let storage: RedisStorage;
    let other: RedisStorage;
    let inspector: Redis;

    beforeEach(() => {
      storage = makeStorage({ idleMs: 60_000 });
      other = new RedisStorage({ url: REDIS_URL, idleMs: 60_000, prefix: storage.prefix });
      inspector = new Redis(REDIS_URL);
    });
    afterEach(async () => {
      await eraseAll(storage);
      await other.close();
      inspector.disconnect();
    });

    it('names Redis keys by hash, with the TTL set to the idle time', async () => {
      const key = 'sms/conversations/+447700900123';
      await storage.write({ [key]: { v: 1 } });
      const names = await inspector.keys(`${storage.prefix}*`);
      expect(names).to.deep.equal([storage.prefix + hashKey(key)]);
      const ttl = await inspector.pttl(names[0]);
      expect(ttl).to.be.within(55_000, 60_000);
    });

    it('writes by script SHA, and still writes after the server forgot its scripts (restart, SCRIPT FLUSH)', async () => {
      await storage.write({ k: { v: 1 } });
      await inspector.script('FLUSH');
      const base = (await storage.read(['k'])).k;
      await storage.write({ k: { ...base, v: 2 } });
      expect((await storage.read(['k'])).k).to.include({ v: 2 });
      // The eTag check still runs through the reloaded script: the old eTag loses.
      const stale = await storage.write({ k: { ...base, v: 3 } }).then(
        () => 'written',
        () => 'refused',
      );
      expect(stale).to.equal('refused');
    });

    it('lets exactly one of two instances win when both write with the same eTag', async () => {
      await storage.write({ k: { v: -1 } });
      const base = (await storage.read(['k'])).k;
      const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => (i % 2 ? storage : other).write({ k: { ...base, v: i } })));
      const winners = results.flatMap((result, i) => (result.status === 'fulfilled' ? [i] : []));
      expect(winners).to.have.length(1);
      expect((await other.read(['k'])).k.v).to.equal(winners[0]);
    });
  });
});
