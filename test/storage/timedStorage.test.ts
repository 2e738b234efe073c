/**
 * Every storage call within its budget: a store that hangs fails the call when the budget
 * runs out (time moved by fake timers, never waited for), and calls right after fail at once.
 */
import { expect } from 'chai';
import sinon from 'sinon';
import { MemoryStateStorage, StorageUnavailableError, TimedStorage, type StateStorage } from '../../storage';
import { HangingStorage } from './hangingStorage';

describe('TimedStorage: a budget for every storage call', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: Date.UTC(2026, 11, 1), toFake: ['setTimeout', 'clearTimeout', 'Date'] })));
  afterEach(() => clock.restore());

  const calls: { name: string; call: (s: StateStorage) => Promise<unknown> }[] = [
    { name: 'read', call: (s) => s.read(['a']) },
    { name: 'write', call: (s) => s.write({ a: { x: 1 } }) },
    { name: 'delete', call: (s) => s.delete(['a']) },
    { name: 'ping', call: (s) => s.ping!() },
  ];

  for (const { name, call } of calls) {
    it(`${name}: a hanging store fails with StorageUnavailableError once the budget is spent, not before`, async () => {
      const inner = new HangingStorage();
      inner.hanging = true;
      const storage = new TimedStorage(inner, 2000);
      let outcome: unknown = 'pending';
      const settled = call(storage).then(
        () => (outcome = 'resolved'),
        (error: unknown) => (outcome = error),
      );
      await clock.tickAsync(1999);
      expect(outcome).to.equal('pending');
      await clock.tickAsync(1);
      await settled;
      expect(outcome).to.be.instanceOf(StorageUnavailableError).and.include({ reason: 'timeout' });
    });
  }

  it('after a timeout, calls fail at once for one budget (queued turns do not each wait), then the store is tried again', async () => {
    const inner = new HangingStorage();
    inner.hanging = true;
    const storage = new TimedStorage(inner, 2000);
    const first = storage.read(['a']).catch((e: unknown) => e);
    await clock.tickAsync(2000);
    expect(await first).to.be.instanceOf(StorageUnavailableError);
    const callsBefore = inner.calls;
    const second = await storage.read(['a']).catch((e: unknown) => e);
    expect(second).to.be.instanceOf(StorageUnavailableError).and.include({ reason: 'open' });
    expect(inner.calls, 'the dead store was not called').to.equal(callsBefore);
    inner.hanging = false;
    await clock.tickAsync(2000);
    await storage.write({ a: { n: 1 } });
    expect((await storage.read(['a'])).a).to.include({ n: 1 });
  });

  it('a store that answers in time is passed through unchanged, errors included', async () => {
    const inner = new MemoryStateStorage();
    const storage = new TimedStorage(inner, 2000);
    await storage.write({ k: { v: 'x' } });
    expect((await storage.read(['k'])).k).to.include({ v: 'x' });
    const keys: string[] = [];
    for await (const key of storage.keys()) keys.push(key);
    expect(keys).to.deep.equal(['k']);
    sinon.stub(inner, 'read').rejects(new Error('disk full'));
    const error = await storage.read(['k']).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(Error).and.not.instanceOf(StorageUnavailableError);
  });
});
