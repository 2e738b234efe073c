/**
 * The hand-off shared across instances on one Redis (STORAGE=redis): first every Redis part
 * passes the same contract suite as its in-process twin; then three instances (`node
 * dist/server.mjs`) act as one advice line. A person's messages alternate instances and every
 * one reaches the advisor's console (HTTP API and server-sent events, load-balanced round
 * robin); the bot stays silent while the advisor holds the conversation; the advisor's replies
 * reach the person through whichever instance sends them (the channel's connector URL).
 * Last, every instance is killed and new ones started: the queue, the call backs and the
 * advisor's signed-in console are still there.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { Redis } from 'ioredis';
import { AccountStore } from '../../advisor/accounts';
import { conversationKey } from '../../core/conversationKey';
import { hashPassword } from '../../advisor/password';
import { RedisAdvisorSessions } from '../../advisor/redisSessions';
import { buildServer, RoundRobinProxy, startInstance, type Instance } from '../../bench/scale/instances';
import { RedisServer } from '../../bench/scale/redisServer';
import { RedisCallbackStore } from '../../handoff/redisCallbacks';
import { RedisDeskEvents } from '../../handoff/redisDeskEvents';
import { RedisPresence } from '../../handoff/redisPresence';
import { RedisQueue } from '../../handoff/redisQueue';
import { RedisSessionStore } from '../../handoff/redisSessionStore';
import { advisorSessionsContract } from '../advisor/sessionsContract';
import { callbackStoreContract } from '../handoff/callbackStoreContract';
import { deskEventsContract } from '../handoff/deskEventsContract';
import { presenceContract } from '../handoff/presenceContract';
import { queueContract } from '../handoff/queueContract';
import { sessionStoreContract } from '../handoff/sessionStoreContract';
import { call, startConversation, StreamReader } from '../directline/httpClient';
import { FakeChannel } from '../web/fakeChannel';
import { keepCookies } from '../advisor/cookieJar';

const PASSWORD = 'correct horse battery';

describe('the hand-off shared on Redis', function () {
  this.timeout(300_000);
  let redis: RedisServer;
  let client: Redis;
  const subscribers: Redis[] = [];

  before(async () => {
    redis = await RedisServer.start();
    client = new Redis(redis.url);
  });
  after(async () => {
    for (const s of subscribers) s.disconnect();
    client?.disconnect();
    await redis?.stop();
  });

  describe('Redis parts pass the in-process contracts', () => {
    const prefix = () => `test:${randomUUID()}:`;
    queueContract('RedisQueue', () => new RedisQueue(client, prefix()));
    presenceContract('RedisPresence', ({ timeoutMs }) => new RedisPresence(client, timeoutMs, prefix()));
    callbackStoreContract('RedisCallbackStore', ({ keepMs }) => new RedisCallbackStore(client, keepMs, prefix()));
    sessionStoreContract('RedisSessionStore', () => new RedisSessionStore(client, { prefix: prefix(), keepMs: 3_600_000 }));
    deskEventsContract('RedisDeskEvents (two instances)', async (onError) => {
      const channel = `${prefix()}events`;
      const make = () => {
        const subscriber = client.duplicate();
        subscribers.push(subscriber);
        return new RedisDeskEvents(client, subscriber, channel, (what) => onError(what));
      };
      const pair: [RedisDeskEvents, RedisDeskEvents] = [make(), make()];
      await Promise.all(pair.map((events) => events.ready));
      return pair;
    });
    advisorSessionsContract('RedisAdvisorSessions (two instances)', ({ idleMs, clock, onEnd }) => {
      const shared = prefix();
      return [new RedisAdvisorSessions(client, idleMs, clock, onEnd, shared), new RedisAdvisorSessions(client, idleMs, clock, onEnd, shared)];
    });
  });

  describe('instances as one advice line', () => {
    let advisorDir: string;
    let channel: FakeChannel;
    let serviceUrl: string;
    let instances: Instance[] = [];
    let proxy: RoundRobinProxy;
    let base: string;
    let nextId = 0;

    const start = (n: number) => Promise.all(Array.from({ length: n }, () => startInstance(redis, { ADVISOR_DIR: advisorDir })));
    const logs = () =>
      instances
        .map((i) => i.log)
        .join('\n')
        .slice(-4000);

    before(async () => {
      buildServer();
      advisorDir = mkdtempSync(join(tmpdir(), 'handoff-redis-'));
      const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
      AccountStore.inDir(advisorDir).add({ username: 'sam', name: 'Sam', org: 'demo', role: 'advisor', languages: ['en'], passwordHash });
      channel = new FakeChannel();
      serviceUrl = await channel.start();
      instances = await start(3);
      proxy = new RoundRobinProxy(instances);
      base = await proxy.start();
    });
    after(async () => {
      await proxy?.stop();
      await Promise.all(instances.map((i) => i.kill('SIGTERM')));
      await channel?.stop();
      if (advisorDir) rmSync(advisorDir, { recursive: true, force: true });
    });

    /** The person's message, posted to the instance chosen (as a load balancer would), replies through the channel's connector URL. */
    async function say(instance: Instance, conversation: string, text: string, locale = 'en-GB'): Promise<void> {
      const response = await fetch(`${instance.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `act-${++nextId}`,
          text,
          channelId: 'webchat',
          serviceUrl,
          from: { id: `person-${conversation}`, name: 'Person' },
          recipient: { id: 'bot', name: 'Bot' },
          conversation: { id: conversation },
          locale,
        }),
      });
      expect(response.status, `posting "${text}"\n${logs()}`).to.equal(200);
    }

    const queued = async (console: ConsoleClient, conversation: string) =>
      ((await console.json('GET', '/advisor/api/queue')).conversations as Summary[]).find(
        (c) => c.conversationKey === conversationKey('webchat', conversation),
      );

    /** Asks for a person, one message an instance, and answers the sharing question: waiting in the shared queue. */
    async function joinQueue(conversation: string): Promise<void> {
      await say(instances[0], conversation, 'hello');
      await say(instances[1 % instances.length], conversation, 'my dad has cancer and money is tight');
      await say(instances[2 % instances.length], conversation, 'can I talk to a real person please');
      await channel.waitFor(conversation, /queue/i);
      await say(instances[0], conversation, 'no');
    }

    it("alternating instances: every message reaches the advisor, the bot stays silent, the advisor's replies reach the person", async () => {
      const sam = new ConsoleClient(base);
      expect((await sam.signIn('sam')).status).to.equal(200);
      await sam.json('POST', '/advisor/api/heartbeat', { active: true });
      const events = await sam.events();
      try {
        const conversation = `alt-${randomUUID()}`;
        await joinQueue(conversation);
        const waiting = await queued(sam, conversation);
        expect(waiting, `the queue, read through the proxy: ${JSON.stringify(channel.textsFor(conversation))}\n${logs()}`).to.include({ phase: 'queued' });
        const key = waiting!.conversationKey;
        expect((await sam.request('POST', '/advisor/api/claim', { conversationKey: key })).status).to.equal(200);
        await channel.waitFor(conversation, /talking to Sam/);

        const texts = Array.from({ length: 6 }, (_, i) => `message ${i} for the advisor`);
        for (const [i, text] of texts.entries()) {
          const before = channel.textsFor(conversation).length;
          await say(instances[i % instances.length], conversation, text);
          // The turn has finished when the POST answers: any reply would have been posted by now.
          expect(channel.textsFor(conversation).slice(before), `the bot stays silent after "${text}"`).to.deep.equal([]);
          await events.waitFor((e) => e.type === 'message' && e.conversationKey === key && (e.line as { text?: string } | undefined)?.text === text, text);
        }
        const transcript = await sam.json('GET', `/advisor/api/transcript?conversation=${encodeURIComponent(key)}`);
        expect((transcript.lines as Array<{ text: string }>).map((l) => l.text)).to.include.members(texts);

        // Each send goes through the next instance of the round robin.
        for (let i = 0; i < 3; i++) {
          expect((await sam.request('POST', '/advisor/api/send', { conversationKey: key, text: `reply ${i} from Sam` })).status).to.equal(200);
          await channel.waitFor(conversation, new RegExp(`^Sam: reply ${i} from Sam$`));
        }
        expect((await sam.request('POST', '/advisor/api/end', { conversationKey: key })).status).to.equal(200);
        await channel.waitFor(conversation, /Sam has left the chat/);
        const back = channel.textsFor(conversation).length;
        await say(instances[1], conversation, 'what help is there with money?');
        expect(channel.textsFor(conversation).length, 'the bot answers again').to.be.greaterThan(back);
      } finally {
        events.close();
      }
    });

    it("Web Chat on the local Direct Line: the person's stream is on one instance, the advisor's replies go through the others", async () => {
      const sam = new ConsoleClient(base);
      expect((await sam.signIn('sam')).status).to.equal(200);
      const person = await startConversation(base, { locale: 'en-GB' });
      const stream = new StreamReader(person.streamUrl);
      await stream.opened;
      try {
        const post = async (text: string) => {
          const posted = await call('POST', `${person.domain}/conversations/${person.conversationId}/activities`, {
            token: person.token,
            body: { type: 'message', text, from: { id: 'ignored' }, locale: 'en-GB' },
          });
          expect(posted.status, `post "${text}"`).to.equal(200);
        };
        const texts = () => stream.activities.map((a) => a.text ?? '');
        await post('my dad has cancer and money is tight');
        await post('can I talk to a real person please');
        await stream.waitFor((activities) => activities.some((a) => /read what you've told me/i.test(a.text ?? '')));
        await post('no');
        const keys = ['webchat', 'directline'].map((channelId) => conversationKey(channelId, person.conversationId));
        const listed = ((await sam.json('GET', '/advisor/api/queue')).conversations as Summary[]).find((c) => keys.includes(c.conversationKey));
        expect(listed, `the Web Chat person in the shared queue\n${logs()}`).to.include({ phase: 'queued' });
        expect((await sam.request('POST', '/advisor/api/claim', { conversationKey: listed!.conversationKey })).status).to.equal(200);
        await stream.waitFor((activities) => activities.some((a) => /talking to Sam/.test(a.text ?? '')));
        for (let i = 0; i < 3; i++) {
          expect((await sam.request('POST', '/advisor/api/send', { conversationKey: listed!.conversationKey, text: `web reply ${i}` })).status).to.equal(200);
          await stream.waitFor((activities) => activities.some((a) => a.text === `Sam: web reply ${i}`));
        }
        const before = texts().length;
        await post('thank you');
        await sam.json('POST', '/advisor/api/end', { conversationKey: listed!.conversationKey });
        await stream.waitFor((activities) => activities.some((a) => /Sam has left the chat/.test(a.text ?? '')));
        // Between the person's message and the end, the bot said nothing of its own.
        const between = texts().slice(before);
        expect(
          between.filter((t) => t !== 'thank you' && !/Sam has left the chat/.test(t) && !/^Sam: /.test(t)),
          'the bot stays silent',
        ).to.deep.equal([]);
      } finally {
        stream.close();
      }
    });

    it('a restart of every instance loses nothing: the queue, the call backs and the signed-in console', async () => {
      const sam = new ConsoleClient(base);
      expect((await sam.signIn('sam')).status).to.equal(200);
      const conversation = `restart-${randomUUID()}`;
      await joinQueue(conversation);
      const before = await queued(sam, conversation);
      expect(before, logs()).to.include({ phase: 'queued' });
      const callbacks = new RedisCallbackStore(client, 7 * 86_400_000, 'carers-bot:callbacks:');
      await callbacks.add({
        conversationKey: conversationKey('webchat', `${conversation}-cb`),
        org: 'demo',
        phone: '07700900123',
        when: 'morning',
        language: 'en',
        createdAt: Date.now(),
      });

      await Promise.all(instances.map((i) => i.kill('SIGKILL')));
      await proxy.stop();
      instances = await start(2);
      proxy = new RoundRobinProxy(instances);
      base = await proxy.start();
      sam.base = base;

      const me = await sam.json('GET', '/advisor/api/me');
      expect(me.signedIn, 'the console is still signed in').to.equal(true);
      expect(await queued(sam, conversation), 'still waiting after the restart').to.deep.include({
        conversationKey: before!.conversationKey,
        phase: 'queued',
        joinedAt: before!.joinedAt,
      });
      expect((await callbacks.list('demo', Date.now())).map((r) => r.conversationKey)).to.include(conversationKey('webchat', `${conversation}-cb`));
      // And the new instances carry on: the advisor claims the person who waited through the restart.
      expect((await sam.request('POST', '/advisor/api/claim', { conversationKey: before!.conversationKey })).status).to.equal(200);
      await channel.waitFor(conversation, /talking to Sam/);
      await sam.request('POST', '/advisor/api/end', { conversationKey: before!.conversationKey });
      // "Delete my data" through a new instance reaches the shared call backs too.
      await say(instances[1], `${conversation}-cb`, 'delete my data');
      expect((await callbacks.list('demo', Date.now())).map((r) => r.conversationKey)).to.not.include(conversationKey('webchat', `${conversation}-cb`));
    });
  });
});

interface Summary {
  conversationKey: string;
  phase: string;
  joinedAt: number;
}

/** The console's HTTP API as its page uses it: cookies, CSRF token, and the event stream. */
class ConsoleClient {
  readonly cookies = new Map<string, string>();
  csrf = '';
  constructor(public base: string) {}

  private cookieHeader(): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return cookie ? { cookie } : {};
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; data: Record<string, unknown> }> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { ...this.cookieHeader(), ...(method === 'GET' ? {} : { 'content-type': 'application/json', 'x-csrf-token': this.csrf }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    keepCookies(this.cookies, response);
    const text = await response.text();
    return { status: response.status, data: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  async json(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const { status, data } = await this.request(method, path, body);
    expect(status, `${method} ${path}: ${JSON.stringify(data)}`).to.equal(200);
    return data;
  }

  async signIn(username: string): Promise<{ status: number }> {
    this.csrf = String((await this.json('GET', '/advisor/api/me')).csrfToken);
    const result = await this.request('POST', '/advisor/api/sign-in', { username, password: PASSWORD });
    if (result.status === 200) this.csrf = String(result.data.csrfToken);
    return result;
  }

  /** The server-sent event stream, on whichever instance the proxy picks. */
  async events(): Promise<{ waitFor(match: (e: Record<string, unknown>) => boolean, what: string): Promise<void>; close(): void }> {
    const abort = new AbortController();
    const response = await fetch(`${this.base}/advisor/api/events`, { headers: this.cookieHeader(), signal: abort.signal });
    expect(response.status).to.equal(200);
    const seen: Record<string, unknown>[] = [];
    let wake: () => void = () => undefined;
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body!) {
          buffer += decoder.decode(chunk as Uint8Array, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            for (const line of block.split('\n')) if (line.startsWith('data: ')) seen.push(JSON.parse(line.slice(6)) as Record<string, unknown>);
            wake();
          }
        }
      } catch {
        // Aborted at the end of the test.
      }
    })();
    return {
      async waitFor(match, what) {
        const deadline = Date.now() + 15_000;
        while (!seen.some(match)) {
          if (Date.now() > deadline) throw new Error(`no console event for ${what}: ${JSON.stringify(seen).slice(-2000)}`);
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, 50);
          });
        }
      },
      close: () => abort.abort(),
    };
  }
}
