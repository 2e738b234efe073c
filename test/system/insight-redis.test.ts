/**
 * The Redis counter store against a real server (a private redis-server, bench/scale/redisServer.ts):
 * the same contract as the file store, plus what Redis adds: one hash per organisation and week,
 * kept for KEEP_WEEKS, and counts shared by two instances. Skipped without redis-server, except in CI.
 */
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisLeadership } from '../../insight/leadership';
import { RedisCounterStore } from '../../insight/redisStore';
import { KEEP_WEEKS } from '../../insight/store';
import { RedisServer } from '../../bench/scale/redisServer';
import { describeCounterStoreContract } from '../insight/storeContract';

describe('insight counters on Redis (real server)', function () {
  this.timeout(30_000);
  let server: RedisServer | undefined;
  const clients: Redis[] = [];
  const client = () => {
    const made = new Redis(server!.url);
    clients.push(made);
    return made;
  };

  before(async function () {
    try {
      server = await RedisServer.start();
    } catch (error) {
      if (process.env.CI === 'true') throw error;
      this.skip();
    }
  });
  after(async () => {
    for (const c of clients) c.disconnect();
    await server?.stop();
  });

  describeCounterStoreContract('RedisCounterStore', () => new RedisCounterStore(client(), `test:${randomUUID()}:`));

  it('keeps one hash per organisation and week, expiring after the weeks kept', async () => {
    const prefix = `test:${randomUUID()}:`;
    const store = new RedisCounterStore(client(), prefix);
    await store.add('demo', '2026-W49', [{ metric: 'topic', category: 'money' }]);
    const inspector = client();
    expect(await inspector.keys(`${prefix}*`)).to.deep.equal([`${prefix}insight:demo:2026-W49`]);
    expect(await inspector.hgetall(`${prefix}insight:demo:2026-W49`)).to.deep.equal({ 'topic|money': '1' });
    expect(await inspector.ttl(`${prefix}insight:demo:2026-W49`)).to.be.within(KEEP_WEEKS * 7 * 86_400 - 60, KEEP_WEEKS * 7 * 86_400);
  });

  it('sends the counts gathered meanwhile in one script, each counter by its sum', async () => {
    const prefix = `test:${randomUUID()}:`;
    const redis = client();
    let writes = 0;
    const evalsha = redis.evalsha.bind(redis);
    redis.evalsha = ((...args: Parameters<typeof evalsha>) => (writes++, evalsha(...args))) as typeof redis.evalsha;
    const store = new RedisCounterStore(redis, prefix);
    await Promise.all([
      store.add('demo', '2026-W49', [{ metric: 'topic', category: 'money' }]),
      ...Array.from({ length: 20 }, () => store.add('demo', '2026-W49', [{ metric: 'topic', category: 'money' }])),
      store.add('valleys', '2026-W49', [{ metric: 'language', category: 'cy' }]),
    ]);
    expect(writes).to.equal(1); // all within the gathering time: one write
    expect(await client().hgetall(`${prefix}insight:demo:2026-W49`)).to.deep.equal({ 'topic|money': '21' });
    expect(await client().hgetall(`${prefix}insight:valleys:2026-W49`)).to.deep.equal({ 'language|cy': '1' });
  });

  it('counts that come while a write is on its way go together in the next', async () => {
    const prefix = `test:${randomUUID()}:`;
    const redis = client();
    let writes = 0;
    const evalsha = redis.evalsha.bind(redis);
    redis.evalsha = ((...args: Parameters<typeof evalsha>) => (writes++, evalsha(...args))) as typeof redis.evalsha;
    const store = new RedisCounterStore(redis, prefix, undefined, 0);
    const first = store.add('demo', '2026-W49', [{ metric: 'topic', category: 'money' }]);
    while (writes === 0) await new Promise((resolve) => setImmediate(resolve));
    await Promise.all([first, ...Array.from({ length: 20 }, () => store.add('demo', '2026-W49', [{ metric: 'topic', category: 'work' }]))]);
    expect(writes).to.equal(2);
    expect(await client().hgetall(`${prefix}insight:demo:2026-W49`)).to.deep.equal({ 'topic|money': '1', 'topic|work': '20' });
  });

  it('fails every count of a group whose write fails, and writes the next group', async () => {
    const prefix = `test:${randomUUID()}:`;
    const redis = client();
    const evalsha = redis.evalsha.bind(redis);
    let fail = true;
    redis.evalsha = ((...args: Parameters<typeof evalsha>) => {
      if (!fail) return evalsha(...args);
      fail = false;
      throw new Error('down');
    }) as typeof redis.evalsha;
    const store = new RedisCounterStore(redis, prefix);
    const outcomes = await Promise.allSettled([store.add('demo', '2026-W49', [{ metric: 'topic', category: 'money' }])]);
    expect(outcomes[0]?.status).to.equal('rejected');
    await store.add('demo', '2026-W49', [{ metric: 'topic', category: 'work' }]);
    expect(await client().hgetall(`${prefix}insight:demo:2026-W49`)).to.deep.equal({ 'topic|work': '1' });
  });

  it('lets one instance at a time lead the hand-off counting, and another take over when it stops renewing', async () => {
    const prefix = `test:${randomUUID()}:`;
    let now = 0;
    const one = redisLeadership(client(), { prefix, ttlMs: 300, now: () => now });
    const two = redisLeadership(client(), { prefix, ttlMs: 300, now: () => now });
    expect([await one(), await two()]).to.deep.equal([true, false]);
    now = 150; // one renews (a third of the lease has passed), two is still refused
    expect([await one(), await two()]).to.deep.equal([true, false]);
    await new Promise((resolve) => setTimeout(resolve, 400)); // one stops renewing: its lease lapses
    now = 400;
    expect(await two()).to.equal(true);
    now = 600;
    expect(await one()).to.equal(false);
  });

  it('adds up what two instances count at once', async () => {
    const prefix = `test:${randomUUID()}:`;
    const [a, b] = [new RedisCounterStore(client(), prefix), new RedisCounterStore(client(), prefix)];
    await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).add('demo', '2026-W49', [{ metric: 'conversations', category: 'started' }])));
    expect((await a.read(['demo'], ['2026-W49']))[0].value).to.equal(100);
  });
});
