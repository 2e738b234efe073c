/** The contract every admin store keeps (file, memory, Redis): sections written whole, a notification after each write. */
import { expect } from 'chai';
import type { AdminStore } from '../../admin';
import { loadOrganisations } from '../../handoff/orgs';

const demo = loadOrganisations().get('demo')!;

export function adminStoreContract(name: string, make: () => Promise<{ store: AdminStore; other?: AdminStore; cleanup: () => Promise<void> }>): void {
  describe(`admin store contract: ${name}`, () => {
    let store: AdminStore;
    let other: AdminStore | undefined;
    let cleanup: () => Promise<void>;
    beforeEach(async () => ({ store, other, cleanup } = await make()));
    afterEach(() => cleanup());

    it('starts empty', async () => {
      expect(await store.read('demo')).to.deep.equal({});
      expect(await store.orgs()).to.deep.equal([]);
    });

    it('writes and reads each section, one at a time, leaving the others', async () => {
      await store.write('demo', 'settings', { ...demo, name: 'Changed' });
      await store.write('demo', 'feeds', ['https://a.example.org/feed']);
      const record = await store.read('demo');
      expect(record.settings?.name).to.equal('Changed');
      expect(record.feeds).to.deep.equal(['https://a.example.org/feed']);
      await store.write('demo', 'feeds', undefined);
      expect(await store.read('demo')).to.deep.equal({ settings: { ...demo, name: 'Changed' } });
      expect(await store.orgs()).to.deep.equal(['demo']);
    });

    it('keeps organisations apart', async () => {
      await store.write('demo', 'feeds', ['https://a.example.org/feed']);
      await store.write('valleys', 'feeds', ['https://b.example.org/feed']);
      expect((await store.read('demo')).feeds).to.deep.equal(['https://a.example.org/feed']);
      expect((await store.read('valleys')).feeds).to.deep.equal(['https://b.example.org/feed']);
      expect(await store.orgs()).to.deep.equal(['demo', 'valleys']);
    });

    it('tells every listener which organisation changed (another instance too, when there is one)', async () => {
      const heard: string[] = [];
      const heardOther: string[] = [];
      store.onChange((org) => heard.push(org));
      const arrived = new Promise<void>((resolve) => {
        if (!other) return resolve();
        other.onChange((org) => {
          heardOther.push(org);
          resolve();
        });
      });
      await store.write('demo', 'feeds', ['https://a.example.org/feed']);
      await arrived;
      for (let i = 0; i < 50 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(heard).to.include('demo');
      if (other) {
        expect(heardOther).to.deep.equal(['demo']);
        expect((await other.read('demo')).feeds).to.deep.equal(['https://a.example.org/feed']);
      }
    });

    it('refuses an id that is not an organisation id (no path tricks)', async () => {
      for (const bad of ['../x', 'DEMO', 'a/b', '']) {
        let failed = false;
        try {
          await store.write(bad, 'feeds', []);
        } catch {
          failed = true;
        }
        expect(failed, bad).to.equal(true);
      }
    });

    it('keeps concurrent writes of different sections', async () => {
      await Promise.all([
        store.write('demo', 'feeds', ['https://a.example.org/feed']),
        store.write('demo', 'settings', { ...demo, name: 'Both' }),
        store.write('demo', 'services', []),
      ]);
      const record = await store.read('demo');
      expect(record.feeds).to.have.length(1);
      expect(record.settings?.name).to.equal('Both');
      expect(record.services).to.deep.equal([]);
    });
  });
}
