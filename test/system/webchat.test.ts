/**
 * The Web Chat embed end to end in Chromium (playwright-core) against the real server and its
 * local Direct Line: the demo page, the launcher, the chat iframe, a conversation to a service
 * card, a switch to Arabic (right to left), Escape back to the launcher, and axe-core
 * (WCAG 2.2 AA) on the page with the chat open. Any CSP violation fails the test.
 * Skipped without Chromium, except in CI (CI=true), where that is a failure.
 */
import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { loadConfig } from '../../config';
import { translatorFor } from '../../i18n';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';
import { axeViolations, launchChromium, OUTPUT_DIR } from './browser';

const en = translatorFor('en');

/** Polls a condition the browser makes true by itself (a request it sends); no fixed sleeps. */
async function waitUntil(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('Web Chat embed in a browser', function () {
  this.timeout(120_000);
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let chat: FrameLocator;
  const problems: string[] = [];
  let lastPost: { url: string; authorization: string; from: unknown } | undefined;
  const posted: Array<{ type?: string; name?: string; value?: unknown; channelData?: { org?: string } }> = [];

  /** The id of the focused element inside the launcher's shadow root. */
  async function activeIdInLauncher(): Promise<string | undefined> {
    type Focus = { activeElement?: { id?: string; shadowRoot?: Focus } | null };
    return page.evaluate(() => (globalThis as unknown as { document: Focus }).document.activeElement?.shadowRoot?.activeElement?.id);
  }

  before(async function () {
    const launched = await launchChromium('Web Chat browser test');
    if (!launched) this.skip();
    browser = launched;
    running = await startServer(loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent' }), createLogger('silent'));
    context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    page = await context.newPage();
    // A CSP violation or a script error in any frame is a failure, reported at the end.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy|Refused to|postMessage/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (request.method() !== 'POST' || !/\/v3\/directline\/conversations\/[^/]+\/activities$/.test(request.url())) return;
      posted.push(request.postDataJSON());
      lastPost = { url: request.url(), authorization: request.headers().authorization ?? '', from: request.postDataJSON().from };
    });
    chat = page.frameLocator('iframe.chb-frame');
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await running?.stop();
  });

  it('serves the demo page with the launcher and no chat until it is opened', async () => {
    await page.goto(`${running.url}/`);
    expect(await page.title()).to.match(/demo/i);
    const launcher = page.locator('#chb-launcher');
    await launcher.waitFor();
    expect(await launcher.getAttribute('aria-expanded')).to.equal('false');
    expect(await page.locator('iframe').count()).to.equal(0);
    const box = await launcher.boundingBox();
    expect(box!.width).to.be.at.least(48);
    expect(box!.height).to.be.at.least(48);
  });

  it('opens the chat in an iframe from the bot origin, and the bot welcomes a hello', async () => {
    await page.locator('#chb-launcher').click();
    expect(await page.locator('#chb-launcher').getAttribute('aria-expanded')).to.equal('true');
    const src = await page.locator('iframe.chb-frame').getAttribute('src');
    expect(src).to.match(new RegExp(`^${running.url}/chat\\?org=demo&lang=en&host=`));
    const input = chat.locator('[data-id="webchat-sendbox-input"]');
    await input.waitFor({ timeout: 30_000 });
    await input.fill('hello');
    await input.press('Enter');
    // Web Chat's markdown turns ' into ’: match the words before the first apostrophe.
    await chat.getByText(en('common.welcome.hello').split("'")[0]!, { exact: false }).first().waitFor({ timeout: 30_000 });
  });

  it('follows suggested actions to a service card', async () => {
    await chat
      .getByRole('button', { name: en('common.opening.money'), exact: true })
      .first()
      .click();
    await chat
      .getByRole('button', { name: en('topics.question.money_work.not_working'), exact: true })
      .first()
      .click();
    await chat
      .getByRole('button', { name: en('common.choices.skip'), exact: true })
      .first()
      .click();
    await chat.locator('.ac-adaptiveCard').first().waitFor({ timeout: 30_000 });
  });

  it('makes every phone number on the service cards a tel: link (the bot links them: channels/phoneNumbers.ts)', async () => {
    const cards = chat.locator('.ac-adaptiveCard');
    const links = await cards.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']));
    expect(links.length).to.be.greaterThan(0);
    for (const [number, href] of links) expect(href, number).to.equal(`tel:${number.replace(/[\s\u200b]/g, '')}`);
  });

  it('has no WCAG 2.2 AA violations (axe-core) with the chat open, and saves a screenshot', async () => {
    const frame = page.frames().find((f) => f.url().includes('/chat?'));
    expect(frame, 'the chat frame').to.not.equal(undefined);
    const onPage = await axeViolations(page);
    const inChat = await axeViolations(frame!);
    expect(onPage.violations, JSON.stringify(onPage.violations, null, 2)).to.deep.equal([]);
    expect(inChat.violations, JSON.stringify(inChat.violations, null, 2)).to.deep.equal([]);
    // The rules did run on real content (a service card, buttons, the header).
    expect(inChat.passes).to.be.greaterThan(10);
    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: `${OUTPUT_DIR}webchat-open.png` });
  });

  it('switches to Arabic: the chat’s words right to left, the launcher and the bot are told', async () => {
    await chat.locator('#chat-language').selectOption('ar');
    await chat.locator('html[dir="rtl"][lang="ar"]').waitFor();
    await page.locator('#chb-panel[dir="rtl"][lang="ar"]').waitFor();
    // Told as the language menu's own answer, which the bot takes as an explicit choice.
    await waitUntil(() => posted.some((a) => a.type === 'message' && (a.value as { choice?: string } | undefined)?.choice === 'lang:ar'));
    const inChat = await axeViolations(page.frames().find((f) => f.url().includes('/chat?'))!);
    expect(inChat.violations, JSON.stringify(inChat.violations, null, 2)).to.deep.equal([]);
    await page.screenshot({ path: `${OUTPUT_DIR}webchat-rtl.png` });
  });

  it('closes on Escape and gives focus back to the launcher', async () => {
    await chat.locator('[data-id="webchat-sendbox-input"]').focus();
    await page.keyboard.press('Escape');
    await page.locator('#chb-panel').waitFor({ state: 'hidden' });
    expect(await page.locator('#chb-launcher').getAttribute('aria-expanded')).to.equal('false');
    expect(await activeIdInLauncher()).to.equal('chb-launcher');
  });

  it('shows a badge for replies that arrive while the chat is closed', async () => {
    // The person's message sent over Direct Line as Web Chat would (its URL, token and id): the bot's reply arrives while the chat is hidden.
    const { url, authorization, from } = lastPost!;
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: en('common.choices.skip'), from, locale: 'ar-SA', channelData: { org: 'demo' } }),
    });
    expect(response.ok).to.equal(true);
    await page.locator('.chb-badge:not([hidden])').waitFor();
    // In the chat's language now (Arabic): "<label> (new messages: N)".
    const ar = translatorFor('ar');
    const template = String(ar('embed.newMessages', { label: ar('embed.chatWithUs'), count: 12345 })).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(await page.locator('#chb-launcher').getAttribute('aria-label')).to.match(new RegExp(`^${template.replace('12345', '\\d+')}$`));
  });

  it('opens again from the keyboard alone, with focus inside the chat, and clears the badge', async () => {
    await page.keyboard.press('Enter');
    await page.locator('#chb-panel').waitFor({ state: 'visible' });
    await page.locator('.chb-badge').waitFor({ state: 'hidden' });
    expect(await activeIdInLauncher(), 'focus left the launcher for the chat').not.to.equal('chb-launcher');
    const frame = page.frames().find((f) => f.url().includes('/chat?'))!;
    await frame.waitForFunction(() => (globalThis as unknown as { document: { hasFocus(): boolean } }).document.hasFocus());
    await page.keyboard.press('Escape');
    await page.locator('#chb-panel').waitFor({ state: 'hidden' });
    expect(await activeIdInLauncher()).to.equal('chb-launcher');
  });

  it('moves out of the way of a focused element it would cover (WCAG 2.4.11)', async () => {
    const before = await page.locator('.chb-wrap').getAttribute('class');
    expect(before).to.include('chb-right');
    // A link of the page in the launcher's corner, as a footer link could be on a short page.
    await page.evaluate(() => {
      const { document } = globalThis as unknown as {
        document: {
          createElement(n: string): { id: string; href: string; textContent: string; style: { cssText: string } };
          body: { appendChild(e: unknown): void };
        };
      };
      const link = document.createElement('a');
      link.id = 'corner-link';
      link.href = '#';
      link.textContent = 'Contact';
      link.style.cssText = 'position:fixed;right:24px;bottom:24px';
      document.body.appendChild(link);
    });
    await page.locator('#corner-link').focus();
    await page.locator('.chb-wrap.chb-left').waitFor();
    const link = (await page.locator('#corner-link').boundingBox())!;
    const button = (await page.locator('#chb-launcher').boundingBox())!;
    expect(link.x > button.x + button.width || link.x + link.width < button.x, 'no horizontal overlap').to.equal(true);
  });

  it('on a phone (320 x 568) the launcher never covers the page mid-scroll, and sits below it at the end (axe: no violations)', async () => {
    // Reduced motion: the button's box is measured where it ends, not mid-transition.
    const phone = await browser.newContext({ viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    try {
      const small = await phone.newPage();
      // tsx names the functions it compiles with a helper the page lacks.
      await small.addInitScript('globalThis.__name = (f) => f');
      await small.goto(`${running.url}/`);
      await small.locator('#chb-launcher').waitFor();
      // Where the launcher is, whether it is shown, and whether it lies over any text, picture or control of the page.
      const look = (y: number) =>
        small.evaluate(async (scrollTo) => {
          type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };
          type El = { shadowRoot: { getElementById(id: string): El; querySelector(s: string): El }; className: string; getBoundingClientRect(): Box };
          const g = globalThis as unknown as {
            scrollTo(x: number, y: number): void;
            scrollY: number;
            innerHeight: number;
            requestAnimationFrame(f: () => void): void;
            getComputedStyle(e: unknown): { visibility: string };
            document: {
              getElementById(id: string): El;
              createRange(): { selectNodeContents(n: unknown): void; getClientRects(): Iterable<Box> };
              createTreeWalker(root: unknown, what: number): { nextNode(): { nodeValue: string | null; parentElement: unknown } | null };
              body: unknown;
              querySelectorAll(s: string): Iterable<{ getBoundingClientRect(): Box }>;
            };
          };
          g.scrollTo(0, scrollTo);
          await new Promise<void>((resolve) => g.requestAnimationFrame(() => g.requestAnimationFrame(() => resolve())));
          const host = g.document.getElementById('chb-embed-root');
          const box = host.shadowRoot.getElementById('chb-launcher').getBoundingClientRect();
          const shown = box.bottom > 0 && box.top < g.innerHeight;
          const over = (a: Box) => a.right > a.left && a.bottom > a.top && a.left < box.right && a.right > box.left && a.top < box.bottom && a.bottom > box.top;
          const covered: string[] = [];
          const walker = g.document.createTreeWalker(g.document.body, 4);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.nodeValue?.trim()) continue;
            const range = g.document.createRange();
            range.selectNodeContents(node);
            for (const line of range.getClientRects()) if (shown && over(line)) covered.push(node.nodeValue.trim().slice(0, 40));
          }
          for (const element of g.document.querySelectorAll('img,input,button,select,textarea,video'))
            if (shown && over(element.getBoundingClientRect())) covered.push('a control or picture');
          return { y: g.scrollY, mode: host.shadowRoot.querySelector('.chb-wrap').className, width: box.width, shown, covered };
        }, y);
      const height = await small.evaluate(
        () => (globalThis as unknown as { document: { scrollingElement: { scrollHeight: number } } }).document.scrollingElement.scrollHeight,
      );
      expect(height, 'the demo page is taller than the phone').to.be.greaterThan(568 + 200);
      const seen = new Set<string>();
      for (let y = 30; y < height - 568 - 10; y += 29) {
        const at = await look(y);
        seen.add(at.mode.includes('chb-tucked') ? 'tucked' : 'compact');
        expect(at.covered, `scrolled to ${at.y}: ${at.mode}`).to.deep.equal([]);
        if (at.shown) expect(at.width, `an icon mid-scroll (${at.y})`).to.be.at.most(48);
      }
      const end = await look(height);
      expect(end.shown).to.equal(true);
      expect(end.width, 'its words again at the end of the page').to.be.greaterThan(100);
      expect(end.covered, 'in the space reserved below the page').to.deep.equal([]);
      await look(Math.round(height / 2));
      const { violations } = await axeViolations(small);
      expect(violations.map((v) => v.id)).to.deep.equal([]);
      mkdirSync(OUTPUT_DIR, { recursive: true });
      await small.screenshot({ path: `${OUTPUT_DIR}/launcher-phone-mid-scroll.png` });
      expect([...seen].sort(), 'an icon where a corner is free, out of sight where none is').to.deep.equal(['compact', 'tucked']);
      // Out of sight, it still comes back for the keyboard.
      type Focus = { activeElement?: { id?: string; shadowRoot?: Focus } | null };
      const focusedId = () => small.evaluate(() => (globalThis as unknown as { document: Focus }).document.activeElement?.shadowRoot?.activeElement?.id);
      for (let i = 0; i < 30 && (await focusedId()) !== 'chb-launcher'; i++) await small.keyboard.press('Tab');
      expect(await focusedId()).to.equal('chb-launcher');
      const focused = (await small.locator('#chb-launcher').boundingBox())!;
      expect(focused.y + focused.height, 'focused, it is on screen').to.be.at.most(568);
    } finally {
      await phone.close();
    }
  });

  it('tagged every activity it sent with the organisation', () => {
    expect(posted.length).to.be.at.least(4);
    for (const activity of posted) expect(activity.channelData?.org, JSON.stringify(activity)).to.equal('demo');
  });

  it('embeds the Welsh demo organisation in Welsh', async () => {
    const welsh = await context.newPage();
    await welsh.goto(`${running.url}/?org=valleys`);
    await welsh.locator('#chb-launcher').click();
    const frame = welsh.frameLocator('iframe.chb-frame');
    await frame.locator('html[lang="cy"][dir="ltr"]').waitFor();
    await frame.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 30_000 });
    expect(await frame.locator('h1').textContent()).to.equal('Valleys Carers Line (demo)');
    await welsh.close();
  });

  it('framed without a launcher (the admin preview), never takes focus from the page around it', async () => {
    // CI: the admin page's typing went into its chat preview when Web Chat drew and focused its send box.
    const host = await context.newPage();
    await host.route(`${running.url}/focus-host`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>host</title><input id="typing"><iframe id="preview" src="/chat?org=demo"></iframe>',
      }),
    );
    await host.goto(`${running.url}/focus-host`);
    await host.locator('#typing').pressSequentially('#7fa');
    await host.frameLocator('#preview').locator('.webchat__bubble__content').first().waitFor({ timeout: 60_000 });
    await host.keyboard.type('7d9');
    expect(await host.locator('#typing').inputValue()).to.equal('#7fa7d9');
    expect(await host.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).to.equal(
      'typing',
    );
    await host.close();
  });

  describe('on an organisation’s own website (another origin)', () => {
    let site: HttpServer;
    let siteOrigin: string;

    before(async () => {
      // The organisation's website: another port on the loopback address is another origin.
      site = createHttpServer((req, res) => {
        const org = new URL(req.url ?? '/', 'http://x').searchParams.get('org') ?? 'demo';
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><html lang="en"><title>Carers</title><h1>Carers</h1><script src="${running.url}/embed.js" data-org="${org}" data-lang="en" async></script></html>`,
        );
      });
      await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
      siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
      // An organisation that allows that site, as its data/orgs file would.
      const demo = running.app.organisations.get('demo')!;
      running.app.organisations.set('cross-site-test', { ...demo, id: 'cross-site-test', allowedOrigins: [siteOrigin] });
    });

    after(async () => {
      running?.app.organisations.delete('cross-site-test');
      await new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve()));
    });

    it('an allowed origin shows the chat, and they talk across origins', async () => {
      const host = await context.newPage();
      await host.goto(`${siteOrigin}/?org=cross-site-test`);
      await host.locator('#chb-launcher').click();
      expect(await host.locator('iframe.chb-frame').getAttribute('src')).to.include(`host=${encodeURIComponent(siteOrigin)}`);
      const frame = host.frameLocator('iframe.chb-frame');
      await frame.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 30_000 });
      // The close button (in the bot's origin) reaches the launcher (in the site's) by postMessage.
      await frame.locator('#chat-close').click();
      await host.locator('#chb-panel').waitFor({ state: 'hidden' });
      await host.close();
    });

    it('an origin the organisation did not allow is refused the chat by the browser', async () => {
      const host = await context.newPage();
      const refused = new Promise<string>((resolve) => host.on('console', (m) => /frame-ancestors/.test(m.text()) && resolve(m.text())));
      await host.goto(`${siteOrigin}/?org=demo`);
      await host.locator('#chb-launcher').click();
      expect(await refused).to.match(/frame-ancestors/);
      await host.close();
    });
  });

  it('says what to do, with the 24/7 numbers, when the chat cannot start', async () => {
    const broken = await context.newPage();
    await broken.route('**/api/directline/token', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"down"}' }));
    await broken.goto(`${running.url}/`);
    await broken.locator('#chb-launcher').click();
    const problem = broken.frameLocator('iframe.chb-frame').locator('.chat-problem[role="alert"]');
    await problem.waitFor();
    expect(await problem.textContent())
      .to.match(/116 123/)
      .and.match(/999/);
    await broken.close();
  });

  it('broke no Content Security Policy, posted to no wrong origin, threw no script error', () => {
    expect(problems).to.deep.equal([]);
  });
});
