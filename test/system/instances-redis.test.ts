/**
 * One Redis (our own, on a free port) under the bot: turn leases and the activity record shared
 * between processes, and with Redis hung (SIGSTOP) or stopped, every risky message takes the
 * fail-safe path: the crisis contacts come back although nothing can be loaded or saved.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { Redis } from 'ioredis';
import { loadConfig } from '../../config';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';
import { RedisQueue } from '../../handoff/redisQueue';
import sinon from 'sinon';
import { RedisSeenActivities, RedisStorage, RedisTurnLease } from '../../storage';
import { queueContract } from '../handoff/queueContract';
import { hashKey } from '../../storage/lowdbLayout';
import { RedisServer } from '../../bench/scale/redisServer';
import { messageActivity, postMessage } from '../../bench/scale/messages';

const CRISIS = [/116 123/, /85258/, /999/];

describe('several instances on one Redis: leases, activity record, fail-safe', function () {
  this.timeout(60_000);
  let redis: RedisServer;
  before(async () => {
    redis = await RedisServer.start();
  });
  after(() => redis.stop());

  describe('the hand-off queue on Redis', () => {
    let client: Redis;
    before(() => (client = new Redis(redis.url)));
    after(() => client.disconnect());
    queueContract('RedisQueue', () => new RedisQueue(client, `test:${randomUUID()}:`));
  });

  it('a conversation lease is held by one turn at a time; the next waits for its release', async () => {
    const a = new Redis(redis.url);
    const b = new Redis(redis.url);
    try {
      const first = await new RedisTurnLease(a).acquire('conv-lease');
      let second = false;
      const waiting = new RedisTurnLease(b).acquire('conv-lease').then((release) => ((second = true), release));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(second, 'waits while the first holds it').to.equal(false);
      await first();
      await (
        await waiting
      )();
      expect(second).to.equal(true);
    } finally {
      a.disconnect();
      b.disconnect();
    }
  });

  it('a dead holder frees the lease after its time (a killed instance does not block the conversation)', async () => {
    const a = new Redis(redis.url);
    try {
      // A holder that died: its lease is in Redis, nobody renews it.
      await a.set(`carers-bot:lease:${hashKey('conv-dead')}`, 'dead-instance', 'PX', 300);
      const release = await new RedisTurnLease(a, { leaseMs: 300 }).acquire('conv-dead');
      expect(await a.get(`carers-bot:lease:${hashKey('conv-dead')}`)).to.not.equal('dead-instance');
      await release();
    } finally {
      a.disconnect();
    }
  });

  it('the activity record: first sighting once across connections (SET NX PX)', async () => {
    const a = new Redis(redis.url);
    const b = new Redis(redis.url);
    try {
      const answers = await Promise.all([new RedisSeenActivities(a, 60_000).firstSighting('c:1'), new RedisSeenActivities(b, 60_000).firstSighting('c:1')]);
      expect(answers.filter(Boolean)).to.have.length(1);
    } finally {
      a.disconnect();
      b.disconnect();
    }
  });

  describe('the start of a turn in one script: record, lease, state, hand-off', () => {
    let client: Redis;
    let state: RedisStorage;
    let prefix: string;
    beforeEach(() => {
      prefix = `test:${randomUUID()}:`;
      client = new Redis(redis.url);
      state = new RedisStorage({ client, prefix: `${prefix}state:` });
    });
    afterEach(() => {
      sinon.restore();
      client.disconnect();
    });
    const leaseOf = (c: Redis = client, leaseMs?: number, releaseDelayMs?: number) =>
      new RedisTurnLease(c, { state, prefix: `${prefix}lease:`, seenPrefix: `${prefix}seen:`, seenMs: 60_000, leaseMs, releaseDelayMs });
    const leaseKey = (conversation: string) => `${prefix}lease:${hashKey(conversation)}`;

    it('a repeated activity id is a repeat (no lease taken); another id is not', async () => {
      const first = await leaseOf().begin('conv-a', { seen: 'conv-a:1' });
      expect(first.repeat).to.equal(false);
      await first.release();
      const again = await leaseOf().begin('conv-a', { seen: 'conv-a:1' });
      expect(again.repeat).to.equal(true);
      expect(await client.exists(`${prefix}lease:${hashKey('conv-a')}`)).to.equal(0);
      const other = await leaseOf().begin('conv-a', { seen: 'conv-a:2' });
      expect(other.repeat).to.equal(false);
      await other.release();
    });

    it('the same id on two connections at once: one runs, the other is a repeat at once (the script is atomic)', async () => {
      const b = new Redis(redis.url);
      try {
        const starts = await Promise.all([leaseOf().begin('conv-b', { seen: 'conv-b:1' }), leaseOf(b).begin('conv-b', { seen: 'conv-b:1' })]);
        const running = starts.filter((start) => !start.repeat);
        expect(running).to.have.length(1);
        await running[0].release();
      } finally {
        b.disconnect();
      }
    });

    it('the state read with the lease answers the load of the turn once, without another call; a second read asks Redis', async () => {
      await state.write({ 'webchat/conversations/c1/': { data: { n: 1 } } });
      const start = await leaseOf().begin('conv-c', { stateKey: 'webchat/conversations/c1/' });
      const hmget = sinon.spy(client, 'hmget');
      const loaded = await state.read(['webchat/conversations/c1/']);
      expect(loaded['webchat/conversations/c1/']).to.deep.include({ data: { n: 1 } });
      expect(hmget.called, 'the first read was answered from the script').to.equal(false);
      await state.read(['webchat/conversations/c1/']);
      expect(hmget.calledOnce).to.equal(true);
      await start.release();
    });

    it('a state never stored reads as nothing, and the eTag read with the lease still guards the save', async () => {
      const start = await leaseOf().begin('conv-d', { stateKey: 'webchat/conversations/d1/' });
      expect(await state.read(['webchat/conversations/d1/'])).to.deep.equal({});
      await state.write({ 'webchat/conversations/d1/': { v: 1 } });
      await start.release();
      const next = await leaseOf().begin('conv-d', { stateKey: 'webchat/conversations/d1/' });
      const item = (await state.read(['webchat/conversations/d1/']))['webchat/conversations/d1/'];
      await state.write({ 'webchat/conversations/d1/': { v: 'other instance' } });
      let refused = false;
      await state.write({ 'webchat/conversations/d1/': { ...item, v: 2 } }).catch(() => (refused = true));
      expect(refused, 'a stale eTag is refused').to.equal(true);
      await next.release();
    });

    it('a state the turn never loaded is dropped with its release (the next turn reads afresh)', async () => {
      await state.write({ 'webchat/conversations/e1/': { v: 1 } });
      const start = await leaseOf().begin('conv-e', { stateKey: 'webchat/conversations/e1/' });
      await start.release();
      await state.write({ 'webchat/conversations/e1/': { v: 2 } });
      expect((await state.read(['webchat/conversations/e1/']))['webchat/conversations/e1/']).to.deep.include({ v: 2 });
    });

    const handoffCases = [
      { name: 'no hand-off key: not proved absent', key: undefined, exists: false, absent: false },
      { name: 'the key missing: proved absent', key: 'h1', exists: false, absent: true },
      { name: 'the key there: not absent', key: 'h2', exists: true, absent: false },
    ];
    for (const { name, key, exists, absent } of handoffCases) {
      it(`the hand-off check: ${name}`, async () => {
        const handoffKey = key && `${prefix}handoff:s:${key}`;
        if (handoffKey && exists) await client.hset(handoffKey, 'json', '{}');
        const start = await leaseOf().begin(`conv-${key}`, { handoffKey });
        expect(start.handoffAbsent).to.equal(absent);
        await start.release();
      });
    }

    it('a lease held elsewhere: the start waits for it, then reads the state written meanwhile', async () => {
      const b = new Redis(redis.url);
      try {
        const holder = await leaseOf(b).begin('conv-f', {});
        let started = false;
        const waiting = leaseOf()
          .begin('conv-f', { stateKey: 'webchat/conversations/f1/' })
          .then((s) => ((started = true), s));
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(started).to.equal(false);
        await state.write({ 'webchat/conversations/f1/': { v: 'written by the holder' } });
        await holder.release();
        const start = await waiting;
        expect((await state.read(['webchat/conversations/f1/']))['webchat/conversations/f1/']).to.deep.include({ v: 'written by the holder' });
        await start.release();
      } finally {
        b.disconnect();
      }
    });

    it('a lease given back rides on the next start script (no round trip of its own), whichever conversation it starts', async () => {
      const lease = leaseOf(client, undefined, 60_000); // the timer never fires here
      const first = await lease.begin('conv-g', {});
      let released = false;
      const release = first.release().then(() => (released = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await client.exists(leaseKey('conv-g')), 'not sent alone').to.equal(1);
      expect(released).to.equal(false);
      const evalsha = sinon.spy(client, 'evalsha');
      const other = await lease.begin('conv-h', {});
      await release;
      expect(evalsha.callCount, 'one script for the start and the release').to.equal(1);
      expect(await client.exists(leaseKey('conv-g'))).to.equal(0);
      expect(await client.exists(leaseKey('conv-h'))).to.equal(1);
      void other.release();
      await lease.flush();
      expect(await client.exists(leaseKey('conv-h')), 'flush sends it now').to.equal(0);
    });

    it("the next turn of the same conversation carries its predecessor's release and takes the lease at once", async () => {
      const lease = leaseOf(client, undefined, 60_000);
      const first = await lease.begin('conv-i', {});
      void first.release();
      const evalsha = sinon.spy(client, 'evalsha');
      const next = await lease.begin('conv-i', {});
      expect(next.repeat).to.equal(false);
      expect(evalsha.callCount, 'the lease free on the first try').to.equal(1);
      void next.release();
      await lease.flush();
    });

    it('with no start to carry it, a lease given back goes alone after its delay; another instance then takes it', async () => {
      const b = new Redis(redis.url);
      try {
        const holder = await leaseOf(client, undefined, 20).begin('conv-j', {});
        await holder.release();
        expect(await client.exists(leaseKey('conv-j'))).to.equal(0);
        const elsewhere = await leaseOf(b).begin('conv-j', {});
        expect(elsewhere.repeat).to.equal(false);
        await elsewhere.release();
      } finally {
        b.disconnect();
      }
    });
  });

  describe('the server on Redis, Redis hung or down', () => {
    let running: RunningApp;
    beforeEach(async () => {
      const config = loadConfig({ PORT: '0', STORAGE: 'redis', REDIS_URL: redis.url, LOG_LEVEL: 'silent', STORAGE_TIMEOUT_MS: '2000' });
      running = await startServer(config, createLogger('silent'), {}, '127.0.0.1');
    });
    afterEach(async () => {
      redis.resume();
      await running.stop();
    });

    let n = 0;
    async function send(text: string, conversation: string): Promise<string> {
      const response = await postMessage(running.url, messageActivity(conversation, `m-${++n}`, text, { from: 'p' }));
      expect(response.status).to.equal(200);
      return JSON.stringify(await response.json());
    }

    it('a repeated delivery on Redis gets 200 and no reply; a hand-off-free turn still answers', async () => {
      const activity = messageActivity('repeat-1', 'r-1', 'money worries', { from: 'p' });
      const first = (await (await postMessage(running.url, activity)).json()) as { activities?: unknown[] };
      expect(first.activities?.length ?? 0).to.be.greaterThan(0);
      const again = await postMessage(running.url, activity);
      expect(again.status).to.equal(200);
      const body = (await again.json()) as { activities?: unknown[] } | null;
      expect(body?.activities ?? []).to.have.length(0);
    });

    it('hung (SIGSTOP): risky messages get the crisis contacts by the fail-safe, /readyz says storage, /healthz stays up', async () => {
      await send('hello', 'hung-1');
      redis.pause();
      for (const conversation of ['hung-1', 'hung-2', 'hung-1']) {
        const reply = await send('I want to kill myself tonight', conversation);
        for (const number of CRISIS) expect(reply).to.match(number);
      }
      const ready = await fetch(`${running.url}/readyz`);
      expect(ready.status).to.equal(503);
      expect(await ready.json()).to.include({ storage: 'unreachable' });
      expect((await fetch(`${running.url}/healthz`)).status).to.equal(200);
      redis.resume();
    });

    it('stopped, then back: risky messages take the fail-safe path meanwhile, turns are normal again after', async () => {
      await send('hello', 'down-1');
      await redis.stop();
      try {
        for (let i = 0; i < 3; i++) {
          const reply = await send('I want to end my life', `down-${i}`);
          for (const number of CRISIS) expect(reply).to.match(number);
        }
      } finally {
        await redis.start();
      }
      // The client reconnects in the background; the next turns find the state again.
      let reply = '';
      for (let i = 0; i < 50 && !/money|benefit|working/i.test(reply); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        reply = await send('money worries', 'down-back');
      }
      expect(reply).to.match(/money|benefit|working/i);
    });
  });
});
