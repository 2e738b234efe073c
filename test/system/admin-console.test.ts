/**
 * The organisation admin space in a real browser (Chromium via playwright-core) against the real
 * server: an admin signs in with a password and an authenticator code, opens the admin space from
 * the console, sees a bad colour refused with its reason, changes the greeting and the advice
 * line's hours, adds a local service and an advisor; the chat (the embed) shows the new greeting
 * and the bot's answers use the new hours and offer the new service, without a restart.
 * axe-core checks the page (WCAG 2.2 AA). Skipped without Chromium, except in CI.
 */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type Locator } from 'playwright-core';
import { AccountStore } from '../../advisor/accounts';
import { hashPassword } from '../../advisor/password';
import { totpCode } from '../../advisor/totp';
import { loadConfig } from '../../config';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';
import { axeViolations, launchChromium, OUTPUT_DIR } from './browser';
import { messageActivity, postMessage } from '../../bench/scale/messages';

/** A Tuesday, 14:00 in London: open under the demo line's file hours, closed once the admin closes at 13:00. */
const TUESDAY_2PM = new Date('2026-11-24T14:00:00Z');
const PASSWORD = 'correct horse battery';
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const GREETING = 'Hello from the Hearth team. Tell us what is going on.';
const SERVICE = 'Peckham Carers Cafe';

let nextId = 0;
async function say(base: string, conversation: string, text: string): Promise<string> {
  const response = await postMessage(base, messageActivity(conversation, `admin-${++nextId}`, text));
  expect(response.status, text).to.equal(200);
  const body = (await response.json()) as { activities?: { text?: string; attachments?: unknown[] }[] };
  return (body.activities ?? []).map((a) => `${a.text ?? ''} ${JSON.stringify(a.attachments ?? [])}`).join('\n');
}

