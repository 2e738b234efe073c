/** The embedded admin stores against the contract; the Redis one runs in test/system/admin-store-redis.test.ts. */
import { expect } from 'chai';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileAdminStore, MemoryAdminStore } from '../../admin';
import { adminStoreContract } from './storeContract';

adminStoreContract('memory', async () => ({ store: new MemoryAdminStore(), cleanup: async () => undefined }));

adminStoreContract('file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'admin-store-'));
  const store = new FileAdminStore(join(dir, 'admin'));
  return { store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

describe('file admin store', () => {
  it('writes owner-only files atomically (no temporary file left) and reads them back in a new process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'admin-store-'));
    try {
      const store = new FileAdminStore(join(dir, 'admin'));
      await store.write('demo', 'feeds', ['https://a.example.org/feed']);
      expect(readdirSync(join(dir, 'admin'))).to.deep.equal(['demo.json']);
      expect(statSync(join(dir, 'admin', 'demo.json')).mode & 0o777).to.equal(0o600);
      expect((await new FileAdminStore(join(dir, 'admin')).read('demo')).feeds).to.deep.equal(['https://a.example.org/feed']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
