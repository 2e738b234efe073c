/**
 * The local Direct Line shared on Redis (a private redis-server on a free port): the conversation
 * store passes the same contract as the in-process one, and two stores on one Redis behave as two
 * instances: an activity appended by one reaches a stream held by the other, a token minted by one
 * verifies on the other, a stream ticket is single use across both, and the rate limit is one count.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { Redis } from 'ioredis';
import type { ActivitySet, ConversationLimits } from '../../directline/conversations';
import { RedisConversationStore } from '../../directline/redisConversations';
import { RedisRateLimit } from '../../directline/redisRateLimit';
import { RedisTokenStore } from '../../directline/redisTokens';
import { RedisServer } from '../../bench/scale/redisServer';
import { conversationsContract } from '../directline/conversationsContract';

const LIMITS: ConversationLimits = { historyLimit: 200, idleMs: 3_600_000, unstartedIdleMs: 300_000, maxConversations: 100, reserve: 0, perOwner: 0 };

describe('Direct Line on Redis', function () {
  this.timeout(30_000);
  let redis: RedisServer;
  const connections: Redis[] = [];
  const connect = (): Redis => {
    const client = new Redis(redis.url);
    connections.push(client);
    return client;
  };
  before(async () => {
    redis = await RedisServer.start();
  });
  after(async () => {
    for (const client of connections.splice(0)) client.disconnect();
    await redis.stop();
  });

  conversationsContract(
    'RedisConversationStore',
    ({ limits, now }) => new RedisConversationStore({ client: connect(), subscriber: connect(), limits, now, prefix: `test:${randomUUID()}:` }),
    { dispose: (store) => store.close() },
  );

  describe('two instances on one Redis', () => {
    let prefix: string;
    beforeEach(() => (prefix = `test:${randomUUID()}:`));
    const store = () => new RedisConversationStore({ client: connect(), subscriber: connect(), limits: LIMITS, prefix });
    const tokens = () => new RedisTokenStore({ client: connect(), tokenTtlMs: 1_800_000, ticketTtlMs: 120_000, prefix });

    it('an activity appended on one reaches a stream held by the other, in order, with its watermark', async () => {
      const [a, b] = [store(), store()];
      try {
        const { id } = await a.create('dl_user');
        const sets: ActivitySet[] = [];
        const stop = (await b.listen(id, { send: (set) => void sets.push(set), close: () => undefined }))!;
        for (const text of ['one', 'two', 'three']) await a.append(id, { type: 'message', text });
        await b.append(id, { type: 'message', text: 'four' });
        for (let i = 0; i < 100 && sets.length < 4; i++) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(sets.map((s) => [s.activities[0].text, s.watermark])).to.deep.equal([
          ['one', '1'],
          ['two', '2'],
          ['three', '3'],
          ['four', '4'],
        ]);
        stop();
        // Removed on one: the other's streams close.
        let closed = 0;
        await b.listen(id, { send: () => undefined, close: () => void closed++ });
        await a.remove(id);
        for (let i = 0; i < 100 && !closed; i++) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(closed).to.equal(1);
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('the bot is told once that the conversation started, whichever instance asks', async () => {
      const [a, b] = [store(), store()];
      try {
        const { id } = await a.create('dl_user');
        const answers = await Promise.all([a.markStarted(id), b.markStarted(id), a.markStarted(id), b.markStarted(id)]);
        expect(answers.filter(Boolean)).to.have.length(1);
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('a token minted on one verifies on the other; a forged or altered one nowhere', async () => {
      const [a, b] = [tokens(), tokens()];
      const { token } = await a.issue('conv-1', 'dl_1');
      expect(await b.verify(token)).to.include({ conversationId: 'conv-1', userId: 'dl_1' });
      const [payload, signature] = token.split('.');
      const other = Buffer.from(JSON.stringify({ c: 'conv-2', u: 'dl_1', e: Date.now() + 60_000 })).toString('base64url');
      for (const forged of [`${other}.${signature}`, `${payload}.${'A'.repeat(signature.length)}`, payload, `${token}.x`, '']) {
        expect(await b.verify(forged), forged.slice(0, 20)).to.equal(undefined);
      }
      // Another deployment (another signing key in its Redis) does not accept it.
      const elsewhere = new RedisTokenStore({ client: connect(), tokenTtlMs: 1_800_000, ticketTtlMs: 120_000, prefix: `test:${randomUUID()}:` });
      expect(await elsewhere.verify(token)).to.equal(undefined);
    });

    it('a token verifies with Redis hung, once the instance has its signing key (the fail-safe needs the message)', async () => {
      const a = tokens();
      const { token } = await a.issue('conv-1', 'dl_1');
      const b = new RedisTokenStore({ client: connect(), tokenTtlMs: 1_800_000, ticketTtlMs: 120_000, prefix });
      await b.signingKey();
      redis.pause();
      try {
        expect(await b.verify(token)).to.include({ conversationId: 'conv-1' });
      } finally {
        redis.resume();
      }
    });

    it('a stream ticket is single use across instances', async () => {
      const [a, b] = [tokens(), tokens()];
      const ticket = await a.issueTicket('conv-1', 4);
      const redeemed = await Promise.all([a.redeemTicket(ticket), b.redeemTicket(ticket)]);
      expect(redeemed.filter(Boolean)).to.have.length(1);
      expect(redeemed.find(Boolean)).to.include({ conversationId: 'conv-1', watermark: 4 });
    });

    it('the rate limit is one count across instances', async () => {
      const limits = [0, 1, 2].map(() => new RedisRateLimit({ client: connect(), limit: 4, prefix }));
      const decisions = [];
      for (let i = 0; i < 6; i++) decisions.push((await limits[i % 3].take('203.0.113.9')).allowed);
      expect(decisions).to.deep.equal([true, true, true, true, false, false]);
      expect((await limits[0].take('198.51.100.1')).allowed).to.equal(true);
    });

    it('the caps count every instance’s conversations (one Lua step each: no overshoot when they race)', async () => {
      const small = { ...LIMITS, maxConversations: 10, perOwner: 4 };
      const stores = [0, 1, 2].map(() => new RedisConversationStore({ client: connect(), subscriber: connect(), limits: small, prefix }));
      try {
        const outcomes = await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            stores[i % 3].create('u', {}, `addr-${i % 5}`).then(
              () => 'ok',
              (error: Error) => error.message,
            ),
          ),
        );
        expect(outcomes.filter((o) => o === 'ok')).to.have.length(10);
        expect(await stores[0].ids()).to.have.length(10);
      } finally {
        for (const s of stores) await s.close();
      }
    });
  });
});
