/**
 * The embed's words (locales/<lang>/embed.json): every key in every language, the same
 * placeholders, no English left but names and loanwords, and the numbers people dial unchanged.
 */
import { expect } from 'chai';
import { LANGUAGES } from '../../core/languages';
import { readLocale } from '../../i18n';
import { chatWords, launcherWords } from '../../web/embedText';

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  } else out.set(prefix, String(value));
  return out;
}

const embed = (lang: string) => flatten(readLocale(lang).embed);
const english = embed('en');
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();
/** Numbers a person may dial or read (999, 116 123, 40 lines, 18): the same in every language. */
const numbers = (text: string) => [...text.matchAll(/\d[\d ]*\d|\d/g)].map((m) => m[0].replace(/ /g, '')).sort();

describe('embed wording (locales/*/embed.json)', () => {
  it('English has every part the embed shows', () => {
    for (const key of ['chatWithUs', 'language', 'close', 'privacy', 'problem', 'webchat.placeholder', 'demo.heading', 'legal.privacy.title', 'legal.terms.p1'])
      expect(english.has(key), key).to.equal(true);
  });

  for (const lang of LANGUAGES.filter((code) => code !== 'en')) {
    describe(lang, () => {
      const translated = embed(lang);

      it('has every key, and no other', () => {
        expect([...translated.keys()].sort()).to.deep.equal([...english.keys()].sort());
      });

      it('keeps every placeholder and every number', () => {
        for (const [key, text] of english) {
          expect(placeholders(translated.get(key) ?? ''), key).to.deep.equal(placeholders(text));
          expect(numbers(translated.get(key) ?? ''), key).to.deep.equal(numbers(text));
        }
      });

      it('leaves no English: a text the same as English is only placeholders, names and numbers', () => {
        for (const [key, text] of english) {
          if (translated.get(key) !== text) continue;
          const words = text
            .replace(/\{\{\w+\}\}/g, ' ')
            .split(/[^\p{L}]+/u)
            .filter(Boolean);
          expect(words, `${key} is still English`).to.deep.equal([]);
        }
      });

      it('keeps the names people ask for (Samaritans) and the commands the bot understands in its own words', () => {
        // Samaritans by name (Samariaid in Welsh, the charity's own Welsh name).
        expect(translated.get('problem')).to.match(/Samaritans|Samariaid/);
        expect(translated.get('privacy')).not.to.include('delete my data');
      });
    });
  }

  it('chatWords and launcherWords fill every field from the locale, never with a key', () => {
    for (const lang of LANGUAGES) {
      const words = chatWords(lang, 'Org');
      for (const [field, text] of Object.entries({ ...words, ...words.webChat, webChat: '' })) expect(text, `${lang} ${field}`).not.to.match(/^embed\./);
      expect(words.pageTitle).to.include('Org');
      expect(launcherWords()[lang].chatWithUs).not.to.match(/^embed\./);
    }
  });
});
