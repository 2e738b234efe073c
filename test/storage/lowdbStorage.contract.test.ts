import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LowdbStorage } from '../../storage/lowdbStorage';
import { describeStorageContract } from './storageContract';

const dirs: string[] = [];

describeStorageContract(
  'LowdbStorage',
  async ({ now, idleMs }) => {
    const dir = await mkdtemp(join(tmpdir(), 'lowdb-contract-'));
    dirs.push(dir);
    return new LowdbStorage({ dir, now, idleMs });
  },
  {
    expiry: { clock: 'fake', idleMs: 24 * 60 * 60 * 1000, sweep: (storage, now) => storage.expireIdle(now) },
    keys: (storage) => storage.keys(),
    dispose: async (storage) => {
      await storage.close();
      await rm(storage.dir, { recursive: true, force: true });
    },
  },
);
