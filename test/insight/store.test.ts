import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileCounterStore, KEEP_WEEKS, MemoryCounterStore, type CounterDocument, type DocumentFile } from '../../insight/store';
import { SnapshotFile } from '../../storage';
import { describeCounterStoreContract } from './storeContract';

describeCounterStoreContract('MemoryCounterStore', () => new MemoryCounterStore());

const dirs: string[] = [];
const fileIn = () => {
  const dir = mkdtempSync(join(tmpdir(), 'insight-'));
  dirs.push(dir);
  return new SnapshotFile<CounterDocument>(join(dir, 'insight.json'));
};
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

let file: SnapshotFile<CounterDocument>;
describeCounterStoreContract(
  'FileCounterStore',
  () => new FileCounterStore((file = fileIn())),
  async (store) => {
    await store.close();
    return new FileCounterStore(file);
  },
);

describe('FileCounterStore', () => {
  it('writes the counters only, atomically, a moment after a change', async () => {
    const snapshot = fileIn();
    const store = new FileCounterStore(snapshot, undefined, 5);
    await store.add('demo', '2026-W49', [{ metric: 'topic', category: 'money' }]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(JSON.parse(readFileSync(snapshot.path, 'utf8'))).to.deep.equal({ version: 1, counters: { 'demo|2026-W49': { 'topic|money': 1 } } });
    await store.close();
  });

  it(`drops weeks more than ${KEEP_WEEKS} behind the newest`, async () => {
    const saved: CounterDocument[] = [];
    const sink: DocumentFile<CounterDocument> = { load: () => undefined, save: (doc) => void saved.push(doc) };
    const store = new FileCounterStore(sink);
    await store.add('demo', '2023-W01', [{ metric: 'topic', category: 'money' }]);
    await store.add('demo', '2026-W49', [{ metric: 'topic', category: 'money' }]);
    store.flush();
    expect(Object.keys(saved[0].counters)).to.deep.equal(['demo|2026-W49']);
  });

  it('keeps counting in memory when the file cannot be written, and reports it', async () => {
    const errors: unknown[] = [];
    const sink: DocumentFile<CounterDocument> = {
      load: () => undefined,
      save: () => {
        throw new Error('disk full');
      },
    };
    const store = new FileCounterStore(sink, (e) => errors.push(e));
    await store.add('demo', '2026-W49', [{ metric: 'topic', category: 'money' }]);
    store.flush();
    expect(errors).to.have.length(1);
    expect(await store.read(['demo'], ['2026-W49'])).to.have.length(1);
  });
});
