/**
 * Insight end to end: 200 scripted conversations through the real server (in-process, memory
 * storage, a fixed clock over two weeks), hand-offs taken and left on the real desk; then the
 * dashboard's JSON and CSV as admins, advisors and strangers see them: the counts, the
 * suppression of small numbers and of the numbers that would give them away, the role and
 * organisation scoping, the national view; and the page itself in Chromium with axe.
 */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AccountStore } from '../../advisor/accounts';
import { hashPassword } from '../../advisor/password';
import { newTotpSecret, totpCode } from '../../advisor/totp';
import { loadConfig } from '../../config';
import { startServer, type RunningApp } from '../../index';
import { councilByCode } from '../../catalogue';
import { createLogger } from '../../ops/logger';
import { districtWithNothingLocal } from '../catalogue/nothingLocal';
import { axeViolations, launchChromium, OUTPUT_DIR } from './browser';

/** A district whose council has nothing local yet in the shipped data (which keeps growing). */
const GAP = districtWithNothingLocal();
const GAP_NAME = councilByCode(GAP.council)?.name ?? GAP.council;

const PASSWORD = 'correct horse battery';
/** Tuesday afternoons of two weeks: the demo advice line is open. */
const WEEK_48 = new Date('2026-11-24T14:00:00Z');
const WEEK_49 = new Date('2026-12-01T14:00:00Z');

interface Group {
  count: number;
  turns: string[];
  channel?: string;
  org?: string;
  at: Date;
}

/** 200 conversations: what each group should add is written beside it. */
const GROUPS: Group[] = [
  { count: 75, turns: ['I am worried about money'], at: WEEK_48 }, // started, webchat, English, money
  { count: 75, turns: ['I am worried about money'], at: WEEK_49 },
  { count: 20, turns: ['I need a break from caring', GAP.district], at: WEEK_49 }, // a council with nothing local yet: unmet need
  { count: 3, turns: ['Dw i angen help gydag arian'], at: WEEK_49 }, // Welsh: 3, under 5
  { count: 7, turns: ['I want to talk to a person'], at: WEEK_49 }, // queued: 5 taken, 2 leave
  { count: 10, turns: ['I am worried about money'], channel: 'sms', at: WEEK_49 },
  { count: 10, turns: ['I am worried about money'], org: 'valleys', at: WEEK_49 },
];

type Table = {
  id: string;
  rows: Array<{ code: string; label: string }>;
  columns: Array<{ code: string; label: string }>;
  cells: Array<Array<number | null>>;
  rowTotals: Array<number | null>;
  columnTotals: Array<number | null>;
  total: number | null;
};
type Report = { scope: string; org: { id: string }; from: string; to: string; nationalAllowed: boolean; tables: Table[] };

