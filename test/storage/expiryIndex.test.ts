/** The expiry index remembers only this hour's listings: a key from an earlier hour is listed again. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { KeyedMutex } from '../../core/keyedMutex';
import { ExpiryIndex } from '../../storage/expiryIndex';
import { BUCKET_MS, bucketPath } from '../../storage/lowdbLayout';

const T0 = Date.UTC(2026, 0, 5, 10, 5);

describe('ExpiryIndex', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'expiry-index-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const lines = async (start: number) => (await readFile(bucketPath(dir, Math.floor(start / BUCKET_MS) * BUCKET_MS), 'utf8')).split('\n').filter(Boolean);
  const remembered = (index: ExpiryIndex) => (index as unknown as { listed: Map<string, number> }).listed.size;

  it('appends a key once an hour however often it is written', async () => {
    const index = new ExpiryIndex(dir, new KeyedMutex());
    for (let i = 0; i < 3; i++) await index.record('a', T0 + i * 60_000);
    await index.record('a', T0 + BUCKET_MS);
    expect(await lines(T0)).to.deep.equal(['a']);
    expect(await lines(T0 + BUCKET_MS)).to.deep.equal(['a']);
  });

  it("forgets the last hour's keys when the hour turns, so memory follows the keys written this hour", async () => {
    const index = new ExpiryIndex(dir, new KeyedMutex());
    for (let i = 0; i < 100; i++) await index.record(`key-${i}`, T0);
    expect(remembered(index)).to.equal(100);
    await index.record('key-0', T0 + BUCKET_MS);
    expect(remembered(index)).to.equal(1);
    await index.record('key-1', T0); // a write stamped in the earlier hour (a clock step back) is listed there again
    expect(await lines(T0)).to.deep.equal([...Array.from({ length: 100 }, (_, i) => `key-${i}`), 'key-1']);
  });
});
