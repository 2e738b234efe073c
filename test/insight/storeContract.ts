/** What every insight counter store must do: the in-process/file store and Redis (test/system/insight-redis.test.ts). */
import { expect } from 'chai';
import type { CounterStore } from '../../insight/store';

export function describeCounterStoreContract(
  name: string,
  make: () => Promise<CounterStore> | CounterStore,
  reopen?: (store: CounterStore) => Promise<CounterStore>,
): void {
  describe(`${name} (counter store contract)`, () => {
    let store: CounterStore;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    const sorted = async (orgs: string[], weeks: string[]) =>
      (await store.read(orgs, weeks)).map((c) => `${c.org} ${c.week} ${c.metric} ${c.category} ${c.value}`).sort();

    it('adds one per event, by organisation, week, metric and category', async () => {
      await store.add('demo', '2026-W49', [
        { metric: 'topic', category: 'money' },
        { metric: 'topic', category: 'money' },
        { metric: 'language', category: 'cy' },
      ]);
      await store.add('demo', '2026-W50', [{ metric: 'topic', category: 'money' }]);
      await store.add('valleys', '2026-W49', [{ metric: 'unmet', category: 'break/W06000015' }]);
      expect(await sorted(['demo'], ['2026-W49'])).to.deep.equal(['demo 2026-W49 language cy 1', 'demo 2026-W49 topic money 2']);
      expect(await sorted(['demo', 'valleys'], ['2026-W49', '2026-W50'])).to.deep.equal([
        'demo 2026-W49 language cy 1',
        'demo 2026-W49 topic money 2',
        'demo 2026-W50 topic money 1',
        'valleys 2026-W49 unmet break/W06000015 1',
      ]);
    });

    it('reads nothing for weeks and organisations never counted', async () => {
      expect(await store.read(['nobody'], ['2026-W01'])).to.deep.equal([]);
      expect(await store.read([], [])).to.deep.equal([]);
    });

    it('loses no increment when many run at once', async () => {
      await Promise.all(Array.from({ length: 200 }, () => store.add('demo', '2026-W49', [{ metric: 'conversations', category: 'started' }])));
      expect(await sorted(['demo'], ['2026-W49'])).to.deep.equal(['demo 2026-W49 conversations started 200']);
    });

    if (reopen)
      it('keeps the counts when reopened', async () => {
        await store.add('demo', '2026-W49', [{ metric: 'risk', category: 'urgent' }]);
        store = await reopen(store);
        expect(await sorted(['demo'], ['2026-W49'])).to.deep.equal(['demo 2026-W49 risk urgent 1']);
      });
  });
}
