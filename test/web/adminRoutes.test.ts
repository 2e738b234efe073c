/**
 * The admin space's HTTP API on a real restify server beside the console it shares sessions
 * with: every admin route refuses without a session (401), to an advisor (403) and without the
 * CSRF token (403); an admin reaches only their own organisation (another's advisor, service or
 * feed is "not found" and left alone); bad input changes nothing and writes no audit line; a
 * good change is applied at once and audited with before and after.
 */
import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import restify, { type Server } from 'restify';
import type { BotApp } from '../../app';
import { AccountStore, type FileAccountStore } from '../../advisor/accounts';
import { hashPassword } from '../../advisor/password';
import { totpCode } from '../../advisor/totp';
import { adminAuditPath, createAdminSpace, MemoryAdminStore, type AdminSpace } from '../../admin';
import { loadCatalogue } from '../../catalogue';
import { loadConfig } from '../../config';
import { loadOrganisations } from '../../handoff/orgs';
import { createLogger } from '../../ops/logger';
import { adminRoutes } from '../../web/adminRoutes';
import { advisorRoutes } from '../../web/advisorRoutes';
import type { MountedRoutes } from '../../web/routes';
import { FakeDesk } from '../advisor/fakeDesk';
import { keepCookies } from '../advisor/cookieJar';

const PASSWORD = 'correct horse battery';
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const VALLEYS_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const START = Date.UTC(2026, 11, 7, 14, 0, 0);
const resolve = async (host: string) => (host === 'hooks.example.org' ? ['93.184.216.34'] : ['10.0.0.1']);

