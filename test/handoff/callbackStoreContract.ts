/**
 * The behaviour every call-back store must show, in process or shared. A phone number is kept only
 * for the call back: gone after the keep period, and at once on "delete my data".
 * Time is passed in, never read from a clock.
 */
import { expect } from 'chai';
import type { CallbackRequest, CallbackStore } from '../../handoff/callbacks';

export interface CallbackContractEnv {
  /** How long a request is kept after it was made. */
  keepMs: number;
}

export interface CallbackContractOptions<S extends CallbackStore> {
  dispose?: (store: S) => Promise<void>;
}

const T0 = Date.parse('2026-11-24T21:00:00Z');
const DAY = 24 * 60 * 60_000;
const KEEP = 7 * DAY;

const request = (conversationKey: string, minutes = 0, org = 'demo', extra: Partial<CallbackRequest> = {}): CallbackRequest => ({
  conversationKey,
  org,
  phone: '07700900123',
  when: 'tomorrow morning',
  language: 'en',
  createdAt: T0 + minutes * 60_000,
  ...extra,
});

export function callbackStoreContract<S extends CallbackStore>(
  name: string,
  makeStore: (env: CallbackContractEnv) => Promise<S> | S,
  options: CallbackContractOptions<S> = {},
): void {
  describe(`${name} (CallbackStore contract)`, () => {
    let store: S;
    beforeEach(async () => {
      store = await makeStore({ keepMs: KEEP });
    });
    afterEach(async () => {
      await options.dispose?.(store);
    });

    const keys = async (org: string, now: number): Promise<string[]> => (await store.list(org, now)).map((r) => r.conversationKey);

    it('lists what was added, every field as given, oldest first', async () => {
      const first = request('a', 0, 'demo', { language: 'pl', interpreter: true });
      const second = request('b', 5, 'demo', { phone: '02920000000', when: 'after 6pm' });
      await store.add(request('a', 0, 'demo', { language: 'pl', interpreter: true }));
      await store.add(request('b', 5, 'demo', { phone: '02920000000', when: 'after 6pm' }));
      expect(await store.list('demo', T0 + 10 * 60_000)).to.deep.equal([first, second]);
    });

    it('keeps organisations apart', async () => {
      await store.add(request('a', 0, 'demo'));
      await store.add(request('x', 1, 'valleys'));
      expect(await keys('demo', T0)).to.deep.equal(['a']);
      expect(await keys('valleys', T0)).to.deep.equal(['x']);
      expect(await keys('nobody', T0)).to.deep.equal([]);
    });

    it('keeps every one of 20 requests added at once', async () => {
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.add(request(`c${String(i).padStart(2, '0')}`, i))));
      expect(await keys('demo', T0 + 60 * 60_000)).to.have.members(Array.from({ length: 20 }, (_, i) => `c${String(i).padStart(2, '0')}`));
    });

    describe('keep period', () => {
      // [how long after the request, still listed]
      const cases: Array<[string, number, boolean]> = [
        ['0 ms', 0, true],
        ['the keep period less 1 ms', KEEP - 1, true],
        ['exactly the keep period', KEEP, true],
        ['the keep period plus 1 ms', KEEP + 1, false],
        ['a year', 365 * DAY, false],
      ];
      for (const [when, ms, listed] of cases) {
        it(`${listed ? 'listed' : 'gone'} ${when} after the request`, async () => {
          await store.add(request('a'));
          expect(await keys('demo', T0 + ms)).to.deep.equal(listed ? ['a'] : []);
        });
      }

      it('lets old requests go and keeps newer ones', async () => {
        await store.add(request('old', 0));
        await store.add(request('new', 3 * 24 * 60));
        expect(await keys('demo', T0 + KEEP + DAY)).to.deep.equal(['new']);
      });
    });

    describe('erase a conversation ("delete my data")', () => {
      it('removes all its requests, in every organisation, says how many, and leaves the others', async () => {
        await store.add(request('a', 0, 'demo'));
        await store.add(request('b', 1, 'demo'));
        await store.add(request('a', 2, 'demo', { when: 'any time' }));
        await store.add(request('a', 3, 'valleys'));
        expect(await store.eraseConversation('a')).to.equal(3);
        expect(await keys('demo', T0 + DAY)).to.deep.equal(['b']);
        expect(await keys('valleys', T0 + DAY)).to.deep.equal([]);
      });

      it('answers 0 for a conversation with nothing stored, or erased already', async () => {
        await store.add(request('a'));
        expect(await store.eraseConversation('never-asked')).to.equal(0);
        expect(await store.eraseConversation('a')).to.equal(1);
        expect(await store.eraseConversation('a')).to.equal(0);
      });
    });

    describe('copies', () => {
      it('keeps its own copy: changing the request afterwards, or what list returns, changes nothing stored', async () => {
        const added = request('a');
        await store.add(added);
        added.phone = '07000000000';
        added.org = 'valleys';
        const [listed] = await store.list('demo', T0);
        listed.phone = '07111111111';
        listed.createdAt = T0 + KEEP * 10;
        expect(await store.list('demo', T0)).to.deep.equal([request('a')]);
      });
    });
  });
}
