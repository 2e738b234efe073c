/** The Redis admin store's subscription: a failed SUBSCRIBE is retried when the connection is ready, never left unhandled. */
import { expect } from 'chai';
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import { RedisAdminStore } from '../../admin';

class FlakySubscriber extends EventEmitter {
  calls = 0;
  constructor(private readonly failures: number) {
    super();
  }
  subscribe(): Promise<number> {
    this.calls++;
    return this.calls <= this.failures ? Promise.reject(new Error('Command timed out')) : Promise.resolve(1);
  }
  unsubscribe(): Promise<number> {
    return Promise.resolve(0);
  }
  disconnect(): void {}
}

describe('admin store on Redis: subscribing', () => {
  it('tries again when the connection is ready, and is ready once subscribed', async () => {
    const subscriber = new FlakySubscriber(2);
    const store = new RedisAdminStore({ disconnect: () => undefined } as unknown as Redis, subscriber as unknown as Redis, 'test:');
    let ready = false;
    void store.ready().then(() => (ready = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(ready, 'not ready while SUBSCRIBE fails').to.equal(false);
    subscriber.emit('ready');
    await new Promise((resolve) => setImmediate(resolve));
    expect(ready, 'the second failure waits for the next ready').to.equal(false);
    subscriber.emit('ready');
    await store.ready();
    expect(subscriber.calls).to.equal(3);
    expect(subscriber.listenerCount('ready'), 'stops listening once subscribed').to.equal(0);
    await store.close();
  });
});