describe('insight: 200 conversations, the dashboard, suppression and CSV', function () {
  this.timeout(120_000);
  let dir: string;
  let running: RunningApp;
  let now = WEEK_48;
  let activity = 0;
  const totp = newTotpSecret();

  async function say(conversation: string, text: string, group: Group): Promise<void> {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `a${activity++}`,
        text,
        channelId: group.channel ?? 'webchat',
        serviceUrl: 'http://127.0.0.1:9/unused',
        from: { id: `person-${conversation}` },
        recipient: { id: 'bot' },
        conversation: { id: conversation, conversationType: 'personal' },
        channelData: group.org ? { org: group.org } : undefined,
        locale: 'en-GB',
        deliveryMode: 'expectReplies',
      }),
    });
    expect(response.status).to.equal(200);
  }

  /** A signed-in console session's cookie, through the console's own API. */
  async function signIn(username: string, code?: string): Promise<string> {
    const me = await fetch(`${running.url}/advisor/api/me`);
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const login = me.headers.getSetCookie().map((c) => c.split(';')[0]);
    const response = await fetch(`${running.url}/advisor/api/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: login.join('; ') },
      body: JSON.stringify({ username, password: PASSWORD, code }),
    });
    expect(response.status, `sign-in of ${username}`).to.equal(200);
    return response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .filter((c) => c.startsWith('advisor_session='))
      .join('; ');
  }

  const get = (url: string, cookie?: string) => fetch(`${running.url}${url}`, { headers: cookie ? { cookie } : {} });
  const report = async (query: string, cookie: string): Promise<Report> => {
    const response = await get(`/advisor/insight/api/report?${query}`, cookie);
    expect(response.status).to.equal(200);
    return (await response.json()) as Report;
  };
  const table = (r: Report, id: string) => r.tables.find((t) => t.id === id)!;
  const row = (t: Table, code: string) => t.cells[t.rows.findIndex((r) => r.code === code)];
  const PERIOD = 'from=2026-W48&to=2026-W49';

  let demoAdmin: string;
  let valleysAdmin: string;
  let advisor: string;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'insight-'));
    const passwordHash = await hashPassword(PASSWORD);
    const accounts = AccountStore.inDir(dir);
    accounts.add({ username: 'ada', name: 'Ada', org: 'demo', role: 'admin', languages: ['en'], passwordHash, totpSecret: totp });
    accounts.add({ username: 'val', name: 'Val', org: 'valleys', role: 'admin', languages: ['en', 'cy'], passwordHash, totpSecret: totp });
    accounts.add({ username: 'sam', name: 'Sam', org: 'demo', role: 'advisor', languages: ['en'], passwordHash });
    const config = loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent', ADVISOR_DIR: dir, INSIGHT_OPERATOR_ORG: 'demo' });
    running = await startServer(config, createLogger('silent'), { clock: () => now });
    const desk = running.app.desk;
    await running.app.restored;
    const advisorIdentity = { id: 'adv-1', name: 'Sam', org: 'demo', languages: ['en'] };
    await desk.heartbeat(advisorIdentity);

    let n = 0;
    for (const group of GROUPS) {
      now = group.at;
      for (let i = 0; i < group.count; i++) {
        const conversation = `c${n++}`;
        for (const text of group.turns) await say(conversation, text, group);
      }
    }
    // The hand-offs: the first five waiting are taken, the other two leave the queue.
    const waiting = await desk.list('demo');
    expect(waiting.map((w) => w.phase)).to.deep.equal(Array(7).fill('queued'));
    for (const w of waiting.slice(0, 5)) expect(await desk.claim(w.conversationKey, advisorIdentity)).to.equal('claimed');
    for (const w of waiting.slice(5)) await desk.leave(w.conversationKey);
    await running.app.insight.settled();

    const code = totpCode(totp, Date.now());
    demoAdmin = await signIn('ada', code);
    valleysAdmin = await signIn('val', code);
    advisor = await signIn('sam');
  });

  after(async () => {
    await running?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds exactly what the 200 conversations did, and nothing that names anyone', async () => {
    const counts = await running.app.insight.store.read(['demo', 'valleys'], ['2026-W48', '2026-W49']);
    const total = (org: string, metric: string, category: string) =>
      counts.filter((c) => c.org === org && c.metric === metric && c.category === category).reduce((a, c) => a + c.value, 0);
    expect(total('demo', 'conversations', 'started')).to.equal(190);
    expect(total('valleys', 'conversations', 'started')).to.equal(10);
    expect(total('demo', 'channel', 'webchat')).to.equal(180);
    expect(total('demo', 'channel', 'sms')).to.equal(10);
    expect(total('demo', 'language', 'en')).to.equal(187);
    expect(total('demo', 'language', 'cy')).to.equal(3);
    expect(total('demo', 'topic', 'money')).to.be.at.least(163);
    expect(total('demo', 'topic', 'break')).to.equal(20);
    expect(total('demo', 'council', GAP.council)).to.equal(20);
    expect(total('demo', 'unmet', `break/${GAP.council}`)).to.equal(20);
    expect(total('demo', 'handoff', 'requested')).to.equal(7);
    expect(total('demo', 'handoff', 'taken')).to.equal(5);
    expect(total('demo', 'handoff', 'left')).to.equal(2);
    expect(total('demo', 'wait', 'under-1m')).to.equal(5);
    // Only our own short codes: no text, no conversation id, no key.
    for (const c of counts) expect(c.category).to.match(/^[a-z0-9_/:-]{1,40}$/i);
    expect(JSON.stringify(counts)).not.to.match(new RegExp(`worried|${GAP.district}|c\\d+|person-`));
  });

  it('shows an admin their organisation by week, with the small numbers and their give-aways hidden', async () => {
    const r = await report(PERIOD, demoAdmin);
    expect(r.scope).to.equal('org');
    expect(r.org.id).to.equal('demo');
    expect([r.from, r.to]).to.deep.equal(['2026-W48', '2026-W49']);
    expect(table(r, 'conversations')).to.include({ total: 190 });
    expect(table(r, 'conversations').cells).to.deep.equal([[75, 115]]);
    expect(row(table(r, 'channel'), 'sms')).to.deep.equal([0, 10]);
    expect(row(table(r, 'council'), GAP.council)).to.deep.equal([0, 20]);
    expect(table(r, 'council').rows[0].label).to.equal(GAP_NAME);
    const unmet = table(r, 'unmet');
    expect(unmet.rows.map((x) => x.label)).to.deep.equal(['A break for me']);
    expect(unmet.columns.map((x) => x.code)).to.deep.equal([GAP.council]);
    expect(unmet.cells).to.deep.equal([[20]]);
    // Welsh (3) is hidden; so is English that week, else the column total would give Welsh away.
    const languages = table(r, 'language');
    expect(row(languages, 'cy')).to.deep.equal([0, null]);
    expect(row(languages, 'en')[1]).to.equal(null);
    // Two left the queue: hidden, and the taken five with them (the week's total would tell).
    const handoff = table(r, 'handoff');
    expect(row(handoff, 'requested')).to.deep.equal([0, 7]);
    expect(row(handoff, 'left')).to.deep.equal([0, null]);
    expect(row(handoff, 'taken')).to.deep.equal([0, null]);
    for (const t of r.tables) {
      const grid = [...t.cells.map((cells, i) => [...cells, t.rowTotals[i]]), [...t.columnTotals, t.total]];
      const lines = [...grid, ...grid[0].map((_, j) => grid.map((g) => g[j]))];
      for (const line of lines) expect(line.filter((v) => v === null).length, `${t.id}: a line with one hidden number`).not.to.equal(1);
      for (const v of grid.flat()) if (v !== null) expect(v === 0 || v >= 5, `${t.id}: ${v} shown`).to.equal(true);
    }
  });

  it('gives the same numbers as CSV, hidden ones as "suppressed"', async () => {
    const response = await get(`/advisor/insight/report.csv?${PERIOD}`, demoAdmin);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^text\/csv/);
    expect(response.headers.get('content-disposition')).to.equal('attachment; filename="insight-demo-2026-W48-2026-W49.csv"');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).to.equal('table,row,column,count');
    expect(lines).to.include.members([
      'conversations,Conversations started,2026-W48,75',
      'conversations,total,total,190',
      'language,Welsh,2026-W49,suppressed',
      `unmet,A break for me,${GAP_NAME},20`,
      'handoff,Asked for a person,2026-W49,7',
    ]);
  });

  it('keeps each organisation to its own, the national view to the service operator, and advisors out', async () => {
    const valleys = await report(PERIOD, valleysAdmin);
    expect(valleys.org.id).to.equal('valleys');
    expect(table(valleys, 'conversations').total).to.equal(10);
    expect(valleys.nationalAllowed).to.equal(false);
    expect((await get(`/advisor/insight/api/report?${PERIOD}&scope=national`, valleysAdmin)).status).to.equal(403);
    const national = await report(`${PERIOD}&scope=national`, demoAdmin);
    expect(national.scope).to.equal('national');
    expect(table(national, 'conversations').total).to.equal(200);
    expect((await get(`/advisor/insight/report.csv?${PERIOD}&scope=national`, demoAdmin)).status).to.equal(200);
    for (const url of [`/advisor/insight/api/report?${PERIOD}`, `/advisor/insight/report.csv?${PERIOD}`]) {
      expect((await get(url, advisor)).status, `${url} as an advisor`).to.equal(403);
      expect((await get(url)).status, `${url} signed out`).to.equal(401);
    }
    expect((await get('/advisor/insight/api/report?from=2026-W60', demoAdmin)).status).to.equal(400);
    expect((await get('/advisor/insight/api/report?from=2024-W01&to=2026-W49', demoAdmin)).status).to.equal(400);
  });

  it('shows the dashboard in Chromium: charts, each table beside its chart, no axe violations', async function () {
    const browser = await launchChromium('insight dashboard browser test');
    if (!browser) return this.skip();
    try {
      const context = await browser.newContext();
      await context.addCookies([{ name: 'advisor_session', value: demoAdmin.split('=')[1], url: running.url }]);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${running.url}/advisor/insight?${PERIOD}`);
      await page.getByRole('heading', { name: 'Unmet need: topics with no local service to offer, by council' }).waitFor();
      expect(await page.locator('canvas').count()).to.equal(9);
      expect(await page.getByRole('table').count()).to.equal(9);
      expect(await page.getByRole('cell', { name: 'hidden' }).count()).to.be.greaterThan(0);
      expect((await axeViolations(page)).violations).to.deep.equal([]);
      mkdirSync(OUTPUT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(OUTPUT_DIR, 'insight-dashboard.png'), fullPage: true });
      await page.getByLabel('View').selectOption('national');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.getByRole('heading', { name: /every organisation/ }).waitFor();
      expect(await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).to.contain('scope=national');
      expect(problems).to.deep.equal([]);
    } finally {
      await browser.close();
    }
  });
});
