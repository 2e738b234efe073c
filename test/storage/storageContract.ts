/**
 * The behaviour every botbuilder `Storage` in this bot must show, whatever it stores in.
 * Modelled on botbuilder-js `storageBaseTests.js`, plus concurrency and expiry.
 */
import type { Storage, StoreItems } from 'botbuilder';
import { expect } from 'chai';
import fc from 'fast-check';

export interface ContractEnv {
  /** The suite's clock: stores that accept one get fake time (starts 2026-01-05 09:30 UTC). */
  now: () => number;
  /** The idle time the store should expire after. */
  idleMs: number;
}

export interface ContractOptions<S extends Storage> {
  /** How idle time passes for this store; omit for stores that never expire (MemoryStorage). */
  expiry?: {
    /** `fake`: the suite moves `env.now`. `real`: the suite waits, so keep `idleMs` short. */
    clock: 'fake' | 'real';
    idleMs: number;
    /** Anything the store needs run before expired state is gone from disk (a sweep). */
    sweep?: (storage: S, now: number) => Promise<unknown>;
  };
  /** For stores that list their keys (the erasure service needs this). */
  keys?: (storage: S) => AsyncIterable<string>;
  /** Releases the store after each test. */
  dispose?: (storage: S) => Promise<void>;
}

const START = Date.UTC(2026, 0, 5, 9, 30);
const DAY = 24 * 60 * 60 * 1000;

