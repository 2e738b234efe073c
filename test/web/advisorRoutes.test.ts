/**
 * The advisor console's HTTP API on a real restify server, with a fake desk
 * (test/advisor/fakeDesk.ts) and a fake clock: sign-in, cookies, CSRF, lockout,
 * idle expiry, organisation gating, the claim race, the audit log and events.
 */
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import restify, { type Server } from 'restify';
import type { BotApp } from '../../app';
import { AccountStore } from '../../advisor/accounts';
import { auditPath } from '../../advisor/audit';
import { hashPassword } from '../../advisor/password';
import { totpCode } from '../../advisor/totp';
import { loadConfig } from '../../config';
import type { AdvisorDesk } from '../../handoff/advisorDesk';
import { HandoffService } from '../../handoff/handoffService';
import { loadOrganisations } from '../../handoff/orgs';
import { InProcessPresence } from '../../handoff/presence';
import { InProcessQueue } from '../../handoff/queue';
import { createLogger } from '../../ops/logger';
import { advisorRoutes } from '../../web/advisorRoutes';
import type { MountedRoutes } from '../../web/routes';
import { FakeDesk } from '../advisor/fakeDesk';

const PASSWORD = 'correct horse battery';
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const START = Date.UTC(2026, 10, 24, 14, 0, 0);
const IDLE_MS = 30 * 60_000;
const SECRET_TEXT = 'my husband hit me again';

/** A browser stand-in: keeps cookies, sends the CSRF token it was given. */
class ConsoleClient {
  readonly cookies = new Map<string, string>();
  readonly setCookies: string[] = [];
  csrf = '';
  constructor(readonly base: string) {}

  async request(
    method: string,
    urlPath: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; data: Record<string, unknown>; headers: Headers }> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${this.base}${urlPath}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(method === 'GET' ? {} : { 'content-type': 'application/json', 'x-csrf-token': this.csrf }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const set of response.headers.getSetCookie()) {
      this.setCookies.push(set);
      const [pair] = set.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (/Max-Age=0/.test(set)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(text) as Record<string, unknown>;
    } catch {
      data = { text };
    }
    return { status: response.status, data, headers: response.headers };
  }

  async signIn(username: string, password = PASSWORD, code?: string) {
    const me = await this.request('GET', '/advisor/api/me');
    this.csrf = String(me.data.csrfToken);
    const result = await this.request('POST', '/advisor/api/sign-in', { username, password, code });
    if (result.status === 200) this.csrf = String(result.data.csrfToken);
    return result;
  }
}

