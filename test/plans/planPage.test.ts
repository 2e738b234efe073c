/** The printable page: A4 print CSS, large type, the organisation, advice line and date, full links, the person's language and direction. */
import { expect } from 'chai';
import type { PlanView } from '../../channels/content';
import { buildPlan } from '../../conversation/plan';
import { newSituation, type Situation } from '../../conversation/state';
import { LANGUAGES, RTL_LANGUAGES, type LanguageCode } from '../../core/languages';
import { planPageHtml } from '../../web/planPage';
import { guide } from '../conversation/helpers';

const s: Situation = {
  ...newSituation(),
  caredFor: [{ relation: 'father', words: 'dad' }],
  topics: ['break', 'money'],
  focus: 'break',
  nation: 'england',
};

const page = (language: LanguageCode, plan: PlanView = buildPlan(s, guide(language))): string =>
  planPageHtml({ plan, language, rightToLeft: RTL_LANGUAGES.has(language), conversationKey: 'c', expiresAt: 1 });

/** The text a reader sees: tags and the style sheet dropped. */
const visible = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

describe('the printable plan page', () => {
  it('prints on A4 with body type of 14pt or more, on paper and on screen', () => {
    const html = page('en');
    expect(html).to.match(/@page\s*\{[^}]*size:\s*A4/);
    expect(html).to.match(/@media print/);
    const sizes = [...html.matchAll(/html\s*\{\s*font-size:\s*(\d+)pt/g)].map((m) => Number(m[1]));
    expect(sizes.length).to.be.at.least(2);
    expect(Math.min(...sizes)).to.be.at.least(14);
  });

  it('names the organisation, its advice line and the date, and writes links out in full', () => {
    const html = page('en');
    expect(html).to.include('Hearth Support Line (demo)');
    expect(html).to.include('0300 123 4567');
    expect(html).to.include('23 November 2026');
    const links = [...html.matchAll(/<a href="(https:[^"]+)">([^<]+)<\/a>/g)];
    expect(links.length).to.be.greaterThan(0);
    for (const [, href, shown] of links) expect(shown).to.equal(href);
  });

  it('has each thing raised with steps, contacts, what to say', () => {
    const text = visible(page('en'));
    for (const words of ['A break for me', 'Money and benefits', 'What to do next', 'Who to contact', 'What to say when you call', 'my dad']) {
      expect(text).to.include(words);
    }
  });

  for (const language of LANGUAGES) {
    it(`${language}: lang and dir set, no placeholder or key left`, () => {
      const html = page(language);
      expect(html).to.include(`<html lang="${language}" dir="${RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr'}">`);
      expect(visible(html)).not.to.match(/\{\{|\}\}|\b(plan|common|topics|relations)\.[a-z_]+\.[a-z_.]+/);
    });
  }

  it('Arabic and Urdu read right to left, with numbers and links kept left to right', () => {
    expect(page('ar')).to.include('dir="rtl"');
    expect(page('ur')).to.include('dir="rtl"');
    expect(page('pl')).to.include('<html lang="pl" dir="ltr">');
    expect(page('ar')).to.include('<bdi dir="ltr"><a href="tel:03001234567">0300 123 4567</a></bdi>');
    expect(page('ar')).to.match(/<bdi dir="ltr"><a href="https:/);
  });

  it('still renders a plan stored before pages had their own content', () => {
    const old = {
      title: 'Your plan',
      sections: [
        { heading: 'What we talked about', lines: ['Money and benefits'] },
        { heading: 'Who to contact', lines: ['Macmillan Support Line: 0808 808 00 00'] },
        { heading: 'What to say when you call', lines: ['When you can, say: "I look after my mum."'] },
      ],
      link: 'https://x/plan/t',
      shortForm: 'Your plan\nMacmillan Support Line: 0808 808 00 00',
    };
    const html = page('en', old);
    expect(html).to.include('<h1>Your plan</h1>');
    expect(html).to.include('Macmillan Support Line: 0808 808 00 00');
    expect(html).to.include('I look after my mum.');
    expect(html).to.match(/@media print/);
  });

  it('escapes what it shows', () => {
    const plan = buildPlan(s, guide('en'));
    plan.page!.items[0].steps.push('<script>alert(1)</script>');
    const html = page('en', plan);
    expect(html).not.to.include('<script>');
    expect(html).to.include('&lt;script&gt;');
  });
});