class Client {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(readonly base: string) {}
  async request(method: string, urlPath: string, body?: unknown, headers: Record<string, string> = {}) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${this.base}${urlPath}`, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(method === 'GET' ? {} : { 'content-type': 'application/json', 'x-csrf-token': this.csrf }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    keepCookies(this.cookies, response);
    const text = await response.text();
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(text) as Record<string, unknown>;
    } catch {
      data = { text };
    }
    return { status: response.status, data, headers: response.headers, text };
  }
  async signIn(username: string, code?: string, password = PASSWORD) {
    this.csrf = String((await this.request('GET', '/advisor/api/me')).data.csrfToken);
    const result = await this.request('POST', '/advisor/api/sign-in', { username, password, code });
    if (result.status === 200) this.csrf = String(result.data.csrfToken);
    return result;
  }
}

/** Every admin route with a body that would change something. */
const ROUTES: Array<[string, string, unknown]> = [
  ['GET', '/advisor/api/admin/org', undefined],
  ['POST', '/advisor/api/admin/settings', { settings: {} }],
  ['POST', '/advisor/api/admin/logo', { type: 'image/png', data: '' }],
  ['POST', '/advisor/api/admin/services/save', { service: {} }],
  ['POST', '/advisor/api/admin/services/retire', { id: 'x' }],
  ['POST', '/advisor/api/admin/services/check', { id: 'x' }],
  ['POST', '/advisor/api/admin/feeds/subscribe', { url: 'https://hooks.example.org/feed' }],
  ['POST', '/advisor/api/admin/feeds/unsubscribe', { url: 'https://hooks.example.org/feed' }],
  ['GET', '/advisor/api/admin/advisors', undefined],
  ['POST', '/advisor/api/admin/advisors/add', { username: 'zed', name: 'Zed', languages: ['en'] }],
  ['POST', '/advisor/api/admin/advisors/disable', { id: 'x' }],
  ['POST', '/advisor/api/admin/advisors/remove', { id: 'x' }],
  ['POST', '/advisor/api/admin/advisors/reset-password', { id: 'x' }],
  ['POST', '/advisor/api/admin/advisors/reset-totp', { id: 'x' }],
];

describe('admin space HTTP API', function () {
  this.timeout(30_000);
  let dir: string;
  let server: Server;
  let mounted: MountedRoutes[];
  let base: string;
  let now: number;
  let admin: AdminSpace;
  let accounts: FileAccountStore;
  let samId: string;
  let organisations: ReturnType<typeof loadOrganisations>;
  let desk: FakeDesk;

  const code = (secret: string) => {
    now += 30_000; // a new time step for each sign-in: codes are never replayed
    return totpCode(secret, now);
  };
  const auditLines = () => (existsSync(adminAuditPath(dir)) ? readFileSync(adminAuditPath(dir), 'utf8').trim().split('\n').filter(Boolean) : []);

  beforeEach(async () => {
    now = START;
    dir = mkdtempSync(path.join(tmpdir(), 'admin-routes-'));
    accounts = AccountStore.inDir(dir);
    const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    accounts.add({ username: 'ada', name: 'Ada', org: 'demo', role: 'admin', languages: ['en'], passwordHash, totpSecret: SECRET });
    samId = accounts.add({ username: 'sam', name: 'Sam', org: 'demo', role: 'advisor', languages: ['en'], passwordHash }).id;
    accounts.add({ username: 'vic', name: 'Vic', org: 'valleys', role: 'admin', languages: ['cy'], passwordHash, totpSecret: VALLEYS_SECRET });
    const config = loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent', ADVISOR_DIR: dir });
    organisations = loadOrganisations();
    const logger = createLogger('silent');
    admin = createAdminSpace({ store: new MemoryAdminStore(), organisations, seed: new Map(organisations), core: loadCatalogue(), stateDir: dir, logger });
    await admin.ready;
    const app = { config, organisations, admin } as unknown as BotApp;
    server = restify.createServer({ handleUncaughtExceptions: false });
    server.use(restify.plugins.queryParser());
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    const context = { app, logger, state: { ready: true } };
    mounted = [
      advisorRoutes({ desk: (desk = new FakeDesk()), clock: () => now, accounts })(server, context) ?? {},
      adminRoutes({ clock: () => now, accounts, resolve, online: async () => [] })(server, context) ?? {},
    ];
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}`;
  });

  afterEach(async () => {
    for (const m of mounted) await m.close?.();
    const closed = new Promise<void>((r) => server.close(() => r()));
    server.server.closeAllConnections();
    await closed;
    await admin.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page with one policy of its own (frames from our origin only, for the preview) and no unknown upload', async () => {
    const page = await new Client(base).request('GET', '/advisor/admin');
    expect(page.status).to.equal(200);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).to.include("frame-src 'self'").and.include("frame-ancestors 'none'").and.include("script-src 'self'");
    expect(policy, 'a single policy, not two joined').not.to.include(', ');
    expect((await new Client(base).request('GET', '/static/uploads/demo-000000000000.png')).status).to.equal(404);
  });

  it('refuses every admin route without a session (401)', async () => {
    const client = new Client(base);
    for (const [method, route, body] of ROUTES) expect((await client.request(method, route, body)).status, `${method} ${route}`).to.equal(401);
  });

  it('refuses every admin route to an advisor who is not an admin (403), and changes nothing', async () => {
    const client = new Client(base);
    expect((await client.signIn('sam')).status).to.equal(200);
    for (const [method, route, body] of ROUTES) {
      const answer = await client.request(method, route, body);
      expect(answer.status, `${method} ${route}`).to.equal(403);
      expect(answer.data.error).to.match(/admins/);
    }
    expect(accounts.findByUsername('zed')).to.equal(undefined);
    expect(auditLines()).to.deep.equal([]);
  });

  it('refuses every state-changing admin route without the CSRF token or from another origin (403)', async () => {
    const client = new Client(base);
    expect((await client.signIn('ada', code(SECRET))).status).to.equal(200);
    for (const [method, route, body] of ROUTES.filter(([m]) => m === 'POST')) {
      expect((await client.request(method, route, body, { 'x-csrf-token': 'wrong' })).status, `${route} token`).to.equal(403);
      expect((await client.request(method, route, body, { origin: 'https://evil.example' })).status, `${route} origin`).to.equal(403);
    }
    expect(auditLines()).to.deep.equal([]);
  });

  it('shows an admin their own organisation only; another organisation’s advisors, services and feeds are not found and left alone', async () => {
    const ada = new Client(base);
    await ada.signIn('ada', code(SECRET));
    const saved = await ada.request('POST', '/advisor/api/admin/services/save', {
      service: {
        name: 'Peckham Carers Cafe',
        description: 'A weekly drop-in cafe for carers to talk.',
        phone: '020 7123 4567',
        url: 'https://example.org/c',
        topics: ['peer_support'],
        areas: 'SE15',
      },
    });
    expect(saved.status, JSON.stringify(saved.data)).to.equal(200);
    await ada.request('POST', '/advisor/api/admin/feeds/subscribe', { url: 'https://hooks.example.org/feed' });
    const demoBefore = await admin.store.read('demo');

    const vic = new Client(base);
    expect((await vic.signIn('vic', code(VALLEYS_SECRET))).status).to.equal(200);
    const view = await vic.request('GET', '/advisor/api/admin/org');
    expect(view.data.org).to.equal('valleys');
    expect(view.data.services).to.deep.equal([]);
    const listed = await vic.request('GET', '/advisor/api/admin/advisors');
    expect((listed.data.advisors as { username: string }[]).map((a) => a.username)).to.deep.equal(['vic']);
    for (const route of ['disable', 'remove', 'reset-password', 'reset-totp']) {
      expect((await vic.request('POST', `/advisor/api/admin/advisors/${route}`, { id: samId })).status, route).to.equal(404);
    }
    for (const route of ['retire', 'check']) {
      expect((await vic.request('POST', `/advisor/api/admin/services/${route}`, { id: 'local-demo--peckham-carers-cafe' })).status, route).to.equal(404);
    }
    expect((await vic.request('POST', '/advisor/api/admin/feeds/unsubscribe', { url: 'https://hooks.example.org/feed' })).status).to.equal(404);
    // Vic's own change goes to Vic's organisation, whatever the body says.
    const vicSettings = (view.data.settings as Record<string, unknown>) ?? {};
    expect((await vic.request('POST', '/advisor/api/admin/settings', { org: 'demo', settings: { ...vicSettings, name: 'Valleys renamed' } })).status).to.equal(
      200,
    );
    expect(organisations.get('valleys')?.name).to.equal('Valleys renamed');
    expect(organisations.get('demo')?.name).to.equal('Hearth Support Line (demo)');
    expect(await admin.store.read('demo')).to.deep.equal(demoBefore);
    expect(accounts.findById(samId)?.disabled).to.equal(undefined);
  });

  it('refuses bad settings with the reasons, changes nothing and audits nothing; a good change applies at once, audited before and after', async () => {
    const ada = new Client(base);
    await ada.signIn('ada', code(SECRET));
    const settings = (await ada.request('GET', '/advisor/api/admin/org')).data.settings as Record<string, unknown>;
    const bad = await ada.request('POST', '/advisor/api/admin/settings', {
      settings: {
        ...settings,
        colours: { primary: '#7fa7d9', accent: '#ffd23f' },
        allowedOrigins: ['https://*.example.org'],
        notifyWebhook: 'https://internal.example.org/x',
      },
    });
    expect(bad.status).to.equal(400);
    expect((bad.data.problems as string[]).join('\n'))
      .to.match(/contrast/)
      .and.to.match(/wildcard/)
      .and.to.match(/private or local address/);
    expect(await admin.store.read('demo')).to.deep.equal({});
    expect(organisations.get('demo')?.colours?.primary).to.equal('#1d4f91');
    expect(auditLines()).to.deep.equal([]);

    const good = await ada.request('POST', '/advisor/api/admin/settings', {
      settings: { ...settings, greeting: { en: 'Hello from Hearth.' }, notifyWebhook: 'https://hooks.example.org/secret-path-token' },
    });
    expect(good.status, JSON.stringify(good.data)).to.equal(200);
    expect(organisations.get('demo')?.greeting).to.deep.equal({ en: 'Hello from Hearth.' });
    const [line] = auditLines().map((l) => JSON.parse(l) as Record<string, { greeting?: unknown; notifyWebhook?: string }>);
    expect(line).to.include({ action: 'settings.update', org: 'demo' });
    expect(line.before.greeting).to.deep.equal(loadOrganisations().get('demo')?.greeting);
    expect(line.after.greeting).to.deep.equal({ en: 'Hello from Hearth.' });
    expect(line.after.notifyWebhook).to.equal('https://hooks.example.org/…');
    expect(auditLines().join('')).not.to.include('secret-path-token');
  });

  it('adds an advisor with a one-time password shown once, who can then sign in; disabling or removing ends their session at once', async () => {
    const ada = new Client(base);
    await ada.signIn('ada', code(SECRET));
    const added = await ada.request('POST', '/advisor/api/admin/advisors/add', { username: 'Zed', name: 'Zed', role: 'advisor', languages: ['en', 'cy'] });
    expect(added.status, JSON.stringify(added.data)).to.equal(200);
    const password = String(added.data.password);
    expect(password).to.have.length(16);
    expect(JSON.stringify(added.data)).not.to.include('passwordHash');
    expect(readFileSync(adminAuditPath(dir), 'utf8')).not.to.include(password);
    const zed = new Client(base);
    expect((await zed.signIn('zed', undefined, password)).status).to.equal(200);
    expect((await zed.request('GET', '/advisor/api/queue')).status).to.equal(200);

    const id = (added.data.advisor as { id: string }).id;
    expect((await ada.request('POST', '/advisor/api/admin/advisors/disable', { id })).status).to.equal(200);
    expect(desk.signedOff, 'signed off the desk before any request of theirs').to.deep.equal([id]);
    expect((await zed.request('GET', '/advisor/api/queue')).status, 'session ended').to.equal(401);
    expect((await zed.signIn('zed', undefined, password)).status, 'cannot sign in while disabled').to.equal(401);
    expect((await ada.request('POST', '/advisor/api/admin/advisors/disable', { id, disabled: false })).status).to.equal(200);
    expect((await zed.signIn('zed', undefined, password)).status).to.equal(200);
    const reset = await ada.request('POST', '/advisor/api/admin/advisors/reset-password', { id });
    expect(reset.status, JSON.stringify(reset.data)).to.equal(200);
    expect(desk.signedOff, 'a reset password ends the sessions made with the old one').to.deep.equal([id, id]);
    expect((await zed.request('GET', '/advisor/api/queue')).status).to.equal(401);
    expect((await zed.signIn('zed', undefined, String(reset.data.password))).status).to.equal(200);
    expect((await ada.request('POST', '/advisor/api/admin/advisors/remove', { id })).status).to.equal(200);
    expect(desk.signedOff, 'signed off again at once').to.deep.equal([id, id, id]);
    expect((await zed.request('GET', '/advisor/api/queue')).status).to.equal(401);
    expect(accounts.findById(id)).to.equal(undefined);
    expect((await ada.request('POST', '/advisor/api/admin/advisors/remove', { id: accounts.findByUsername('ada')!.id })).status, 'not yourself').to.equal(409);
  });

  it('gives an admin added here a second factor, its secret shown once; refuses a short password', async () => {
    const ada = new Client(base);
    await ada.signIn('ada', code(SECRET));
    const added = await ada.request('POST', '/advisor/api/admin/advisors/add', {
      username: 'kim',
      name: 'Kim',
      role: 'admin',
      languages: ['en'],
      password: 'a long enough password',
    });
    expect(added.status).to.equal(200);
    expect(added.data.password).to.equal(undefined);
    expect(String(added.data.totpUri)).to.match(/^otpauth:\/\/totp\//);
    expect(accounts.findByUsername('kim')?.totpSecret).to.equal(added.data.totpSecret);
    const short = await ada.request('POST', '/advisor/api/admin/advisors/add', { username: 'lee', name: 'Lee', languages: ['en'], password: 'short' });
    expect(short.status).to.equal(400);
    expect(short.data.error).to.match(/at least 12 characters/);
    expect(accounts.findByUsername('lee')).to.equal(undefined);
  });

  it('serves an uploaded logo from the bot’s origin, sandboxed, and the chat names it', async () => {
    const ada = new Client(base);
    await ada.signIn('ada', code(SECRET));
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1d4f91"/></svg>';
    const saved = await ada.request('POST', '/advisor/api/admin/logo', { type: 'image/svg+xml', data: Buffer.from(svg).toString('base64') });
    expect(saved.status, JSON.stringify(saved.data)).to.equal(200);
    const logo = String(saved.data.logo);
    expect(logo).to.match(/^\/static\/uploads\/demo-[0-9a-f]{12}\.svg$/);
    expect(organisations.get('demo')?.logo).to.equal(logo.slice('/static/'.length));
    const served = await new Client(base).request('GET', logo);
    expect(served.status).to.equal(200);
    expect(served.headers.get('content-type')).to.equal('image/svg+xml');
    expect(served.headers.get('content-security-policy')).to.include('sandbox');
    expect(served.text).to.equal(svg);
    const refused = await ada.request('POST', '/advisor/api/admin/logo', {
      type: 'image/svg+xml',
      data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>').toString('base64'),
    });
    expect(refused.status).to.equal(400);
    expect(refused.data.error).to.match(/onload/);
    expect(organisations.get('demo')?.logo).to.equal(logo.slice('/static/'.length));
  });
});
