import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { createStorage, LowdbStorage, MemoryStateStorage, RedisStorage, TimedStorage } from '../../storage';

describe('createStorage', () => {
  it('builds a LowdbStorage in the given folder with the given idle time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'create-storage-'));
    const storage = createStorage({ kind: 'lowdb', dir, idleMs: 60_000 });
    try {
      expect(storage).to.be.instanceOf(TimedStorage);
      const inner = (storage as TimedStorage).inner;
      expect(inner).to.be.instanceOf(LowdbStorage);
      expect(inner).to.include({ dir, idleMs: 60_000 });
    } finally {
      await storage.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('builds a MemoryStateStorage', () => {
    expect(createStorage({ kind: 'memory', idleMs: 60_000 })).to.be.instanceOf(MemoryStateStorage);
  });

  it('builds a RedisStorage with the idle time as its TTL', async () => {
    const storage = createStorage({ kind: 'redis', redisUrl: 'redis://127.0.0.1:1', idleMs: 60_000 });
    expect((storage as TimedStorage).inner)
      .to.be.instanceOf(RedisStorage)
      .and.include({ idleMs: 60_000 });
    await storage.close().catch(() => undefined);
  });

  it('refuses a non-positive idle time at start-up', () => {
    expect(() => createStorage({ kind: 'lowdb', idleMs: 0 })).to.throw(RangeError);
    expect(() => createStorage({ kind: 'redis', idleMs: -1 })).to.throw(RangeError);
  });
});
