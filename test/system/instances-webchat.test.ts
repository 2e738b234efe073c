/**
 * A Web Chat person on three instances (`node dist/server.mjs`) on one Redis behind a round-robin
 * proxy that passes WebSocket upgrades, through the local Direct Line as Web Chat drives it: the
 * token is minted on one instance, the conversation started on another, the stream held by a
 * third, and each message lands on the next. Every reply reaches the stream; an instance killed
 * (SIGKILL) loses nothing; with Redis hung every risky message takes the fail-safe path (the
 * instances' logs say so) and everything recovers when Redis is back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { AccountStore } from '../../advisor/accounts';
import { hashPassword } from '../../advisor/password';
import { conversationKey } from '../../core/conversationKey';
import type { ChannelActivity } from '../../directline/conversations';
import { RedisStorage } from '../../storage';
import { buildServer, RoundRobinProxy, startInstance, type Instance } from '../../bench/scale/instances';
import { RedisServer } from '../../bench/scale/redisServer';
import { call, StreamReader, type ConversationReply, type TokenReply } from '../directline/httpClient';
import { keepCookies } from '../advisor/cookieJar';
import { messageActivity, postMessage } from '../../bench/scale/messages';

const CRISIS = [/116 123/, /999/];
const PASSWORD = 'correct horse battery';

/** The advisor console's HTTP API as its page uses it (cookies, CSRF), through the proxy. */
class Console {
  private readonly cookies = new Map<string, string>();
  private csrf = '';
  constructor(private readonly base: string) {}

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; data: Record<string, unknown> }> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(method === 'GET' ? {} : { 'content-type': 'application/json', 'x-csrf-token': this.csrf }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    keepCookies(this.cookies, response);
    const text = await response.text();
    return { status: response.status, data: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  async signIn(username: string): Promise<void> {
    this.csrf = String((await this.request('GET', '/advisor/api/me')).data.csrfToken);
    const result = await this.request('POST', '/advisor/api/sign-in', { username, password: PASSWORD });
    expect(result.status, 'sign-in').to.equal(200);
    this.csrf = String(result.data.csrfToken);
  }

  async queued(key: string): Promise<Record<string, unknown> | undefined> {
    const { data } = await this.request('GET', '/advisor/api/queue');
    return (data.conversations as Array<Record<string, unknown>>).find((c) => c.conversationKey === key);
  }
}

interface LogLine {
  msg?: string;
  risk?: string;
  what?: string;
  err?: { name?: string } | string;
}

/** The instances' structured log lines (pino JSON on standard error), each instance's from `from` on. */
function logLines(instances: Instance[], from: number[] = []): LogLine[] {
  return instances.flatMap((instance, i) =>
    instance.lines.slice(from[i] ?? 0).flatMap((line) => {
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    }),
  );
}

const people: Person[] = [];

/** One Web Chat person: a token, a started conversation, a stream; messages posted as directlinejs posts them. */
class Person {
  stream!: StreamReader;
  sent: Array<{ id: string; text: string }> = [];

  private constructor(
    readonly domain: string,
    readonly token: string,
    readonly conversationId: string,
  ) {}

  static async arrive(base: string): Promise<Person> {
    const minted = await call<TokenReply>('POST', `${base}/api/directline/token`, { body: { locale: 'en-GB' } });
    expect(minted.status, 'token').to.equal(200);
    const person = new Person(minted.body.domain, minted.body.token, minted.body.conversationId);
    people.push(person);
    const started = await call<ConversationReply>('POST', `${person.domain}/conversations`, { token: person.token, body: {} });
    expect(started.status, 'start').to.equal(201);
    await person.open(started.body.streamUrl);
    await person.stream.waitFor((activities) => activities.some((a) => a.from?.role === 'bot'));
    return person;
  }

  async open(streamUrl: string): Promise<void> {
    this.stream = new StreamReader(streamUrl);
    await this.stream.opened;
  }

  /** As directlinejs does after its socket closed: a fresh streamUrl from the watermark it has. */
  async reconnect(): Promise<void> {
    this.stream.close();
    const watermark = this.watermark();
    const again = await call<ConversationReply>('GET', `${this.domain}/conversations/${this.conversationId}?watermark=${watermark}`, { token: this.token });
    expect(again.status, 'reconnect').to.equal(200);
    const before = this.stream;
    await this.open(again.body.streamUrl);
    this.stream.frames.unshift(...before.frames);
  }

  watermark(): string {
    const marks = this.stream.frames.filter((f) => f !== '').map((f) => Number((JSON.parse(f) as { watermark?: string }).watermark ?? 0));
    return String(Math.max(0, ...marks));
  }

  /**
   * Posts a message (a 502 from the proxy, an instance gone, is tried again as Web Chat's retry would) and returns its id.
   * `via`: straight to one instance instead of through the proxy.
   */
  async say(text: string, via?: string): Promise<string> {
    const domain = via ? `${via}/v3/directline` : this.domain;
    for (let attempt = 0; ; attempt++) {
      const posted = await call<{ id: string }>('POST', `${domain}/conversations/${this.conversationId}/activities`, {
        token: this.token,
        body: { type: 'message', text, from: { id: 'ignored' }, locale: 'en-GB' },
      });
      if (posted.status === 502 && attempt < 3) continue;
      expect(posted.status, `post "${text}"`).to.equal(200);
      this.sent.push({ id: posted.body.id, text });
      return posted.body.id;
    }
  }

  /** The bot's replies to one message, once at least one is on the stream. */
  async repliesTo(id: string): Promise<ChannelActivity[]> {
    const all = await this.stream.waitFor((activities) => activities.some((a) => a.replyToId === id));
    return all.filter((a) => a.replyToId === id);
  }

  /** Every activity id on the stream once, in increasing order. */
  orderedOnce(): void {
    const ids = this.stream.activities.map((a) => a.id!);
    expect(new Set(ids).size, 'no activity twice on the stream').to.equal(ids.length);
    const numbers = ids.map((id) => Number(id.split('|')[1]));
    expect(numbers, 'in order').to.deep.equal([...numbers].sort((a, b) => a - b));
  }
}

describe('a Web Chat person across three instances on one Redis', function () {
  this.timeout(300_000);
  let redis: RedisServer;
  const instances: Instance[] = [];
  let proxy: RoundRobinProxy;
  let base: string;
  let storage: RedisStorage;
  let advisorDir: string;
  /** Every instance shares the advice line's accounts (as a deployment's shared volume or image would). */
  const launch = (port?: number) => startInstance(redis, { LOG_LEVEL: 'warn', ADVISOR_DIR: advisorDir }, port);

  before(async () => {
    buildServer();
    advisorDir = mkdtempSync(join(tmpdir(), 'instances-webchat-'));
    const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    await AccountStore.inDir(advisorDir).add({ username: 'sam', name: 'Sam', org: 'demo', role: 'advisor', languages: ['en'], passwordHash });
    redis = await RedisServer.start();
    // One after another: three cold starts at once on a small machine stretch every Redis call.
    for (let i = 0; i < 3; i++) instances.push(await launch());
    proxy = new RoundRobinProxy(instances);
    base = await proxy.start();
    // Warm each instance (its first turn loads the recognizer and the catalogue), as a deployment's readiness would.
    await Promise.all(instances.map((instance) => Person.arrive(instance.url).then((p) => p.stream.close())));
    storage = new RedisStorage({ url: redis.url });
  });
  after(async () => {
    for (const person of people) person.stream?.close();
    redis?.resume();
    await storage?.close();
    await proxy?.stop();
    await Promise.all(instances.map((i) => i.kill('SIGTERM')));
    await redis?.stop();
    if (advisorDir) rmSync(advisorDir, { recursive: true, force: true });
  });

  const logs = () =>
    instances
      .map((i) => i.log)
      .join('\n')
      .slice(-4000);

  /** What the shared state kept of the person's side of the conversation. */
  async function keptTurns(person: Person): Promise<string[]> {
    const key = `directline/conversations/${person.conversationId}/`;
    const item = (await storage.read([key]))[key] as { data?: { recent?: Array<{ from: string; text: string }> } } | undefined;
    return (item?.data?.recent ?? []).filter((line) => line.from === 'person').map((line) => line.text);
  }

  it('token, start, stream and each message on different instances: every reply reaches the stream, in order, once', async () => {
    const person = await Person.arrive(base);
    const texts = ['hello', 'money worries', 'my mum has cancer', 'what is carers allowance', 'thank you', 'help with sleep'];
    for (const text of texts) {
      const id = await person.say(text);
      expect(await person.repliesTo(id), `${text}\n${logs()}`).to.have.length.above(0);
    }
    person.orderedOnce();
    expect(await keptTurns(person)).to.deep.equal(texts);
    person.stream.close();
  });

  it('an instance killed (SIGKILL) mid-conversation: the conversation goes on through the others, every stored turn intact', async () => {
    const person = await Person.arrive(base);
    const before = ['hello', 'money worries'];
    for (const text of before) await person.repliesTo(await person.say(text));
    // Killed while a message is in flight to it: the person's next messages still reach the bot through the others.
    const victim = instances[0];
    const inFlight = fetch(`${victim.url}/v3/directline/conversations/${person.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${person.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'are you there' }),
    }).catch(() => undefined);
    await victim.kill('SIGKILL');
    await inFlight;
    // Its stream may have been on the killed instance: directlinejs reconnects from its watermark.
    await person.reconnect();
    const after = ['my mum has cancer', 'what is carers allowance', 'thank you'];
    for (const text of after) expect(await person.repliesTo(await person.say(text)), `${text}\n${logs()}`).to.have.length.above(0);
    person.orderedOnce();
    const kept = await keptTurns(person);
    // The message cut off by the kill may or may not have been handled; every answered one is kept, once, in order.
    expect(kept.filter((t) => t !== 'are you there')).to.deep.equal([...before, ...after]);
    expect(kept.filter((t) => t === 'are you there').length).to.be.at.most(1);
    person.stream.close();
    // Back to three for what follows.
    instances[0] = await launch();
    await Person.arrive(instances[0].url).then((p) => p.stream.close());
  });

  it('instances killed (SIGKILL) mid-hand-off: the person stays queued, then their messages reach the advisor and the replies reach them', async () => {
    const sam = new Console(base);
    await sam.signIn('sam');
    await sam.request('POST', '/advisor/api/heartbeat', { active: true });
    const person = await Person.arrive(base);
    await person.say('my dad has cancer and money is tight');
    // The hand-off is asked for on the instance that will die: its conversation reference names that instance's connector.
    const doomed = instances[2];
    await person.say('can I talk to a real person please', doomed.url);
    await person.stream.waitFor((activities) => activities.some((a) => /read what you've told me/i.test(a.text ?? '')));
    await person.say('no', doomed.url);
    const key = conversationKey('directline', person.conversationId);
    expect(await sam.queued(key), logs()).to.include({ phase: 'queued' });

    // Waiting: an instance dies; the person is still in the shared queue.
    await instances[1].kill('SIGKILL');
    expect(await sam.queued(key), logs()).to.include({ phase: 'queued' });
    instances[1] = await launch();
    expect((await sam.request('POST', '/advisor/api/claim', { conversationKey: key })).status, logs()).to.equal(200);
    await person.stream.waitFor((activities) => activities.some((a) => /talking to Sam/.test(a.text ?? '')));

    // Connected: the instance that took the hand-off dies (maybe the stream's too).
    await doomed.kill('SIGKILL');
    await person.reconnect();
    const texts = ['are you still there', 'my dad is not eating', 'thank you'];
    for (const text of texts) await person.say(text);
    const transcript = await sam.request('GET', `/advisor/api/transcript?conversation=${encodeURIComponent(key)}`);
    expect(
      (transcript.data.lines as Array<{ text: string }>).map((l) => l.text),
      logs(),
    ).to.include.members(texts);
    // The advisor's replies go out through the live instances' own connectors (the kept reference names the dead one).
    for (let i = 0; i < 2; i++) {
      expect((await sam.request('POST', '/advisor/api/send', { conversationKey: key, text: `reply ${i} from Sam` })).status).to.equal(200);
      await person.stream.waitFor((activities) => activities.some((a) => a.text === `Sam: reply ${i} from Sam`));
    }
    // The bot said nothing of its own while Sam held the conversation.
    const spoken = person.stream.activities.filter((a) => a.from?.role === 'bot').map((a) => a.text ?? '');
    const since = spoken.findIndex((t) => /talking to Sam/.test(t));
    expect(spoken.slice(since + 1).filter((t) => !/^Sam: /.test(t))).to.deep.equal([]);
    expect((await sam.request('POST', '/advisor/api/end', { conversationKey: key })).status).to.equal(200);
    person.stream.close();
    instances[2] = await launch();
  });

  it('Redis hung for 10 s: every risky message takes the fail-safe path; after, the held replies arrive and turns are normal again', async () => {
    const person = await Person.arrive(base);
    await person.repliesTo(await person.say('hello'));
    const mark = instances.map((i) => i.lines.length);
    const hungAt = Date.now();
    redis.pause();
    const risky = ['I want to kill myself tonight', 'i want to end my life', 'I am going to take all my tablets'];
    const ids: string[] = [];
    try {
      // Through the Direct Line (each on the next instance) and through /api/messages (a channel with expectReplies).
      for (const text of risky) ids.push(await person.say(text));
      for (const text of risky) {
        const response = await postMessage(base, messageActivity('hung-api', `hung-${ids.length}-${text.length}`, text, { from: 'p-hung' }));
        expect(response.status).to.equal(200);
        const reply = JSON.stringify(await response.json());
        for (const number of CRISIS) expect(reply, text).to.match(number);
      }
      // The path taken: each risky turn failed on storage and spoke by the fail-safe, with its risk.
      // The instances' standard error is read in the background: their last lines may still be on the way.
      const failedLines = () => logLines(instances, mark).filter((l) => l.msg === 'turn failed');
      for (let i = 0; i < 100 && failedLines().length < risky.length * 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      const failed = failedLines();
      expect(failed, logs()).to.have.length(risky.length * 2);
      for (const line of failed) {
        expect(line.risk, JSON.stringify(line)).to.not.equal('none');
        expect(JSON.stringify(line.err)).to.match(/StorageUnavailableError/);
      }
      expect(logLines(instances, mark).some((l) => l.msg === 'direct line: storage unreachable, degraded path')).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 10_000 - (Date.now() - hungAt))));
    } finally {
      redis.resume();
    }
    // Replies that could not be stored were delivered to a stream held there, or held and appended now: all reach the person.
    const crisisReplies = await person.stream.waitFor(
      (activities) => activities.filter((a) => CRISIS.every((n) => n.test(a.text ?? ''))).length >= risky.length,
    );
    expect(crisisReplies.filter((a) => CRISIS.every((n) => n.test(a.text ?? '')))).to.have.length.at.least(risky.length);
    // Recovered: normal turns again, every instance ready.
    // (A message that still met an open breaker went unstored: its reply carries no replyToId.)
    const aboutMoney = (a: ChannelActivity) => a.from?.role === 'bot' && /money|benefit|work/i.test(`${a.text ?? ''}${JSON.stringify(a.attachments ?? '')}`);
    let answered = false;
    for (let i = 0; i < 50 && !answered; i++) {
      const before = person.stream.activities.filter(aboutMoney).length;
      await person.say('money worries');
      answered = await person.stream
        .waitFor((activities) => activities.filter(aboutMoney).length > before)
        .then(
          () => true,
          () => false,
        );
    }
    expect(answered, logs()).to.equal(true);
    for (const instance of instances) {
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        status = (await fetch(`${instance.url}/readyz`)).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status, `ready again: ${instance.url}`).to.equal(200);
    }
    person.stream.close();
  });
});
