/**
 * The behaviour every advisor account store must show, in a file or on Redis. `makeStores` gives
 * two views of one store: two readers of one file, two instances on one Redis. An account added,
 * changed or removed through one is so through the other once `sync` has run (nothing for the file,
 * which is read again when it changes; a re-read for Redis, whose pub/sub is tested on its own).
 */
import { expect } from 'chai';
import type { AccountStore, NewAccount } from '../../advisor/accounts';

export interface AccountStores<S extends AccountStore> {
  stores: [S, S];
  sync: (store: S) => Promise<void>;
  dispose?: () => Promise<void>;
}

const SAM: NewAccount = { username: ' Sam ', name: 'Sam Jones', org: 'demo', role: 'advisor', languages: ['en', 'cy'], passwordHash: 'scrypt$x' };
const NOW = new Date('2026-12-07T10:00:00Z');

export function accountStoreContract<S extends AccountStore>(name: string, make: () => Promise<AccountStores<S>> | AccountStores<S>): void {
  describe(`${name} (AccountStore contract)`, () => {
    let env: AccountStores<S>;
    let a: S;
    let b: S;
    beforeEach(async () => {
      env = await make();
      [a, b] = env.stores;
    });
    afterEach(() => env.dispose?.());

    it('adds an account (username in lower case, id and creation time given) found through the other view by username and id', async () => {
      const sam = await a.add(SAM, NOW);
      expect(sam).to.deep.include({ username: 'sam', name: 'Sam Jones', org: 'demo', role: 'advisor', languages: ['en', 'cy'], createdAt: NOW.toISOString() });
      expect(sam.id).to.match(/^[0-9a-f-]{36}$/);
      await env.sync(b);
      expect(b.findByUsername('SAM')).to.deep.equal(sam);
      expect(b.findById(sam.id)).to.deep.equal(sam);
      expect(b.findByUsername('nobody')).to.equal(undefined);
      expect(b.findById('nope')).to.equal(undefined);
    });

    it('refuses a username already taken through the other view, whatever its case, and changes nothing', async () => {
      const sam = await a.add(SAM, NOW);
      await env.sync(b);
      let refused: unknown;
      try {
        await b.add({ ...SAM, username: 'SAM', name: 'Another' }, NOW);
      } catch (error) {
        refused = error;
      }
      expect(String(refused)).to.match(/already taken/);
      await env.sync(a);
      expect(a.all()).to.deep.equal([sam]);
    });

    it('lists accounts in the order they were added', async () => {
      const first = await a.add(SAM, NOW);
      const second = await b.add({ ...SAM, username: 'alex' }, new Date(NOW.getTime() + 1000));
      await env.sync(a);
      await env.sync(b);
      expect(a.all().map((x) => x.id)).to.deep.equal([first.id, second.id]);
      expect(b.all().map((x) => x.id)).to.deep.equal([first.id, second.id]);
    });

    it('changes fields (a field given as undefined is removed), never the id, username, organisation or creation time', async () => {
      const sam = await a.add({ ...SAM, totpSecret: 'JBSWY3DPEHPK3PXP' }, NOW);
      const disabled = await b.update(sam.id, { disabled: true, name: 'Sam J', languages: ['en'] });
      expect(disabled).to.deep.equal({ ...sam, disabled: true, name: 'Sam J', languages: ['en'] });
      await env.sync(a);
      expect(a.findById(sam.id)).to.deep.equal(disabled);
      const enabled = await a.update(sam.id, { disabled: undefined, totpSecret: undefined });
      expect(enabled).to.not.have.any.keys('disabled', 'totpSecret');
      expect(enabled).to.deep.include({ id: sam.id, username: 'sam', org: 'demo', createdAt: sam.createdAt });
      await env.sync(b);
      expect(b.findById(sam.id)).to.deep.equal(enabled);
      expect(await a.update('nope', { disabled: true })).to.equal(undefined);
    });

    it('removes an account through the other view: gone for both, false the second time, its username free again', async () => {
      const sam = await a.add(SAM, NOW);
      await env.sync(b);
      expect(await b.remove(sam.id)).to.equal(true);
      expect(await a.remove(sam.id)).to.equal(false);
      await env.sync(a);
      expect([a.findById(sam.id), a.findByUsername('sam'), b.findById(sam.id)]).to.deep.equal([undefined, undefined, undefined]);
      const again = await a.add(SAM, NOW);
      expect(again.id).to.not.equal(sam.id);
      await env.sync(b);
      expect(b.findByUsername('sam')?.id).to.equal(again.id);
    });
  });
}
