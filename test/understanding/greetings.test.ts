/** A greeting alone names its language ("cześć", "hola", "shwmae", "salam"), so the welcome is in it. */
import { expect } from 'chai';
import { chooseAnswerLanguage, detectLanguage } from '../../understanding';

describe('greetings name their language', () => {
  const table: [string, string, boolean][] = [
    ['cześć', 'pl', false],
    ['Dzień dobry!', 'pl', false],
    ['hola', 'es', false],
    ['Buenos días', 'es', false],
    ['olá', 'pt', false],
    ['Bom dia', 'pt', false],
    ['Shwmae', 'cy', false],
    ['bore da', 'cy', false],
    ['bună ziua', 'ro', false],
    ['salam', 'ur', true],
    ['assalam o alaikum', 'ur', true],
  ];
  for (const [text, code, romanised] of table) {
    it(`"${text}" -> ${code}`, () => {
      const guess = detectLanguage(text);
      expect(guess.code).to.equal(code);
      expect(guess.reliable).to.equal(true);
      expect(guess.romanised).to.equal(romanised);
      expect(chooseAnswerLanguage(guess, { localeHint: 'en-GB' })).to.equal(code);
    });
  }
  for (const text of ['hi', 'hello there', 'hola my mum is ill', 'oi']) {
    it(`"${text}" is no greeting of another language`, () => expect(detectLanguage(text).code === 'en' || !detectLanguage(text).reliable).to.equal(true));
  }
});
