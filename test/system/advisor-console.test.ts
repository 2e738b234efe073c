/**
 * The advisor console in a real browser (Chromium via playwright-core) against
 * the real server and hand-off desk: a person asks the bot for a person, the
 * advisor signs in, sees them in the queue, claims, replies, and the reply
 * reaches the person's channel. axe-core checks both pages (WCAG 2.2 AA).
 * Skipped without Chromium, except in CI (CI=true), where that is a failure.
 */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeChannel } from '../web/fakeChannel';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { AccountStore } from '../../advisor/accounts';
import { hashPassword } from '../../advisor/password';
import { loadConfig } from '../../config';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';
import { axeViolations, launchChromium } from './browser';

/** A Tuesday afternoon: the demo organisation's advice line is open. */
const OPEN = new Date('2026-11-24T14:00:00Z');
const PASSWORD = 'correct horse battery';
const REPLY = 'Hello, I am Sam from the advice line. How can I help?';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let nextId = 0;
async function say(base: string, serviceUrl: string, conversationId: string, text: string): Promise<void> {
  nextId++;
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `act-${nextId}`,
      text,
      channelId: 'webchat',
      serviceUrl,
      from: { id: 'person-1', name: 'Person' },
      recipient: { id: 'bot', name: 'Bot' },
      conversation: { id: conversationId },
      locale: 'en-GB',
    }),
  });
  expect(response.status, `posting "${text}"`).to.equal(200);
}

describe('advisor console in a browser', function () {
  this.timeout(120_000);
  let dir: string;
  let channel: FakeChannel;
  let serviceUrl: string;
  let running: RunningApp;
  let browser: Browser;

  before(async function () {
    const launched = await launchChromium('advisor console browser test');
    if (!launched) this.skip();
    browser = launched;
    dir = mkdtempSync(path.join(tmpdir(), 'advisor-console-'));
    const passwordHash = await hashPassword(PASSWORD);
    AccountStore.inDir(dir).add({ username: 'sam', name: 'Sam', org: 'demo', role: 'advisor', languages: ['en'], passwordHash });
    AccountStore.inDir(dir).add({ username: 'alex', name: 'Alex', org: 'demo', role: 'advisor', languages: ['en'], passwordHash });
    channel = new FakeChannel();
    serviceUrl = await channel.start();
    const config = loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent', ADVISOR_DIR: dir });
    running = await startServer(config, createLogger('silent'), { clock: () => OPEN });
  });

  after(async () => {
    await browser?.close();
    await running?.stop();
    await channel?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${running.url}/advisor`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /People waiting/ }).waitFor();
  }

  it('signs in, sees the person waiting, claims, replies; the reply reaches the person; no axe violations', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // HTTP refusals (the wrong password's 401, the favicon's 404) are expected; CSP refusals and script errors are not.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(`${running.url}/advisor`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect((await axeViolations(page)).violations, 'sign-in page').to.deep.equal([]);

    // A wrong password first: the generic refusal, shown in the alert.
    await page.getByLabel('Username').fill('sam');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not right' }).waitFor();

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /People waiting/ }).waitFor();

    await say(running.url, serviceUrl, 'person-conv', 'hello');
    await say(running.url, serviceUrl, 'person-conv', 'can I talk to a real person');
    const claim = page.getByRole('button', { name: 'Claim' });
    await claim.waitFor({ timeout: 15_000 });
    expect(await page.locator('#queue-list li').count()).to.equal(1);
    expect((await axeViolations(page)).violations, 'console page with the queue').to.deep.equal([]);

    // A second advisor whose page misses the live updates still shows the Claim button: after Sam claims, Alex loses the race.
    const alexContext = await browser.newContext();
    const alexPage = await alexContext.newPage();
    await alexPage.route('**/advisor/api/events', (route) => route.abort());
    await signIn(alexPage, 'alex');
    await alexPage.getByRole('button', { name: 'Claim' }).waitFor();

    await claim.focus();
    await page.keyboard.press('Enter');
    const reply = page.getByLabel('Your reply');
    await reply.waitFor();
    await reply.fill(REPLY);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('#messages li.from-advisor').filter({ hasText: REPLY }).waitFor();
    await channel.waitFor('person-conv', new RegExp(REPLY.slice(0, 20)));

    await alexPage.getByRole('button', { name: 'Claim' }).click();
    await alexPage.getByRole('alert').filter({ hasText: 'Another advisor claimed this conversation first.' }).waitFor();
    await alexContext.close();

    // The person answers: it arrives live (server-sent events) and is announced once in the live region.
    await say(running.url, serviceUrl, 'person-conv', 'thank you, my mum is very poorly');
    await page.locator('#messages li.from-person').filter({ hasText: 'my mum is very poorly' }).waitFor();
    await page.locator('#announcer').filter({ hasText: 'New message from the person: thank you, my mum is very poorly' }).waitFor();
    expect((await axeViolations(page)).violations, 'console page with a conversation').to.deep.equal([]);

    mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-output', 'advisor-console.png'), fullPage: true });
    expect(problems, 'browser errors (CSP, script)').to.deep.equal([]);
    await page.close();
  });
});
