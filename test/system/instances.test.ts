/**
 * Three instances (`node dist/server.mjs`) on one Redis behind a round-robin proxy, driven through
 * the real HTTP API as a channel would: 50 conversations × 10 concurrent messages, every message
 * answered and every turn kept in the shared state, one turn at a time per conversation.
 */
import { expect } from 'chai';
import { RedisStorage } from '../../storage';
import { buildServer, RoundRobinProxy, startInstance, type Instance } from '../../bench/scale/instances';
import { RedisServer } from '../../bench/scale/redisServer';
import { messageActivity } from '../../bench/scale/messages';

interface Line {
  from: string;
  text: string;
}

describe('three instances on one Redis behind a round-robin proxy', function () {
  this.timeout(300_000);
  let redis: RedisServer;
  let instances: Instance[] = [];
  let proxy: RoundRobinProxy;
  let base: string;
  let storage: RedisStorage;

  before(async () => {
    buildServer();
    redis = await RedisServer.start();
    instances = await Promise.all([0, 1, 2].map(() => startInstance(redis)));
    proxy = new RoundRobinProxy(instances);
    base = await proxy.start();
    // Warm each instance (its first turn loads the recognizer and the catalogue), as a deployment's readiness would.
    await Promise.all(instances.map((instance, i) => warm(instance, `warm-${i}`)));
    storage = new RedisStorage({ url: redis.url });
  });
  after(async () => {
    await storage?.close();
    await proxy?.stop();
    await Promise.all(instances.map((i) => i.kill('SIGTERM')));
    await redis?.stop();
  });

  /** One message as a channel posts it, replies in the response; a 502 (an instance gone) is retried with the same id. */
  async function post(conversation: string, id: string, text: string): Promise<unknown[]> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(messageActivity(conversation, id, text)),
      });
      if (response.status === 502 && attempt < 5) continue;
      expect(response.status, instances.map((i) => i.log).join('\n')).to.equal(200);
      return ((await response.json()) as { activities?: unknown[] }).activities ?? [];
    }
  }

  async function warm(instance: Instance, conversation: string): Promise<void> {
    const response = await fetch(`${instance.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(conversation, `${conversation}-0`, 'hello')),
    });
    expect(response.status).to.equal(200);
  }

  async function recent(conversation: string): Promise<Line[]> {
    const key = `webchat/conversations/${conversation}/`;
    const item = (await storage.read([key]))[key] as { data?: { recent?: Line[] } } | undefined;
    return item?.data?.recent ?? [];
  }

  it('50 conversations × 10 concurrent messages: every one answered, every turn kept, one turn at a time', async () => {
    const conversations = Array.from({ length: Number(process.env.SCALE_CONVERSATIONS ?? 50) }, (_, i) => `scale-${i}`);
    const texts = Array.from({ length: 10 }, (_, k) => `note ${k}`);
    const replies = await Promise.all(conversations.flatMap((c) => texts.map((text, k) => post(c, `${c}-${k}`, text))));
    expect(replies.filter((r) => r.length === 0).length, 'unanswered messages').to.equal(0);
    const logs = () =>
      instances
        .map((i) => i.log)
        .join('\n')
        .slice(-3000);
    for (const c of conversations) {
      const lines = await recent(c);
      const person = lines.filter((l) => l.from === 'person').map((l) => l.text);
      // 10 turns of about 3 lines fit in the 40 the state keeps: every turn is there, once.
      expect([...person].sort(), `${c}: turns kept\n${logs()}`).to.deep.equal(texts);
      // One turn at a time: each message is followed by its own replies before the next message.
      lines.forEach((line, i) => {
        if (line.from === 'person') expect(lines[i + 1]?.from, `${c}: a turn interleaved with another`).to.equal('bot');
      });
    }
  });
});