export function describeStorageContract<S extends Storage>(
  name: string,
  makeStorage: (env: ContractEnv) => Promise<S> | S,
  options: ContractOptions<S> = {},
): void {
  describe(`${name} (Storage contract)`, () => {
    let time = START;
    let storage: S;
    const idleMs = options.expiry?.idleMs ?? DAY;

    beforeEach(async () => {
      time = START;
      storage = await makeStorage({ now: () => time, idleMs });
    });
    afterEach(async () => {
      await options.dispose?.(storage);
    });

    const readOne = async (key: string): Promise<StoreItems[string]> => (await storage.read([key]))[key];

    describe('round trip', () => {
      it('returns what was written, nested objects and unicode included, with an eTag added', async () => {
        const item = {
          dialogState: { dialogStack: [{ id: 'situation', state: { step: 2, values: { postcodeDistrict: 'LS6' } } }] },
          words: 'my husband — he’s not eating 😟 · Mae fy ngŵr yn sâl · میرے شوہر · 我丈夫',
          flags: [true, false, null],
          count: 3.25,
        };
        await storage.write({ conversation: item });
        const { eTag, ...rest } = await readOne('conversation');
        expect(rest).to.deep.equal(item);
        expect(eTag).to.be.a('string').and.not.equal('');
      });

      it('round-trips any JSON object (property)', async () => {
        await fc.assert(
          // `__proto__` is left out: botbuilder never writes it as a key, and its own MemoryStorage drops it.
          fc.asyncProperty(
            fc.dictionary(
              fc.string().filter((key) => key !== '__proto__'),
              fc.jsonValue(),
            ),
            async (item) => {
              await storage.write({ prop: item });
              const { eTag: _eTag, ...rest } = await readOne('prop');
              const { eTag: _ignored, ...expected } = JSON.parse(JSON.stringify(item));
              expect(rest).to.deep.equal(expected);
            },
          ),
          { numRuns: 25 },
        );
      });

      it('keeps keys with slashes, plus signs, dots, unicode and great length apart', async () => {
        const keys = ['sms/conversations/+447700900123', 'msteams/conversations/a:1Xy|v2/users/29:1abc', '../../etc/passwd', 'Cymraeg/ŵ/😀', 'x'.repeat(1000)];
        await storage.write(Object.fromEntries(keys.map((key, i) => [key, { i }])));
        const items = await storage.read(keys);
        expect(keys.map((key) => items[key]?.i)).to.deep.equal([0, 1, 2, 3, 4]);
      });

      it('leaves missing keys out of the result', async () => {
        await storage.write({ present: { a: 1 } });
        const items = await storage.read(['present', 'missing']);
        expect(Object.keys(items)).to.deep.equal(['present']);
        expect(await storage.read([])).to.deep.equal({});
      });
    });

    describe('eTags', () => {
      it('gives every successful write a new eTag', async () => {
        await storage.write({ k: { v: 1 } });
        const first = (await readOne('k')).eTag;
        await storage.write({ k: { v: 2 } });
        const second = (await readOne('k')).eTag;
        expect(second).to.be.a('string').and.not.equal(first);
      });

      it('accepts a write carrying the current eTag', async () => {
        await storage.write({ k: { v: 1 } });
        const current = await readOne('k');
        await storage.write({ k: { ...current, v: 2 } });
        expect((await readOne('k')).v).to.equal(2);
      });

      it('refuses a write carrying a stale eTag and keeps the stored value', async () => {
        await storage.write({ k: { v: 1 } });
        const stale = await readOne('k');
        await storage.write({ k: { v: 2 } });
        await expectRejection(storage.write({ k: { ...stale, v: 3 } }), /eTag conflict/);
        expect((await readOne('k')).v).to.equal(2);
      });

      it('lets `*` and a missing or empty eTag overwrite whatever is stored', async () => {
        await storage.write({ k: { v: 1 } });
        await storage.write({ k: { v: 2, eTag: '*' } });
        expect((await readOne('k')).v).to.equal(2);
        await storage.write({ k: { v: 3 } });
        expect((await readOne('k')).v).to.equal(3);
        await storage.write({ k: { v: 4, eTag: '' } });
        expect((await readOne('k')).v).to.equal(4);
      });

      it('accepts any eTag for a key that is not stored (as MemoryStorage does)', async () => {
        await storage.write({ fresh: { v: 1, eTag: 'from-elsewhere' } });
        expect((await readOne('fresh')).v).to.equal(1);
      });

      it('still writes the other keys of a batch when one of them conflicts', async () => {
        await storage.write({ a: { v: 1 } });
        const stale = await readOne('a');
        await storage.write({ a: { v: 2 } });
        await expectRejection(storage.write({ a: { ...stale, v: 3 }, b: { v: 1 } }), /eTag conflict/);
        const items = await storage.read(['a', 'b']);
        expect([items.a.v, items.b.v]).to.deep.equal([2, 1]);
      });
    });

    describe('delete', () => {
      it('removes only the named keys, and ignores keys that are not stored', async () => {
        await storage.write({ a: { v: 1 }, b: { v: 2 } });
        await storage.delete(['a', 'never-stored']);
        expect(Object.keys(await storage.read(['a', 'b']))).to.deep.equal(['b']);
      });

      it('lets a deleted key be written again with any eTag', async () => {
        await storage.write({ a: { v: 1 } });
        const old = await readOne('a');
        await storage.delete(['a']);
        await storage.write({ a: { ...old, v: 2 } });
        expect((await readOne('a')).v).to.equal(2);
      });
    });

    describe('copies', () => {
      it('returns copies: changing what was read changes nothing stored', async () => {
        await storage.write({ k: { nested: { list: [1, 2] } } });
        const copy = await readOne('k');
        copy.nested.list.push(3);
        copy.extra = true;
        expect(await readOne('k'))
          .to.deep.include({ nested: { list: [1, 2] } })
          .and.not.have.property('extra');
      });

      it('stores a copy: changing the written object afterwards changes nothing stored', async () => {
        const item = { nested: { v: 1 } };
        const writing = storage.write({ k: item });
        item.nested.v = 2;
        await writing;
        expect((await readOne('k')).nested.v).to.equal(1);
      });

      it('does not add an eTag to the caller’s object', async () => {
        const item = { v: 1 };
        await storage.write({ k: item });
        expect(item).to.deep.equal({ v: 1 });
      });
    });

    describe('concurrency', () => {
      it('lets exactly one of 50 parallel writes with the same eTag win', async () => {
        await storage.write({ k: { v: -1 } });
        const base = await readOne('k');
        const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => storage.write({ k: { ...base, v: i } })));
        const winners = results.flatMap((result, i) => (result.status === 'fulfilled' ? [i] : []));
        expect(winners).to.have.length(1);
        for (const result of results) if (result.status === 'rejected') expect(String(result.reason)).to.match(/eTag conflict/);
        expect((await readOne('k')).v).to.equal(winners[0]);
      });

      it('stores all of 50 parallel writes to different keys', async () => {
        const keys = Array.from({ length: 50 }, (_, i) => `conversation-${i}`);
        await Promise.all(keys.map((key, i) => storage.write({ [key]: { i } })));
        const items = await storage.read(keys);
        expect(keys.map((key) => items[key]?.i)).to.deep.equal(keys.map((_, i) => i));
      });

      it('ends with one whole value after 50 parallel unconditional writes to one key', async () => {
        const big = 'x'.repeat(20_000);
        await Promise.all(Array.from({ length: 50 }, (_, i) => storage.write({ k: { i, big, eTag: '*' } })));
        const item = await readOne('k');
        expect(item.big).to.equal(big);
        expect(item.i).to.be.within(0, 49);
      });
    });

    if (options.keys) {
      const listKeys = options.keys;
      describe('keys', () => {
        it('lists every stored key, original text included, and forgets deleted ones', async () => {
          const keys = ['sms/conversations/+447700900123', 'webchat/users/abc', 'Cymraeg/ŵ'];
          await storage.write(Object.fromEntries(keys.map((key) => [key, { v: 1 }])));
          await storage.delete(['webchat/users/abc']);
          const listed: string[] = [];
          for await (const key of listKeys(storage)) listed.push(key);
          expect(listed.sort()).to.deep.equal(['Cymraeg/ŵ', 'sms/conversations/+447700900123']);
        });
      });
    }

    if (options.expiry) {
      const { clock, sweep } = options.expiry;
      const pass = async (ms: number): Promise<void> => {
        if (clock === 'fake') time += ms;
        else await new Promise((resolve) => setTimeout(resolve, ms));
      };
      const settle = async (): Promise<void> => {
        await sweep?.(storage, time);
      };

      describe('expiry', () => {
        it('forgets state not written for the idle time, and keeps state written since', async () => {
          await storage.write({ idle: { v: 1 }, busy: { v: 1 } });
          await pass(idleMs * 0.6);
          await storage.write({ busy: { v: 2 } });
          await pass(idleMs * 0.6);
          await settle();
          const items = await storage.read(['idle', 'busy']);
          expect(Object.keys(items)).to.deep.equal(['busy']);
        });

        it('counts idle time from the last write: rewriting keeps state alive', async () => {
          await storage.write({ k: { v: 1 } });
          for (let turn = 2; turn <= 4; turn++) {
            await pass(idleMs * 0.6);
            await settle();
            await storage.write({ k: { v: turn } });
          }
          expect((await readOne('k')).v).to.equal(4);
          await pass(idleMs * 1.2);
          await settle();
          expect(await storage.read(['k'])).to.deep.equal({});
        });
      });
    }
  });
}

async function expectRejection(promise: Promise<unknown>, message: RegExp): Promise<void> {
  const outcome = await promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );
  expect(outcome).to.be.instanceOf(Error);
  expect(String(outcome)).to.match(message);
}
