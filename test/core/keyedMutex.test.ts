/** One queue per key: call order within a key, parallel across keys, nothing kept for idle keys. */
import { expect } from 'chai';
import { KeyedMutex } from '../../core/keyedMutex';
import { conversationKey } from '../../core/conversationKey';

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('core/keyedMutex', () => {
  it('runs tasks of one key one at a time, in call order', async () => {
    const mutex = new KeyedMutex();
    const held = gate();
    const order: string[] = [];
    const first = mutex.run('a', async () => {
      await held.promise;
      order.push('first');
    });
    const second = mutex.run('a', async () => void order.push('second'));
    const other = mutex.run('b', async () => void order.push('other key'));
    await other;
    expect(order).to.deep.equal(['other key']);
    held.open();
    await Promise.all([first, second]);
    expect(order).to.deep.equal(['other key', 'first', 'second']);
  });

  it('a failing task rejects its own caller only; the next one runs', async () => {
    const mutex = new KeyedMutex();
    const failing = mutex.run('a', async () => {
      throw new Error('boom');
    });
    const next = mutex.run('a', async () => 'ran');
    expect(
      await failing.then(
        () => 'resolved',
        (e: Error) => e.message,
      ),
    ).to.equal('boom');
    expect(await next).to.equal('ran');
  });

  it('forgets a key as soon as its last task settles, before the caller resumes', async () => {
    const mutex = new KeyedMutex();
    for (let i = 0; i < 50; i++) await mutex.run(`k${i}`, async () => undefined);
    expect(mutex.activeKeys).to.equal(0);
  });

  it('drained() waits for tasks queued meanwhile', async () => {
    const mutex = new KeyedMutex();
    const held = gate();
    const done: string[] = [];
    void mutex.run('a', () => held.promise);
    const draining = mutex.drained();
    void mutex.run('a', async () => void done.push('late'));
    held.open();
    await draining;
    expect(done).to.deep.equal(['late']);
  });
});

describe('core/conversationKey', () => {
  it('is an opaque 32-hex hash that differs by channel and by conversation (an SMS id is a phone number)', () => {
    const key = conversationKey('sms', '+447700900123');
    expect(key)
      .to.match(/^[0-9a-f]{32}$/)
      .and.not.include('7700900123');
    expect(conversationKey('sms', '+447700900123')).to.equal(key);
    expect(conversationKey('webchat', '+447700900123')).to.not.equal(key);
    expect(conversationKey('sms', '+447700900124')).to.not.equal(key);
  });
});