describe('advisor console HTTP API', function () {
  this.timeout(30_000);
  let dir: string;
  let now: number;
  let desk: FakeDesk;
  /** The desk the routes use: the fake unless a test starts with the real hand-off service. */
  let routesDesk: AdvisorDesk | undefined;
  let server: Server;
  let mounted: MountedRoutes;
  let base: string;

  async function start(env: Record<string, string> = {}): Promise<void> {
    const config = loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent', ADVISOR_DIR: dir, ...env });
    const app = { config, organisations: loadOrganisations() } as unknown as BotApp;
    server = restify.createServer({ handleUncaughtExceptions: false });
    server.use(restify.plugins.queryParser());
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    mounted =
      advisorRoutes({ desk: routesDesk ?? desk, clock: () => now, keepAliveMs: 50 })(server, { app, logger: createLogger('silent'), state: { ready: true } }) ??
      {};
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  }

  async function stop(): Promise<void> {
    await mounted.close?.();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // The test is done with its sockets: without this, one fetch kept alive after an event stream held close() for 4 s.
    server.server.closeAllConnections();
    await closed;
  }

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'advisor-routes-'));
    const store = AccountStore.inDir(dir);
    const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    store.add({ username: 'sam', name: 'Sam', org: 'demo', role: 'advisor', languages: ['en'], passwordHash });
    store.add({ username: 'alex', name: 'Alex', org: 'demo', role: 'advisor', languages: ['en', 'cy'], passwordHash });
    store.add({ username: 'olu', name: 'Olu', org: 'other', role: 'advisor', languages: ['en'], passwordHash });
    store.add({ username: 'ada', name: 'Ada', org: 'demo', role: 'admin', languages: ['en'], passwordHash, totpSecret: SECRET });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  beforeEach(async () => {
    now = START;
    routesDesk = undefined;
    desk = new FakeDesk()
      .add({ conversationKey: 'webchat/demo-1', org: 'demo', risk: 'urgent', categories: ['abuse'], joinedAt: START - 60_000 }, [
        { from: 'person', text: SECRET_TEXT, at: START - 60_000 },
      ])
      .add({ conversationKey: 'webchat/demo-2', org: 'demo', risk: 'none', joinedAt: START - 30_000 })
      .add({ conversationKey: 'sms/other-1', org: 'other', risk: 'concern', joinedAt: START - 10_000 }, [
        { from: 'person', text: 'other org text', at: START },
      ]);
    await start();
  });
  afterEach(() => stop());

  describe('security headers', () => {
    for (const urlPath of ['/advisor', '/advisor/static/console.js', '/advisor/static/console.css', '/advisor/api/me', '/advisor/api/queue']) {
      it(`on ${urlPath}`, async () => {
        const { headers } = await new ConsoleClient(base).request('GET', urlPath);
        const csp = headers.get('content-security-policy') ?? '';
        expect(csp).to.contain("default-src 'none'").and.contain("script-src 'self'").and.contain("frame-ancestors 'none'");
        expect(csp).to.not.contain('unsafe-inline');
        expect(headers.get('x-frame-options')).to.equal('DENY');
        expect(headers.get('cache-control')).to.equal('no-store');
        expect(headers.get('referrer-policy')).to.equal('no-referrer');
        expect(headers.get('x-content-type-options')).to.equal('nosniff');
      });
    }

    it('serves a page with no inline script or style', async () => {
      const { data } = await new ConsoleClient(base).request('GET', '/advisor');
      const html = String(data.text);
      expect(html).to.contain('<script src="/advisor/static/console.js" defer></script>');
      expect(html.match(/<script(?![^>]*\bsrc=)/g)).to.equal(null);
      expect(html).to.not.match(/\sstyle=|<style|\son\w+=/);
    });
  });

  describe('cookies', () => {
    it('sets HttpOnly, SameSite=Strict, Path=/advisor cookies, without Secure over http', async () => {
      const client = new ConsoleClient(base);
      expect((await client.signIn('sam')).status).to.equal(200);
      const session = client.setCookies.find((c) => c.startsWith('advisor_session='))!;
      expect(session)
        .to.match(/; Path=\/advisor(;|$)/)
        .and.match(/; HttpOnly/)
        .and.match(/; SameSite=Strict/);
      expect(session).to.not.match(/Secure/);
      expect(Buffer.from(client.cookies.get('advisor_session')!, 'base64url')).to.have.length(32);
      expect(client.cookies.has('advisor_login'), 'the pre-session cookie is dropped').to.equal(false);
    });

    it('adds Secure when the public URL is https', async () => {
      await stop();
      await start({ PUBLIC_URL: 'https://console.example.org' });
      const client = new ConsoleClient(base);
      expect((await client.signIn('sam')).status).to.equal(200);
      for (const set of client.setCookies) expect(set).to.match(/; Secure/);
    });
  });

  describe('sign-in', () => {
    const refused: Array<{ why: string; username: string; password: string; code?: () => string }> = [
      { why: 'an unknown user', username: 'nobody', password: PASSWORD },
      { why: 'a wrong password', username: 'sam', password: 'wrong password!' },
      { why: 'an admin without a code', username: 'ada', password: PASSWORD },
      { why: 'an admin with a wrong code', username: 'ada', password: PASSWORD, code: () => '000000' },
    ];
    const answers: string[] = [];
    for (const { why, username, password, code } of refused) {
      it(`gives the one generic answer for ${why}`, async () => {
        const { status, data } = await new ConsoleClient(base).signIn(username, password, code?.());
        expect(status).to.equal(401);
        answers.push(String(data.error));
        expect(new Set(answers).size).to.equal(1);
      });
    }

    it('signs an admin in with the code, then answers "me" without any secret', async () => {
      const client = new ConsoleClient(base);
      expect((await client.signIn('ada', PASSWORD, totpCode(SECRET, now))).status).to.equal(200);
      const me = await client.request('GET', '/advisor/api/me');
      expect(me.data).to.include({ signedIn: true });
      expect(me.data.advisor).to.include({ name: 'Ada', org: 'demo', role: 'admin', totp: true });
      expect(JSON.stringify(me.data)).to.not.contain(SECRET).and.not.contain('scrypt');
    });

    it('locks after 5 failures with 429, even for the right password, until 15 minutes pass', async () => {
      const client = new ConsoleClient(base);
      for (let i = 0; i < 5; i++) expect((await client.signIn('alex', 'wrong password!')).status).to.equal(401);
      expect((await client.signIn('alex')).status).to.equal(429);
      now += 15 * 60_000;
      expect((await client.signIn('alex')).status).to.equal(200);
    });
  });

  describe('CSRF', () => {
    async function signedIn(): Promise<ConsoleClient> {
      const client = new ConsoleClient(base);
      expect((await client.signIn('sam')).status).to.equal(200);
      return client;
    }
    const cases: Array<{ why: string; run: () => Promise<number> }> = [
      {
        why: 'a sign-in without the pre-session token',
        run: async () => (await new ConsoleClient(base).request('POST', '/advisor/api/sign-in', { username: 'sam', password: PASSWORD })).status,
      },
      {
        why: 'a sign-in whose token matches no cookie',
        run: async () => {
          const client = new ConsoleClient(base);
          client.csrf = String((await client.request('GET', '/advisor/api/me')).data.csrfToken);
          client.cookies.clear();
          return (await client.request('POST', '/advisor/api/sign-in', { username: 'sam', password: PASSWORD })).status;
        },
      },
      {
        why: 'a sign-in from another origin',
        run: async () => {
          const client = new ConsoleClient(base);
          client.csrf = String((await client.request('GET', '/advisor/api/me')).data.csrfToken);
          return (await client.request('POST', '/advisor/api/sign-in', { username: 'sam', password: PASSWORD }, { origin: 'https://evil.example' })).status;
        },
      },
      {
        why: 'a claim without the token',
        run: async () => (await (await signedIn()).request('POST', '/advisor/api/claim', { conversationKey: 'webchat/demo-1' }, { 'x-csrf-token': '' })).status,
      },
      {
        why: 'a claim with a wrong token',
        run: async () =>
          (await (await signedIn()).request('POST', '/advisor/api/claim', { conversationKey: 'webchat/demo-1' }, { 'x-csrf-token': 'x'.repeat(43) })).status,
      },
      {
        why: 'a claim from another origin',
        run: async () =>
          (await (await signedIn()).request('POST', '/advisor/api/claim', { conversationKey: 'webchat/demo-1' }, { origin: 'https://evil.example' })).status,
      },
      {
        why: 'a sign-out without the token',
        run: async () => (await (await signedIn()).request('POST', '/advisor/api/sign-out', {}, { 'x-csrf-token': '' })).status,
      },
      {
        why: 'a reply without the token',
        run: async () =>
          (await (await signedIn()).request('POST', '/advisor/api/send', { conversationKey: 'webchat/demo-1', text: 'hi' }, { 'x-csrf-token': '' })).status,
      },
    ];
    for (const { why, run } of cases) {
      it(`refuses ${why} with 403`, async () => {
        expect(await run()).to.equal(403);
        expect(desk.conversations.get('webchat/demo-1')?.phase).to.equal('queued');
        expect(desk.sent).to.deep.equal([]);
      });
    }

    it('accepts our own origin with the token', async () => {
      const client = await signedIn();
      expect((await client.request('POST', '/advisor/api/claim', { conversationKey: 'webchat/demo-1' }, { origin: base })).status).to.equal(200);
    });
  });

  describe('sessions', () => {
    it('refuses the API without a session', async () => {
      for (const [method, urlPath] of [
        ['GET', '/advisor/api/queue'],
        ['GET', '/advisor/api/transcript?conversation=webchat%2Fdemo-1'],
        ['GET', '/advisor/api/events'],
        ['POST', '/advisor/api/heartbeat'],
      ]) {
        expect((await new ConsoleClient(base).request(method, urlPath, method === 'POST' ? {} : undefined)).status, urlPath).to.equal(401);
      }
    });

    it('expires after the idle time (fake clock) and signs the advisor off the desk', async () => {
      const client = new ConsoleClient(base);
      await client.signIn('sam');
      now += IDLE_MS - 1;
      expect((await client.request('POST', '/advisor/api/heartbeat', { active: true })).status).to.equal(200);
      now += IDLE_MS - 1;
      expect((await client.request('GET', '/advisor/api/queue')).status, 'still signed in').to.equal(200);
      now += 1;
      expect((await client.request('GET', '/advisor/api/queue')).status, 'refreshing the queue is not activity').to.equal(401);
      expect(desk.signedOff).to.have.length(1);
    });

    it('keeps the session on heartbeats that report activity, not on idle ones', async () => {
      const client = new ConsoleClient(base);
      await client.signIn('sam');
      for (let i = 0; i < 4; i++) {
        now += IDLE_MS / 2;
        expect((await client.request('POST', '/advisor/api/heartbeat', { active: true })).status).to.equal(200);
      }
      expect(desk.heartbeats).to.have.length(4);
      for (let i = 0; i < 2; i++) {
        now += IDLE_MS / 2;
        await client.request('POST', '/advisor/api/heartbeat', { active: false });
      }
      expect((await client.request('GET', '/advisor/api/queue')).status).to.equal(401);
    });

    it('signs out: the session is gone, the cookie cleared, the desk told', async () => {
      const client = new ConsoleClient(base);
      await client.signIn('sam');
      const cookie = client.cookies.get('advisor_session')!;
      expect((await client.request('POST', '/advisor/api/sign-out', {})).status).to.equal(200);
      expect(client.setCookies.at(-1)).to.match(/^advisor_session=; .*Max-Age=0/);
      expect(desk.signedOff).to.have.length(1);
      client.cookies.set('advisor_session', cookie);
      expect((await client.request('GET', '/advisor/api/queue')).status).to.equal(401);
    });
  });

  describe('organisations and claims', () => {
    it('lists only the advisor’s own organisation', async () => {
      const client = new ConsoleClient(base);
      await client.signIn('olu');
      const { data } = await client.request('GET', '/advisor/api/queue');
      expect((data.conversations as Array<{ conversationKey: string }>).map((c) => c.conversationKey)).to.deep.equal(['sms/other-1']);
    });

    const foreign: Array<{ action: string; run: (c: ConsoleClient) => Promise<number> }> = [
      { action: 'claim', run: async (c) => (await c.request('POST', '/advisor/api/claim', { conversationKey: 'webchat/demo-1' })).status },
      { action: 'read', run: async (c) => (await c.request('GET', '/advisor/api/transcript?conversation=webchat%2Fdemo-1')).status },
      { action: 'reply to', run: async (c) => (await c.request('POST', '/advisor/api/send', { conversationKey: 'webchat/demo-1', text: 'hello' })).status },
      { action: 'end', run: async (c) => (await c.request('POST', '/advisor/api/end', { conversationKey: 'webchat/demo-1' })).status },
    ];
    for (const { action, run } of foreign) {
      it(`does not let an advisor of another organisation ${action} a conversation`, async () => {
        const client = new ConsoleClient(base);
        await client.signIn('olu');
        expect(await run(client)).to.equal(404);
        expect(desk.conversations.get('webchat/demo-1')).to.include({ phase: 'queued' });
        expect(desk.sent).to.deep.equal([]);
      });
    }

    it('claim race: two advisors at once, one 200 and one 409', async () => {
      const [sam, alex] = [new ConsoleClient(base), new ConsoleClient(base)];
      await sam.signIn('sam');
      await alex.signIn('alex');
      const results = await Promise.all([sam, alex].map((c) => c.request('POST', '/advisor/api/claim', { conversationKey: 'webchat/demo-1' })));
      expect(results.map((r) => r.status).sort()).to.deep.equal([200, 409]);
      expect(results.find((r) => r.status === 409)?.data).to.include({ result: 'taken' });
    });

    it('claims, reads, replies and ends; the reply reaches the desk', async () => {
      const client = new ConsoleClient(base);
      await client.signIn('sam');
      expect((await client.request('POST', '/advisor/api/claim', { conversationKey: 'webchat/demo-1' })).status).to.equal(200);
      const transcript = await client.request('GET', '/advisor/api/transcript?conversation=webchat%2Fdemo-1');
      expect(transcript.status).to.equal(200);
      expect(transcript.data.lines).to.deep.equal([{ from: 'person', text: SECRET_TEXT, at: START - 60_000 }]);
      expect((await client.request('POST', '/advisor/api/send', { conversationKey: 'webchat/demo-1', text: '  Hello, I am Sam.  ' })).status).to.equal(200);
      expect(desk.sent).to.deep.equal([
        { conversationKey: 'webchat/demo-1', advisorId: desk.conversations.get('webchat/demo-1')!.advisorId, text: 'Hello, I am Sam.' },
      ]);
      expect((await client.request('POST', '/advisor/api/send', { conversationKey: 'webchat/demo-1', text: '   ' })).status).to.equal(400);
      expect((await client.request('POST', '/advisor/api/end', { conversationKey: 'webchat/demo-1' })).status).to.equal(200);
      expect(desk.conversations.has('webchat/demo-1')).to.equal(false);
    });

    it('refuses a reply or transcript of a conversation another advisor of the same organisation holds', async () => {
      const [sam, alex] = [new ConsoleClient(base), new ConsoleClient(base)];
      await sam.signIn('sam');
      await alex.signIn('alex');
      await sam.request('POST', '/advisor/api/claim', { conversationKey: 'webchat/demo-1' });
      expect((await alex.request('GET', '/advisor/api/transcript?conversation=webchat%2Fdemo-1')).status).to.equal(404);
      expect((await alex.request('POST', '/advisor/api/send', { conversationKey: 'webchat/demo-1', text: 'hi' })).status).to.equal(409);
    });
  });

  describe('audit', () => {
    it('writes who, when and which conversation for every transcript view, never the text', async () => {
      const client = new ConsoleClient(base);
      await client.signIn('sam');
      await client.request('POST', '/advisor/api/claim', { conversationKey: 'webchat/demo-1' });
      const before = readFileSync(auditPath(dir), 'utf8').trim().split('\n').length;
      await client.request('GET', '/advisor/api/transcript?conversation=webchat%2Fdemo-1');
      await client.request('GET', '/advisor/api/transcript?conversation=webchat%2Fdemo-1');
      const log = readFileSync(auditPath(dir), 'utf8');
      expect(log).to.not.contain(SECRET_TEXT);
      const lines = log
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).to.have.length(before + 2);
      const views = lines.slice(before);
      expect(views.map((l) => l.action)).to.deep.equal(['transcript.view', 'transcript.view']);
      expect(views).to.have.length(2);
      for (const view of views) {
        expect(view).to.include({ org: 'demo', conversationKey: 'webchat/demo-1', outcome: 'ok', at: new Date(START).toISOString() });
        expect(view.advisorId).to.equal(desk.conversations.get('webchat/demo-1')!.advisorId);
        expect(Object.keys(view).sort()).to.deep.equal(['action', 'advisorId', 'at', 'conversationKey', 'org', 'outcome']);
      }
    });
  });

  describe('server-sent events', () => {
    async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, pattern: RegExp): Promise<string> {
      const decoder = new TextDecoder();
      let text = '';
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      return text;
    }

    async function openStream(client: ConsoleClient): Promise<ReadableStreamDefaultReader<Uint8Array>> {
      const response = await fetch(`${base}/advisor/api/events`, { headers: { cookie: `advisor_session=${client.cookies.get('advisor_session')}` } });
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.match(/^text\/event-stream/);
      const reader = response.body!.getReader();
      await readUntil(reader, /: connected/);
      return reader;
    }

    it('delivers desk events for the org; message text only to the console holding the conversation; keep-alives', async () => {
      const [sam, alex] = [new ConsoleClient(base), new ConsoleClient(base)];
      await sam.signIn('sam');
      await alex.signIn('alex');
      await sam.request('POST', '/advisor/api/claim', { conversationKey: 'webchat/demo-1' });
      const [samStream, alexStream] = [await openStream(sam), await openStream(alex)];
      expect(desk.subscribers).to.equal(2);
      desk.emit({ type: 'message', org: 'demo', conversationKey: 'webchat/demo-1', line: { from: 'person', text: 'are you there?', at: START } });
      expect(await readUntil(samStream, /"text":"are you there\?"/)).to.contain('"conversationKey":"webchat/demo-1"');
      const toAlex = await readUntil(alexStream, /data: .*\n\n/);
      expect(toAlex).to.contain('"type":"message"').and.not.contain('are you there');
      expect(await readUntil(alexStream, /: keep-alive/)).to.contain(': keep-alive');
      await samStream.cancel();
      await alexStream.cancel();
    });

    it('close() ends every open stream and unsubscribes from the desk', async () => {
      const client = new ConsoleClient(base);
      await client.signIn('sam');
      const reader = await openStream(client);
      await mounted.close?.();
      for (;;) if ((await reader.read()).done) break;
      expect(desk.subscribers).to.equal(0);
    });

    it('ends the stream when the advisor signs out', async () => {
      const client = new ConsoleClient(base);
      await client.signIn('sam');
      const reader = await openStream(client);
      await client.request('POST', '/advisor/api/sign-out', {});
      for (;;) if ((await reader.read()).done) break;
      expect(desk.subscribers).to.equal(0);
    });
  });

  describe('with the real hand-off service', () => {
    let service: HandoffService;
    beforeEach(async () => {
      await stop();
      service = new HandoffService({
        queue: new InProcessQueue(),
        presence: new InProcessPresence(45_000),
        relay: { deliver: async () => undefined },
        now: () => now,
        waitMs: 10 * 60_000,
        heartbeatTimeoutMs: 45_000,
      });
      routesDesk = service;
      const org = loadOrganisations().get('demo')!;
      const outcome = await service.request({ conversationKey: 'webchat/real-1', org, risk: 'concern', language: 'en', now: new Date(START) });
      expect(outcome.status).to.equal('queued');
      service.personMessage('webchat/real-1', SECRET_TEXT, { level: 'concern', categories: [] });
      await start();
    });

    it('claim race: one 200, one 409', async () => {
      const [sam, alex] = [new ConsoleClient(base), new ConsoleClient(base)];
      await sam.signIn('sam');
      await alex.signIn('alex');
      const results = await Promise.all([sam, alex].map((c) => c.request('POST', '/advisor/api/claim', { conversationKey: 'webchat/real-1' })));
      expect(results.map((r) => r.status).sort()).to.deep.equal([200, 409]);
    });

    it('the transcript view is audited without the text, and other organisations see nothing', async () => {
      const [sam, olu] = [new ConsoleClient(base), new ConsoleClient(base)];
      await sam.signIn('sam');
      await olu.signIn('olu');
      expect((await olu.request('GET', '/advisor/api/queue')).data.conversations as unknown[]).to.deep.equal([]);
      expect((await olu.request('POST', '/advisor/api/claim', { conversationKey: 'webchat/real-1' })).status).to.equal(404);
      expect((await sam.request('POST', '/advisor/api/claim', { conversationKey: 'webchat/real-1' })).status).to.equal(200);
      const transcript = await sam.request('GET', '/advisor/api/transcript?conversation=webchat%2Freal-1');
      expect(JSON.stringify(transcript.data.lines)).to.contain(SECRET_TEXT);
      const last = JSON.parse(readFileSync(auditPath(dir), 'utf8').trim().split('\n').at(-1)!) as Record<string, unknown>;
      expect(last).to.include({ action: 'transcript.view', conversationKey: 'webchat/real-1', outcome: 'ok' });
      expect(readFileSync(auditPath(dir), 'utf8')).to.not.contain(SECRET_TEXT);
    });
  });
});
