/**
 * The embed in the person's language and on phones, in Chromium against the real server:
 * Arabic, Polish and Welsh from the first screen (every visible word of the chat translated:
 * none of the English ones left), a language chosen in the header answered at once in that
 * language while earlier messages keep their direction, phone screens (320×568, 390×844) where
 * the conversation gets at least 60% of the height and the launcher covers none of the page,
 * and phone numbers as tap-to-call links. axe-core (WCAG 2.2 AA) finds nothing throughout.
 */
import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { loadConfig } from '../../config';
import type { LanguageCode } from '../../core/languages';
import { translatorFor } from '../../i18n';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';
import { axeViolations, launchChromium, OUTPUT_DIR } from './browser';

/** The first words of a bot text, before any apostrophe or comma (Web Chat's markdown curls apostrophes). */
const opening = (text: string) => text.split(/['’,،，]/)[0]!.trim();

/** The English the chat shows on its first screen: none of it may be left in another language. */
function englishOnScreen(): string[] {
  const en = translatorFor('en');
  return [
    'embed.chatWithUs',
    'embed.language',
    'embed.close',
    'embed.privacySummary',
    'embed.webchat.placeholder',
    'embed.webchat.send',
    'embed.webchat.input',
    'embed.conversation',
    'embed.greeting',
  ].map((key) => String(en(key)));
}

/** What a person sees or hears in a document: its text, and the names, labels and placeholders of its elements. */
async function wordsIn(target: Page | Frame): Promise<string> {
  return target.evaluate(() => {
    type El = { innerText: string; querySelectorAll(s: string): Iterable<{ getAttribute(n: string): string | null }> };
    const { document } = globalThis as unknown as { document: { body: El; title: string } };
    const attributes = [...document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')].flatMap((el) =>
      ['aria-label', 'placeholder', 'title', 'alt'].map((name) => el.getAttribute(name) ?? ''),
    );
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
}

async function chatFrame(page: Page): Promise<Frame> {
  const frame = page.frames().find((f) => f.url().includes('/chat?'));
  if (!frame) throw new Error('no chat frame');
  return frame;
}

async function noViolations(target: Page | Frame, what: string): Promise<void> {
  const { violations } = await axeViolations(target);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 2)}`).to.deep.equal([]);
}

describe('Web Chat embed: languages and phones', function () {
  this.timeout(180_000);
  let running: RunningApp;
  let browser: Browser;
  const problems: string[] = [];

  before(async function () {
    const launched = await launchChromium('Web Chat language and phone tests');
    if (!launched) this.skip();
    browser = launched;
    running = await startServer(loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent' }), createLogger('silent'));
    mkdirSync(OUTPUT_DIR, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function newPage(viewport: { width: number; height: number }, mobile = false): Promise<{ context: BrowserContext; page: Page; chat: FrameLocator }> {
    const context = await browser.newContext({ viewport, ...(mobile ? { isMobile: true, hasTouch: true } : {}) });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    return { context, page, chat: page.frameLocator('iframe.chb-frame') };
  }

  const firstScreens: Array<{ lang: LanguageCode; path: string }> = [
    { lang: 'ar', path: '/demo/ar' },
    { lang: 'pl', path: '/demo/pl' },
    { lang: 'cy', path: '/?org=valleys' },
  ];
  for (const { lang, path } of firstScreens) {
    it(`${lang}: every word in ${lang} from the first screen (${path}), and no WCAG 2.2 AA violation`, async () => {
      const t = translatorFor(lang);
      const { context, page, chat } = await newPage({ width: 1024, height: 800 });
      await page.goto(`${running.url}${path}`);
      const launcher = page.locator('#chb-launcher');
      expect(await page.locator('.chb-label').textContent()).to.equal(t('embed.chatWithUs'));
      await launcher.click();
      await chat.locator(`html[lang="${lang}"][dir="${lang === 'ar' ? 'rtl' : 'ltr'}"]`).waitFor();
      // The bot's welcome, in the language, in Web Chat itself (not only its plain preview), ready to type in.
      await chat
        .locator('.webchat__bubble__content', { hasText: opening(String(t('common.welcome.hello'))) })
        .first()
        .waitFor({ timeout: 60_000 });
      await chat.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 60_000 });
      const frame = await chatFrame(page);
      const shown = (await wordsIn(frame)) + '\n' + (await wordsIn(page));
      for (const english of englishOnScreen()) expect(shown, `English "${english}" on the ${lang} screen`).not.to.include(english);
      for (const key of ['embed.language', 'embed.close', 'embed.privacySummary', 'embed.webchat.placeholder'])
        expect(shown, `${key} in ${lang}`).to.include(String(t(key)));
      await noViolations(page, `${lang} page`);
      await noViolations(frame, `${lang} chat`);
      await page.screenshot({ path: `${OUTPUT_DIR}webchat-first-screen-${lang}.png` });
      await context.close();
    });
  }

  it('a language chosen in the header is answered at once in it; earlier messages keep their direction', async () => {
    const { context, page, chat } = await newPage({ width: 1024, height: 800 });
    const posted: Array<{ type?: string; text?: string; value?: { choice?: string } }> = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/activities$/.test(request.url())) posted.push(request.postDataJSON());
    });
    await page.goto(`${running.url}/`);
    await page.locator('#chb-launcher').click();
    const welcome = chat.locator('.webchat__bubble__content').first();
    // Chosen as soon as the welcome shows, even before Web Chat has drawn it: the choice is sent when it is ready.
    await chat
      .getByText(opening(String(translatorFor('en')('common.welcome.hello'))), { exact: false })
      .first()
      .waitFor({ timeout: 60_000 });
    await chat.locator('#chat-language').selectOption('ar');
    const ar = translatorFor('ar');
    // The bot's answer in Arabic, at once.
    const answer = chat.locator('.webchat__bubble__content', { hasText: opening(String(ar('common.language.changed'))) }).first();
    await answer.waitFor({ timeout: 60_000 });
    expect(
      posted.some((a) => a.type === 'message' && a.value?.choice === 'lang:ar'),
      'the choice sent as the language menu’s own answer',
    ).to.equal(true);
    // The chat's words in Arabic, right to left; the launcher follows.
    await chat.locator('html[lang="ar"][dir="rtl"]').waitFor();
    expect(await chat.locator('#chat-language-label').textContent()).to.equal(ar('embed.language'));
    await page.locator('#chb-panel[lang="ar"][dir="rtl"]').waitFor();
    // Each message in its own direction: the English welcome stays left to right, the Arabic answer is right to left.
    const direction = (locator: ReturnType<FrameLocator['locator']>) =>
      locator.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(el).direction);
    expect(await direction(welcome)).to.equal('ltr');
    expect(await direction(answer)).to.equal('rtl');
    await noViolations(await chatFrame(page), 'after the switch');
    await page.screenshot({ path: `${OUTPUT_DIR}webchat-switch-ar.png` });
    await context.close();
  });

  for (const viewport of [
    { width: 320, height: 568 },
    { width: 390, height: 844 },
  ]) {
    it(`on a ${viewport.width}×${viewport.height} phone: the launcher covers none of the page, the chat fills the screen, the conversation gets ≥ 60% of it`, async () => {
      const { context, page, chat } = await newPage(viewport, true);
      await page.goto(`${running.url}/`);
      const launcher = page.locator('#chb-launcher');
      await launcher.waitFor();
      // Scrolled to the end, where the page's last lines meet the button: nothing of the page under it.
      await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 1e6));
      // A string, not a function: the test's compiler would add helpers the page does not have.
      const covered = (await page.evaluate(`(() => {
        const button = document.getElementById('chb-embed-root').shadowRoot.getElementById('chb-launcher').getBoundingClientRect();
        return [...document.querySelectorAll('p, h1, h2, li, a, footer, header')]
          .filter((el) => { const a = el.getBoundingClientRect(); return a.left < button.right && a.right > button.left && a.top < button.bottom && a.bottom > button.top; })
          .map((el) => el.textContent.slice(0, 40));
      })()`)) as string[];
      expect(covered, 'page content under the launcher').to.deep.equal([]);
      await noViolations(page, 'phone page');
      await launcher.click();
      const frameBox = (await page.locator('iframe.chb-frame').boundingBox())!;
      expect(frameBox.width, 'the chat is full width').to.equal(viewport.width);
      expect(frameBox.height, 'the chat is full height').to.equal(viewport.height);
      await chat.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 60_000 });
      await chat.locator('.webchat__bubble__content').first().waitFor({ timeout: 60_000 });
      const conversation = (await chat.locator('#webchat').boundingBox())!;
      expect(conversation.height / viewport.height, 'share of the height for the conversation').to.be.at.least(0.6);
      // The privacy notice is folded, and one tap opens it.
      const privacy = chat.locator('#chat-privacy');
      expect(await privacy.getAttribute('open')).to.equal(null);
      await chat.locator('#chat-privacy summary').click();
      await chat.locator('.chat-privacy-text').waitFor({ state: 'visible' });
      await chat.locator('#chat-privacy summary').click();
      await noViolations(await chatFrame(page), 'phone chat');
      await page.screenshot({ path: `${OUTPUT_DIR}webchat-phone-${viewport.width}x${viewport.height}.png` });
      await context.close();
    });
  }

  it('makes every phone number a tap-to-call link: crisis numbers and service cards', async () => {
    const en = translatorFor('en');
    const { context, page, chat } = await newPage({ width: 390, height: 844 }, true);
    await page.goto(`${running.url}/`);
    await page.locator('#chb-launcher').click();
    const input = chat.locator('[data-id="webchat-sendbox-input"]');
    await input.waitFor({ timeout: 60_000 });
    await input.fill('I want to end my life');
    await input.press('Enter');
    await chat.locator('a[href="tel:116123"]').first().waitFor({ timeout: 60_000 });
    await chat.locator('a[href="tel:999"]').first().waitFor();
    // A service card's number, linked in the card.
    await input.fill('I need help with money, I have stopped working');
    await input.press('Enter');
    // The bot may ask a question or two first (are you working? where do you live?): answered
    // ("not working") or skipped until the cards come.
    const answer = chat
      .getByRole('button', { name: en('topics.question.money_work.not_working'), exact: true })
      .or(chat.getByRole('button', { name: en('common.choices.skip'), exact: true }))
      .last();
    const linked = chat.locator('.ac-adaptiveCard a[href^="tel:"]').first();
    for (let step = 0; step < 4 && !(await linked.isVisible()); step++) {
      await Promise.race([linked.waitFor({ timeout: 30_000 }), answer.waitFor({ timeout: 30_000 })]).catch(() => undefined);
      if (!(await linked.isVisible()) && (await answer.isVisible())) await answer.click();
    }
    await linked.waitFor({ timeout: 30_000 });
    // No number left as plain text in the cards.
    const plain = await chat.locator('.ac-adaptiveCard .ac-textBlock').evaluateAll((blocks) =>
      blocks
        .filter((b) => !(b as unknown as { querySelector(s: string): unknown }).querySelector('a[href^="tel:"]'))
        .map((b) => (b as unknown as { textContent: string }).textContent)
        .filter((text) => /(?:^|\D)0\d{3}[\s\d]{6,9}\d/.test(text)),
    );
    expect(plain, 'numbers without a link').to.deep.equal([]);
    await noViolations(await chatFrame(page), 'cards with links');
    await context.close();
  });

  it('broke no Content Security Policy and threw no script error', () => {
    expect(problems).to.deep.equal([]);
  });
});
