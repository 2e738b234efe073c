import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AccountStore } from '../../advisor/accounts';
import { accountStoreContract } from './accountsContract';

accountStoreContract('FileAccountStore (two readers of one file)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accounts-contract-'));
  return {
    stores: [AccountStore.inDir(dir), AccountStore.inDir(dir)],
    sync: async () => undefined,
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
