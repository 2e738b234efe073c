/**
 * The insight dashboard's HTTP side on a real restify server beside the console it shares
 * sessions with: 401 signed out, 403 for advisors and for the national view outside the
 * operator organisation, each admin their own organisation, bad periods refused, only
 * suppressed numbers in the JSON and the CSV, the assets served under the console's policy.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import restify, { type Server } from 'restify';
import type { BotApp } from '../../app';
import { AccountStore } from '../../advisor/accounts';
import { hashPassword } from '../../advisor/password';
import { totpCode } from '../../advisor/totp';
import { loadConfig } from '../../config';
import { loadOrganisations } from '../../handoff/orgs';
import { MemoryCounterStore } from '../../insight/store';
import { createLogger } from '../../ops/logger';
import { advisorRoutes } from '../../web/advisorRoutes';
import { insightRoutes } from '../../web/insightRoutes';
import type { MountedRoutes } from '../../web/routes';
import { FakeDesk } from '../advisor/fakeDesk';

const PASSWORD = 'correct horse battery';
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const NOW = new Date('2026-12-08T14:00:00Z'); // 2026-W50

class Client {
  cookie = '';
  constructor(readonly base: string) {}
  async get(url: string) {
    const response = await fetch(`${this.base}${url}`, { headers: this.cookie ? { cookie: this.cookie } : {} });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }
  async signIn(username: string, code?: string) {
    const me = await fetch(`${this.base}/advisor/api/me`);
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const login = me.headers.getSetCookie().map((c) => c.split(';')[0]);
    const response = await fetch(`${this.base}/advisor/api/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: login.join('; ') },
      body: JSON.stringify({ username, password: PASSWORD, code }),
    });
    expect(response.status, username).to.equal(200);
    this.cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .filter((c) => c.startsWith('advisor_session='))
      .join('; ');
    return this;
  }
}

describe('insight dashboard HTTP', function () {
  this.timeout(30_000);
  let dir: string;
  let server: Server;
  let mounted: MountedRoutes[];
  let base: string;
  let now = NOW.getTime();
  const code = () => {
    now += 30_000; // a new time step for each sign-in: codes are never replayed
    return totpCode(SECRET, now);
  };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'insight-routes-'));
    const accounts = AccountStore.inDir(dir);
    const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    accounts.add({ username: 'ada', name: 'Ada', org: 'demo', role: 'admin', languages: ['en'], passwordHash, totpSecret: SECRET });
    accounts.add({ username: 'vic', name: 'Vic', org: 'valleys', role: 'admin', languages: ['cy'], passwordHash, totpSecret: SECRET });
    accounts.add({ username: 'sam', name: 'Sam', org: 'demo', role: 'advisor', languages: ['en'], passwordHash });
    const store = new MemoryCounterStore();
    await store.add('demo', '2026-W50', [
      ...Array(12).fill({ metric: 'conversations', category: 'started' }),
      ...Array(9).fill({ metric: 'language', category: 'en' }),
      ...Array(3).fill({ metric: 'language', category: 'cy' }),
    ]);
    await store.add('valleys', '2026-W50', Array(6).fill({ metric: 'conversations', category: 'started' }));
    const config = { ...loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent', ADVISOR_DIR: dir }), insightOperatorOrg: 'demo' };
    const app = { config, organisations: loadOrganisations(), insight: { store } } as unknown as BotApp;
    server = restify.createServer({ handleUncaughtExceptions: false });
    server.use(restify.plugins.queryParser());
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    const context = { app, logger: createLogger('silent'), state: { ready: true } };
    mounted = [
      advisorRoutes({ desk: new FakeDesk(), clock: () => now, accounts })(server, context) ?? {},
      insightRoutes({ accounts, clock: () => NOW })(server, context) ?? {},
    ];
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}`;
  });

  after(async () => {
    for (const m of mounted) await m.close?.();
    const closed = new Promise<void>((r) => server.close(() => r()));
    server.server.closeAllConnections();
    await closed;
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page and its assets under the console policy; the data needs a session', async () => {
    const client = new Client(base);
    const page = await client.get('/advisor/insight');
    expect(page.status).to.equal(200);
    expect(page.headers.get('content-security-policy')).to.include("script-src 'self'");
    expect(page.text).to.include('/advisor/insight/static/chart.umd.min.js');
    const chart = await client.get('/advisor/insight/static/chart.umd.min.js');
    expect(chart.status).to.equal(200);
    expect(chart.text).to.include('Chart.js');
    expect((await client.get('/advisor/insight/static/insight.js')).status).to.equal(200);
    expect((await client.get('/advisor/insight/static/..%2Fconsole.js')).status).to.equal(404);
    expect((await client.get('/advisor/insight/api/report')).status).to.equal(401);
    expect((await client.get('/advisor/insight/report.csv')).status).to.equal(401);
  });

  it('refuses advisors (403)', async () => {
    const sam = await new Client(base).signIn('sam');
    expect((await sam.get('/advisor/insight/api/report')).status).to.equal(403);
    expect((await sam.get('/advisor/insight/report.csv')).status).to.equal(403);
  });

  it("shows an admin their organisation's last 12 weeks by default, small numbers suppressed", async () => {
    const ada = await new Client(base).signIn('ada', code());
    const response = await ada.get('/advisor/insight/api/report');
    expect(response.status).to.equal(200);
    const report = JSON.parse(response.text) as {
      org: { id: string };
      from: string;
      to: string;
      tables: Array<{ id: string; rowTotals: unknown[]; total: unknown }>;
    };
    expect(report.org.id).to.equal('demo');
    expect([report.from, report.to]).to.deep.equal(['2026-W39', '2026-W50']);
    expect(report.tables.find((t) => t.id === 'conversations')?.total).to.equal(12);
    // Welsh is 3: hidden, and English with it (the total of 12 would tell).
    expect(report.tables.find((t) => t.id === 'language')?.rowTotals).to.deep.equal([null, null]);
    expect(response.text).not.to.match(/"value"|:3[,}\]]/);
  });

  const periods: Array<[string, number]> = [
    ['from=2026-W51&to=2026-W50', 400],
    ['from=2026-W54', 400],
    ['from=2024-W01&to=2026-W50', 400],
    ['from=2026-W01&to=2026-W50', 200],
  ];
  for (const [query, status] of periods)
    it(`answers ${status} for ${query}`, async () => {
      const ada = await new Client(base).signIn('ada', code());
      expect((await ada.get(`/advisor/insight/api/report?${query}`)).status).to.equal(status);
    });

  it("keeps the national view to the operator organisation's admins", async () => {
    const vic = await new Client(base).signIn('vic', code());
    const own = JSON.parse((await vic.get('/advisor/insight/api/report')).text) as { org: { id: string }; nationalAllowed: boolean };
    expect(own).to.deep.include({ nationalAllowed: false });
    expect(own.org.id).to.equal('valleys');
    expect((await vic.get('/advisor/insight/api/report?scope=national')).status).to.equal(403);
    const ada = await new Client(base).signIn('ada', code());
    const national = JSON.parse((await ada.get('/advisor/insight/api/report?scope=national')).text) as { tables: Array<{ id: string; total: number }> };
    expect(national.tables.find((t) => t.id === 'conversations')?.total).to.equal(18);
  });

  it('exports the same suppressed numbers as CSV', async () => {
    const ada = await new Client(base).signIn('ada', code());
    const csv = await ada.get('/advisor/insight/report.csv?from=2026-W50&to=2026-W50');
    expect(csv.status).to.equal(200);
    expect(csv.headers.get('content-disposition')).to.equal('attachment; filename="insight-demo-2026-W50-2026-W50.csv"');
    const lines = csv.text.trim().split('\r\n');
    expect(lines).to.include.members([
      'conversations,Conversations started,2026-W50,12',
      'language,Welsh,2026-W50,suppressed',
      'language,English,total,suppressed',
    ]);
  });
});