describe('organisation admin space in a browser', function () {
  this.timeout(300_000);
  let dir: string;
  let running: RunningApp;
  let browser: Browser;

  before(async function () {
    // The first start builds Web Chat's bundle and compresses it in the background: on a busy machine a step can wait.
    this.timeout(300_000);
    const launched = await launchChromium('admin space browser test');
    if (!launched) this.skip();
    browser = launched;
    dir = mkdtempSync(path.join(tmpdir(), 'admin-console-'));
    const passwordHash = await hashPassword(PASSWORD);
    AccountStore.inDir(dir).add({ username: 'ada', name: 'Ada', org: 'demo', role: 'admin', languages: ['en'], passwordHash, totpSecret: SECRET });
    const config = loadConfig({ PORT: '0', STORAGE: 'lowdb', STATE_DIR: path.join(dir, 'state'), LOG_LEVEL: 'silent', ADVISOR_DIR: dir });
    running = await startServer(config, createLogger('silent'), { clock: () => TUESDAY_2PM });
  });

  after(async () => {
    await browser?.close();
    await running?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('signs in with TOTP, changes greeting and hours, adds a service and an advisor; the chat and the bot follow at once; no axe violations', async () => {
    // Before: the line is open at 14:00 (the file's hours), and the new service is unknown.
    expect(await say(running.url, 'before', 'hello')).to.not.include(GREETING);
    const page = await browser.newPage();
    page.setDefaultTimeout(90_000);
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    // What the admin API answered, for the message of a change that never shows its outcome.
    const requests: string[] = [];
    page.on('requestfailed', (r) => requests.push(`${r.url()} failed: ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => {
      if (!r.url().includes('/api/')) return;
      // A settings save also says which colours it sent: a refusal once never showed although the save answered 200.
      let sent = '';
      if (r.url().endsWith('/admin/settings')) {
        try {
          sent = ` sent ${JSON.stringify((r.request().postDataJSON() as { settings?: { colours?: unknown } } | null)?.settings?.colours)}`;
        } catch {
          sent = ' sent (not JSON)';
        }
      }
      requests.push(`${new URL(r.url()).pathname} ${r.status()}${sent}`);
    });
    /** Waits for an outcome on the page; if it never comes, says what the page showed and what the API answered. */
    const shown = async (outcome: Locator, what: string): Promise<void> => {
      try {
        await outcome.waitFor();
      } catch (error) {
        const notice = await page
          .locator('#notice')
          .textContent()
          .catch(() => '');
        throw new Error(`${what} never showed (${String(error).split('\n')[0]}); notice: "${notice ?? ''}"; requests: ${requests.join('; ')}`, {
          cause: error,
        });
      }
    };

    await page.goto(`${running.url}/advisor`);
    await page.getByLabel('Username').fill('ada');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByLabel('Code from your authenticator app').fill(totpCode(SECRET, Date.now()));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Organisation admin' }).click();
    await page.getByRole('heading', { name: /Organisation admin: Hearth Support Line/ }).waitFor();
    expect((await axeViolations(page)).violations, 'admin page').to.deep.equal([]);

    // A colour that fails contrast is refused with its reason; nothing is saved.
    await page.getByLabel('Main colour (white text sits on it)').fill('#7fa7d9');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await shown(page.getByRole('alert').filter({ hasText: 'has contrast 2.49:1 with white text, needs 4.5:1' }), 'the contrast refusal');
    await page.getByLabel('Main colour (white text sits on it)').fill('#1d4f91');

    // The greeting, and the weekday hours now close at 13:00.
    await page.getByLabel('Greeting in English').fill(GREETING);
    await page.getByLabel('Closes (row 1)').fill('13:00');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await shown(page.getByRole('status').filter({ hasText: 'Settings saved' }), '"Settings saved"');
    // The chat page waits for Web Chat's bundle, built once at start-up: slow on a busy first boot.
    await page.frameLocator('#preview-frame').getByText(GREETING).waitFor({ timeout: 120_000 });

    // A local service, on the catalogue's form.
    await page.locator('#v-name').fill(SERVICE);
    await page.locator('#v-description').fill('A weekly drop-in cafe for carers where you can talk to others who understand.');
    await page.locator('#v-phone').fill('020 7123 4567');
    await page.locator('#v-url').fill('https://example.org/peckham-cafe');
    await page.locator('#v-areas').fill('SE15');
    await page.getByRole('checkbox', { name: 'peer support' }).check();
    // A save the server never answers says so, and nothing is lost from the form.
    await page.route('**/advisor/api/admin/services/save', (route) => route.abort('connectionreset'));
    await page.getByRole('button', { name: 'Add service' }).click();
    await page.getByRole('alert').filter({ hasText: 'the server did not answer' }).waitFor();
    expect(await page.locator('#v-name').inputValue()).to.equal(SERVICE);
    await page.unroute('**/advisor/api/admin/services/save');

    await page.getByRole('button', { name: 'Add service' }).click();
    // If the save is refused or fails, say why (the page's notice and the requests that failed) instead of only timing out.
    const serviceSaved = page.getByRole('status').filter({ hasText: `Service "${SERVICE}" saved` });
    const refused = page.locator('#notice:not([hidden]):not(:has-text("did not answer"))');
    const outcome = await Promise.race([serviceSaved.waitFor().then(() => 'saved'), refused.waitFor().then(() => 'refused')]).catch(
      (error: unknown) => `neither saved nor refused (${String(error).split('\n')[0]}); requests: ${requests.join('; ')}`,
    );
    expect(outcome, `the service was not saved: ${await refused.textContent().catch(() => '')}`).to.equal('saved');
    await page.getByRole('button', { name: `Mark ${SERVICE} checked` }).waitFor();

    // An advisor, with a one-time password shown once.
    await page.locator('#a-username').fill('bo');
    await page.locator('#a-name').fill('Bo Green');
    await page.getByRole('button', { name: 'Add advisor' }).click();
    await page.locator('#secret').filter({ hasText: 'Password for bo:' }).waitFor();
    await page.getByText('Bo Green (bo), advisor, offline').waitFor();
    expect((await axeViolations(page)).violations, 'admin page after the changes').to.deep.equal([]);
    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'admin-space.png'), fullPage: true });

    // The embed shows the new greeting without a restart.
    const chat = await browser.newPage();
    await chat.goto(`${running.url}/chat?org=demo`);
    await chat.getByText(GREETING).waitFor({ timeout: 120_000 });
    await chat.close();

    // The bot's answers: the line is now closed at 14:00 on a Tuesday, and the new service is offered near SE15.
    const handoff = await say(running.url, 'after', 'hello').then(() => say(running.url, 'after', 'can I talk to a real person'));
    expect(handoff).to.match(/advice line is closed now\. It opens Wednesday 09:00/);
    const services = await say(running.url, 'services', 'I look after my mum and I would like to meet other carers, I live in SE15');
    expect(services).to.include(SERVICE);

    // The new advisor exists and can sign in.
    expect(AccountStore.inDir(dir).findByUsername('bo')?.org).to.equal('demo');
    expect(problems, 'browser errors (CSP, script)').to.deep.equal([]);
    await page.close();
  });
});
