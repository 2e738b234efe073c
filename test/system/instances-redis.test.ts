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
import { RedisSeenActivities, RedisTurnLease } from '../../storage';
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
