/** The chat page's HTML and Web Chat settings, per organisation and language. */
import { expect } from 'chai';
import { contrastRatio, loadOrganisations, type Organisation } from '../../handoff/orgs';
import { chatLanguage, chatPageHtml, styleOptionsFor, WEB_CHAT_LOCALES, type ChatPageView } from '../../web/chatPage';
import { LANGUAGES } from '../../core/languages';
import { translatorFor } from '../../i18n';

const orgs = loadOrganisations();
const demo = orgs.get('demo')!;
const valleys = orgs.get('valleys')!;

function view(org: Organisation, lang = chatLanguage(org, undefined), hostOrigin?: string): ChatPageView {
  return {
    org,
    lang,
    hostOrigin,
    allowedOrigins: ['http://127.0.0.1:3978', ...org.allowedOrigins],
    webChatPath: '/static/webchat/4.18.1/webchat.js',
    chatScriptUrl: '/embed/chat.js?v=abc',
    cssUrl: '/static/embed/chat.css?v=abc',
    tokenUrl: '/api/directline/token',
  };
}

function configOf(html: string): Record<string, unknown> {
  return JSON.parse(/<script type="application\/json" id="chat-config">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
}

describe('chat page', () => {
  describe('language', () => {
    const cases: Array<[Organisation, string | undefined, string]> = [
      [demo, 'ar', 'ar'],
      [demo, undefined, 'en'],
      [demo, 'fr', 'en'],
      [demo, 'pl-PL', 'pl'],
      [valleys, undefined, 'cy'],
      [valleys, 'en', 'en'],
      [valleys, 'ur', 'cy'],
    ];
    for (const [org, asked, lang] of cases) it(`${org.id} asked ${asked ?? '(nothing)'} -> ${lang}`, () => expect(chatLanguage(org, asked)).to.equal(lang));
  });

  it('offers the organisation’s languages by their own names, the current one selected', () => {
    const html = chatPageHtml(view(valleys, 'cy'));
    expect(html).to.include('<option value="cy" lang="cy" selected>Cymraeg</option>');
    expect(html).to.include('<option value="en" lang="en">English</option>');
    expect(html).not.to.include('value="pl"');
  });

  it('writes the page right to left for Arabic and Urdu', () => {
    expect(chatPageHtml(view(demo, 'ar'))).to.include('<html lang="ar" dir="rtl"');
    expect(chatPageHtml(view(demo, 'ur'))).to.include('<html lang="ur" dir="rtl"');
    expect(chatPageHtml(view(demo, 'pl'))).to.include('<html lang="pl" dir="ltr"');
  });

  it('shows the name, logo, greeting (ours in the language when the organisation has none) and the privacy notice', () => {
    const html = chatPageHtml(view(demo, 'pl'));
    expect(html).to.include('<h1 dir="auto">Hearth Support Line (demo)</h1>');
    expect(html).to.include('<img class="chat-logo" src="/static/orgs/demo.svg" alt=""');
    expect(html).to.include(`<p id="chat-greeting" class="chat-greeting" dir="auto">${translatorFor('pl')('embed.greeting')}</p>`);
    expect(html).to.match(/<details id="chat-privacy" class="chat-privacy" open>/);
    expect(html).to.include('<a href="/privacy?lang=pl" target="_blank" rel="noopener">Informacja o prywatności</a>');
  });

  it('uses the organisation’s own greeting in its language', () => {
    expect(chatPageHtml(view(valleys, 'cy'))).to.include(`dir="auto">${valleys.greeting!.cy!.replace(/'/g, '&#39;')}</p>`);
  });

  describe('every word on the first screen in the chat’s language', () => {
    const english = chatPageHtml(view(demo, 'en'));
    /** The text a person sees or hears: element text and the accessible names in attributes. */
    const words = (html: string) => {
      const body = html.slice(html.indexOf('<body'));
      const text = body.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<option[\s\S]*?<\/option>/g, '');
      const labels = [...text.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1]!);
      const content = text
        .replace(/<[^>]+>/g, '\n')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && line !== '·');
      return [...content, ...labels, /<title>(.*?)<\/title>/.exec(html)![1]!];
    };
    const englishWords = new Set(words(english));
    for (const lang of LANGUAGES.filter((code) => code !== 'en')) {
      it(lang, () => {
        const left = words(chatPageHtml(view(demo, lang))).filter((w) => englishWords.has(w) && w !== demo.name);
        expect(left, 'English left on the page').to.deep.equal([]);
      });
    }
  });

  it('sends the words of every offered language to the page, for a switch without a request', () => {
    const config = configOf(chatPageHtml(view(valleys, 'cy'))) as { words: Record<string, { language: string; webChat: Record<string, string> }> };
    expect(Object.keys(config.words)).to.deep.equal(['cy', 'en']);
    expect(config.words.cy!.language).to.equal('Iaith');
    expect(config.words.cy!.webChat.TEXT_INPUT_PLACEHOLDER).to.equal('Teipiwch eich neges');
  });

  it('has a close button with a name in the chat’s language, hidden until embedded', () => {
    expect(chatPageHtml(view(demo))).to.match(/<button type="button" id="chat-close" class="chat-close" aria-label="Close chat"[^>]* hidden>/);
    expect(chatPageHtml(view(demo, 'ar'))).to.match(/<button type="button" id="chat-close" class="chat-close" aria-label="إغلاق الدردشة"[^>]* hidden>/);
  });

  it('passes the organisation, origins and token route to the client, safely escaped', () => {
    const hostile: Organisation = { ...demo, name: 'A </script><script>alert(1)</script>', greeting: { en: '</script><b>' } };
    const html = chatPageHtml(view(hostile, 'en', 'http://localhost:3978'));
    expect(html).not.to.include('<script>alert(1)');
    expect(html.match(/<\/script>/g)).to.have.length(2);
    const config = configOf(html);
    expect(config).to.include({ org: 'demo', lang: 'en', hostOrigin: 'http://localhost:3978', tokenUrl: '/api/directline/token' });
    expect(config.allowedOrigins).to.include('http://127.0.0.1:3978');
  });

  it('has no inline script to run: only our files and a JSON block', () => {
    const html = chatPageHtml(view(demo));
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    for (const attributes of scripts) expect(attributes).to.match(/src="\/|type="application\/json"/);
  });

  describe('Web Chat style options', () => {
    for (const org of orgs.values()) {
      it(`${org.id}: the organisation's colour, readable under white text and on white`, () => {
        const options = styleOptionsFor(org);
        expect(options.accent).to.equal(org.colours!.primary);
        expect(options.bubbleFromUserBackground).to.equal(org.colours!.primary);
        expect(contrastRatio(String(options.bubbleFromUserBackground), String(options.bubbleFromUserTextColor))).to.be.at.least(4.5);
        expect(contrastRatio(String(options.suggestedActionTextColor), '#ffffff')).to.be.at.least(4.5);
        for (const key of ['subtle', 'timestampColor', 'sendBoxPlaceholderColor'])
          expect(contrastRatio(String(options[key]), '#ffffff'), key).to.be.at.least(4.5);
        expect(options.hideUploadButton).to.equal(true);
      });
    }
  });

  it('has a Web Chat locale for every language we write', () => {
    for (const code of LANGUAGES) expect(WEB_CHAT_LOCALES[code], code).to.match(new RegExp(`^${code}-[A-Z]{2}$`));
  });
});
