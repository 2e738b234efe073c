/**
 * The behaviour every hand-off queue must show, in process or shared (a Redis sorted set later).
 * The hand-off service (handoff/handoffService.ts) relies on it: join to queue or requeue, leave to
 * claim, cancel or erase, list for the console, position for the person.
 */
import { expect } from 'chai';
import type { RiskLevel } from '../../core/risk';
import type { HandoffQueue, QueueEntry } from '../../handoff/queue';

/** Tuesday 24 November 2026, 14:00 UTC: times are data here, never read from a clock. */
const T0 = Date.parse('2026-11-24T14:00:00Z');
const MINUTE = 60_000;

/** Releases the queue after each test (a shared one deletes its keys). */
export interface QueueContractOptions<Q extends HandoffQueue> {
  dispose?: (queue: Q) => Promise<void>;
}

const entry = (conversationKey: string, risk: RiskLevel = 'none', minutes = 0, org = 'demo', language = 'en'): QueueEntry => ({
  conversationKey,
  org,
  risk,
  language,
  joinedAt: T0 + minutes * MINUTE,
});

export function queueContract<Q extends HandoffQueue>(name: string, makeQueue: () => Promise<Q> | Q, options: QueueContractOptions<Q> = {}): void {
  describe(`${name} (HandoffQueue contract)`, () => {
    let queue: Q;
    beforeEach(async () => {
      queue = await makeQueue();
    });
    afterEach(async () => {
      await options.dispose?.(queue);
    });

    const keys = async (org = 'demo'): Promise<string[]> => (await queue.list(org)).map((e) => e.conversationKey);
    const joinAll = async (entries: QueueEntry[]): Promise<void> => {
      for (const e of entries) await queue.join(e);
    };

    describe('order', () => {
      // [who joins, in this order: key, risk, minutes after T0], the order expected.
      const cases: Array<{ why: string; joins: Array<[string, RiskLevel, number]>; order: string[] }> = [
        {
          why: 'the same risk: who has waited longest comes first',
          joins: [
            ['a', 'none', 0],
            ['b', 'none', 1],
            ['c', 'none', 2],
          ],
          order: ['a', 'b', 'c'],
        },
        {
          why: 'the most at risk come first, whenever they joined',
          joins: [
            ['a', 'none', 0],
            ['b', 'concern', 1],
            ['c', 'emergency', 2],
            ['d', 'concern', 3],
            ['e', 'urgent', 4],
          ],
          order: ['c', 'e', 'b', 'd', 'a'],
        },
        {
          why: 'within a level, the time joined decides, not the order of the calls',
          joins: [
            ['late', 'urgent', 5],
            ['early', 'urgent', 1],
          ],
          order: ['early', 'late'],
        },
        {
          why: 'every level comes before the one below it',
          joins: [
            ['n', 'none', 0],
            ['c', 'concern', 1],
            ['u', 'urgent', 2],
            ['e', 'emergency', 3],
          ],
          order: ['e', 'u', 'c', 'n'],
        },
      ];
      for (const c of cases) {
        it(c.why, async () => {
          await joinAll(c.joins.map(([key, risk, minutes]) => entry(key, risk, minutes)));
          expect(await keys()).to.deep.equal(c.order);
          for (const [i, key] of c.order.entries()) expect(await queue.position(key), key).to.equal(i + 1);
        });
      }

      it('keeps organisations apart: each lists and numbers only its own', async () => {
        await joinAll([entry('a', 'none', 0, 'demo'), entry('x', 'emergency', 1, 'valleys'), entry('b', 'none', 2, 'demo')]);
        expect(await keys('demo')).to.deep.equal(['a', 'b']);
        expect(await keys('valleys')).to.deep.equal(['x']);
        expect(await keys('nobody')).to.deep.equal([]);
        expect([await queue.position('a'), await queue.position('x'), await queue.position('b')]).to.deep.equal([1, 1, 2]);
      });

      it('lists every field as joined', async () => {
        const joined = entry('a', 'concern', 3, 'demo', 'cy');
        await queue.join(joined);
        expect(await queue.list('demo')).to.deep.equal([entry('a', 'concern', 3, 'demo', 'cy')]);
      });
    });

    describe('join', () => {
      it('answers the place the person joined at', async () => {
        expect(await queue.join(entry('a', 'none', 0))).to.equal(1);
        expect(await queue.join(entry('b', 'none', 1))).to.equal(2);
        expect(await queue.join(entry('c', 'urgent', 2))).to.equal(1);
      });

      it('joining again keeps the place and the time joined: no second entry', async () => {
        await joinAll([entry('a', 'none', 0), entry('b', 'none', 1)]);
        expect(await queue.join(entry('a', 'none', 5))).to.equal(1);
        expect(await queue.list('demo')).to.deep.equal([entry('a', 'none', 0), entry('b', 'none', 1)]);
      });

      // The service joins again when risk rises while waiting, and to requeue after a silent console.
      const rejoins: Array<{ why: string; first: RiskLevel; again: RiskLevel; kept: RiskLevel; order: string[] }> = [
        { why: 'a higher risk moves the person up', first: 'none', again: 'urgent', kept: 'urgent', order: ['b', 'a', 'c'] },
        { why: 'a lower risk never moves them down', first: 'urgent', again: 'none', kept: 'urgent', order: ['b', 'a', 'c'] },
        { why: 'the same risk changes nothing', first: 'concern', again: 'concern', kept: 'concern', order: ['b', 'a', 'c'] },
      ];
      for (const r of rejoins) {
        it(`joining again: ${r.why}`, async () => {
          await joinAll([entry('b', 'emergency', 0), entry('a', r.first, 1), entry('c', 'concern', 2)]);
          await queue.join(entry('a', r.again, 9));
          expect(await keys()).to.deep.equal(r.order);
          const [found] = (await queue.list('demo')).filter((e) => e.conversationKey === 'a');
          expect(found).to.deep.equal(entry('a', r.kept, 1));
        });
      }

      it('queues all of 50 people joining at once', async () => {
        const entries = Array.from({ length: 50 }, (_, i) => entry(`p${String(i).padStart(2, '0')}`, 'none', i));
        await Promise.all(entries.map((e) => queue.join(e)));
        expect(await keys()).to.deep.equal(entries.map((e) => e.conversationKey));
      });
    });

    describe('leave', () => {
      it('takes the person out, closes the gap and answers whether they were there', async () => {
        await joinAll([entry('a', 'none', 0), entry('b', 'none', 1), entry('c', 'none', 2)]);
        expect(await queue.leave('b')).to.equal(true);
        expect(await keys()).to.deep.equal(['a', 'c']);
        expect(await queue.position('b')).to.equal(undefined);
        expect(await queue.position('c')).to.equal(2);
        expect(await queue.leave('b')).to.equal(false);
        expect(await queue.leave('never-joined')).to.equal(false);
      });

      it('is the atomic claim: of 20 leaving the same entry at once, exactly one gets it', async () => {
        await queue.join(entry('a'));
        const results = await Promise.all(Array.from({ length: 20 }, () => queue.leave('a')));
        expect(results.filter(Boolean)).to.have.length(1);
        expect(await keys()).to.deep.equal([]);
      });

      it('forgets everything ("delete my data"): joining again starts afresh, at the new time and risk', async () => {
        await joinAll([entry('a', 'emergency', 0), entry('b', 'none', 1)]);
        await queue.leave('a');
        await queue.join(entry('a', 'none', 2));
        expect(await queue.list('demo')).to.deep.equal([entry('b', 'none', 1), entry('a', 'none', 2)]);
      });
    });

    it('has no position for someone who never joined', async () => {
      expect(await queue.position('never-joined')).to.equal(undefined);
    });

    describe('copies', () => {
      it('keeps its own copy of what joined: changing the caller’s entry afterwards changes nothing queued', async () => {
        const joined = entry('a', 'none', 0);
        await queue.join(joined);
        await queue.join(entry('b', 'none', 1));
        joined.risk = 'emergency';
        joined.joinedAt = T0 + 9 * MINUTE;
        expect(await queue.list('demo')).to.deep.equal([entry('a', 'none', 0), entry('b', 'none', 1)]);
      });

      it('lists copies: changing what list returns changes nothing queued', async () => {
        await joinAll([entry('a', 'none', 0), entry('b', 'none', 1)]);
        const [first] = await queue.list('demo');
        first.risk = 'emergency';
        first.org = 'elsewhere';
        expect(await queue.list('demo')).to.deep.equal([entry('a', 'none', 0), entry('b', 'none', 1)]);
      });
    });
  });
}
