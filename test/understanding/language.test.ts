import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { chooseAnswerLanguage, detectLanguage } from '../../understanding/language';
import type { LanguageGuess } from '../../understanding/types';

const SAMPLES = JSON.parse(readFileSync(new URL('./fixtures/language-samples.json', import.meta.url), 'utf8')) as Record<string, string[] | string>;

describe('understanding/language', () => {
  describe('own short messages per language', () => {
    for (const [lang, list] of Object.entries(SAMPLES)) {
      if (typeof list === 'string') continue;
      for (const text of list) {
        it(`${lang}: ${text}`, () => {
          const guess = detectLanguage(text);
          expect(guess.code ?? guess.detected).to.equal(lang);
        });
      }
    }
  });

  const cases: [string, Partial<LanguageGuess>][] = [
    ["Helo. Rydw i'n gofalu am fy mam", { code: 'cy', reliable: true, script: 'Latn' }],
    ['meri ammi ko cancer hai, kya madad mil sakti hai', { code: 'ur', romanised: true, script: 'Latn', reliable: true }],
    ['میری امی کو کینسر ہے', { code: 'ur', script: 'Arab', romanised: false, reliable: true }],
    ['والدتي مريضة بالسرطان', { code: 'ar', script: 'Arab', reliable: true }],
    ['مرحبا', { code: 'ar', reliable: true }],
    // The same greeting, spelt with Urdu's letters or Arabic's.
    ['السلام علیکم', { code: 'ur', script: 'Arab', reliable: true }],
    ['السلام عليكم', { code: 'ar', script: 'Arab', reliable: true }],
    ['你好', { code: 'zh', script: 'Hans', reliable: true }],
    ['ਸਤ ਸ੍ਰੀ ਅਕਾਲ', { code: 'pa', script: 'Guru', reliable: true }],
    ['নমস্কার', { code: 'bn', script: 'Beng', reliable: true }],
    ['નમસ્તે', { code: 'gu', script: 'Gujr', reliable: true }],
    ['Bonjour, je suis très fatiguée', { code: null, detected: 'fr', reliable: true }],
    ['Ich pflege meine Mutter und bin müde', { code: null, detected: 'de' }],
    ['こんにちは、母の介護をしています', { code: null, detected: 'ja' }],
  ];
  for (const [text, expected] of cases) {
    it(`detects ${JSON.stringify(text)}`, () => expect(detectLanguage(text)).to.include(expected));
  }

  describe('short or ambiguous messages are not reliable', () => {
    for (const text of ['ok', '2', 'help', 'yes', 'tak', 'diolch', 'gracias', 'BH1 1AA', 'hi', 'no', '', '   ', '👍', '?']) {
      it(JSON.stringify(text), () => expect(detectLanguage(text).reliable).to.equal(false));
    }
  });

  describe('chooseAnswerLanguage', () => {
    const unreliable: LanguageGuess = { code: 'en', detected: 'en', reliable: false, script: 'Latn', romanised: false };
    const reliableCy: LanguageGuess = { code: 'cy', detected: 'cy', reliable: true, script: 'Latn', romanised: false };
    const french: LanguageGuess = { code: null, detected: 'fr', reliable: true, script: 'Latn', romanised: false };
    const table: [string, LanguageGuess, Parameters<typeof chooseAnswerLanguage>[1], string][] = [
      ['explicit choice wins', reliableCy, { explicit: 'pl', conversationLanguage: 'en' }, 'pl'],
      ['reliable detection beats the conversation', reliableCy, { conversationLanguage: 'en' }, 'cy'],
      ['short message keeps the conversation language', unreliable, { conversationLanguage: 'pl', localeHint: 'en-GB' }, 'pl'],
      ['then the channel locale', unreliable, { localeHint: 'ro-RO' }, 'ro'],
      ['unsupported locale is ignored', french, { localeHint: 'fr-FR' }, 'en'],
      ['nothing at all: English', { ...unreliable, code: null, detected: null }, {}, 'en'],
      ['a weak guess alone does not switch', { ...unreliable, code: 'es', detected: 'es' }, {}, 'en'],
      // "quiero matarme": the crisis reply must be read, so a first message at risk takes the weak guess over the locale.
      ['a first message at risk takes a weak guess', { ...unreliable, code: 'es', detected: 'es' }, { atRisk: true, localeHint: 'en-GB' }, 'es'],
      ['at risk, the conversation language still holds', { ...unreliable, code: 'es', detected: 'es' }, { atRisk: true, conversationLanguage: 'pl' }, 'pl'],
      ['at risk with no guess: the locale', { ...unreliable, code: null, detected: null }, { atRisk: true, localeHint: 'cy' }, 'cy'],
    ];
    for (const [name, guess, context, expected] of table) it(name, () => expect(chooseAnswerLanguage(guess, context)).to.equal(expected));
  });
});
