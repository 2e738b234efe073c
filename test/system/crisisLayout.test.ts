/**
 * The crisis block in Web Chat, in Chromium (playwright-core) against the real server and its
 * local Direct Line: each contact on a line of its own, every phone number a tel: link, the
 * words around them in paragraphs, and axe-core (WCAG 2.2 AA) passing with the block on screen.
 * Skipped without Chromium, except in CI (CI=true), where that is a failure.
 */
import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import { type Browser, type FrameLocator, type Page } from 'playwright-core';
import { loadConfig } from '../../config';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';
import { axeViolations, launchChromium, OUTPUT_DIR } from './browser';

/** Where each contact sits on screen: its text, its box, and the tel: links inside it. */
interface Row {
  text: string;
  top: number;
  bottom: number;
  links: string[];
}

describe('Web Chat: the crisis block in a browser', function () {
  this.timeout(120_000);
  let running: RunningApp;
  let browser: Browser;
  let page: Page;
  let chat: FrameLocator;

  before(async function () {
    const launched = await launchChromium('crisis layout browser test');
    if (!launched) this.skip();
    browser = launched;
    running = await startServer(loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent' }), createLogger('silent'));
    // A phone-sized window: where lines most easily run together.
    page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    chat = page.frameLocator('iframe.chb-frame');
    await page.goto(`${running.url}/`);
    await page.locator('#chb-launcher').click();
    const input = chat.locator('[data-id="webchat-sendbox-input"]');
    await input.waitFor({ timeout: 30_000 });
    await input.fill('I keep thinking I want to kill myself');
    await input.press('Enter');
    await chat.locator('a[href="tel:116123"]').first().waitFor({ timeout: 30_000 });
  });

  after(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function rows(): Promise<Row[]> {
    const block = chat.locator('ul:has(a[href^="tel:"])').last();
    return block.locator('li').evaluateAll((items) =>
      items.map((item) => {
        const li = item as unknown as {
          textContent: string;
          getBoundingClientRect(): { top: number; bottom: number };
          querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null }>;
        };
        const box = li.getBoundingClientRect();
        return {
          text: li.textContent.trim(),
          top: box.top,
          bottom: box.bottom,
          links: Array.from(li.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? ''),
        };
      }),
    );
  }

  it('shows one contact a line, each on its own row, in the order given', async () => {
    const shown = await rows();
    expect(shown.map((r) => r.text.split(':')[0])).to.deep.equal([
      'Samaritans (any time, free)',
      'Shout (any time, free)',
      'NHS 111, option 2 for mental health',
      'Emergency (ambulance or police)',
    ]);
    for (let i = 1; i < shown.length; i++) expect(shown[i].top, `${shown[i].text} starts below ${shown[i - 1].text}`).to.be.at.least(shown[i - 1].bottom - 1);
  });

  it('makes every phone number a tel: link, and no link of the text-only line', async () => {
    const shown = await rows();
    expect(shown.map((r) => r.links)).to.deep.equal([['tel:116123'], [], ['tel:111'], ['tel:999']]);
  });

  it('keeps the words around the numbers in paragraphs of their own, their numbers tap-to-call too', async () => {
    const message = chat.locator('.webchat__bubble__content:has(a[href="tel:999"])').last();
    const paragraphs = await message.locator('p').allTextContents();
    expect(paragraphs[0]).to.match(/^Thank you for telling me/);
    // Web Chat puts zero-width spaces around a link.
    expect(paragraphs.at(-1), JSON.stringify(paragraphs)).to.match(/danger right now, call \u200b?999/);
    expect(await message.locator('p').last().locator('a[href="tel:999"]').count()).to.equal(1);
  });

  it('has no WCAG 2.2 AA violations with the crisis block on screen, and saves a screenshot', async () => {
    const frame = page.frames().find((f) => f.url().includes('/chat?'))!;
    const { violations, passes } = await axeViolations(frame);
    expect(violations, JSON.stringify(violations, null, 2)).to.deep.equal([]);
    expect(passes).to.be.greaterThan(10);
    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: `${OUTPUT_DIR}crisis-layout.png` });
  });
});
