/**
 * What to say when they call is said in their name: it never tells a service the person has cancer unless they
 * change it ("[cancer]" is an example in brackets, like "[mum]"), since many have dementia, MS, a stroke or frailty.
 * Cards about cancer itself (prescriptions free during cancer treatment) are the exception.
 */
import { expect } from 'chai';
import { loadKnowledge, textsOf, type TextLanguage } from '../../knowledge';

const kb = loadKnowledge();
const ABOUT_CANCER = new Set(['money.prescriptions']);
const CANCER: Partial<Record<TextLanguage, RegExp>> = {
  en: /cancer/i,
  cy: /[cg]h?anser/i,
  pl: /raka/i,
  ro: /cancer/i,
  pt: /cancro/i,
  es: /cáncer/i,
  ar: /السرطان/,
  ur: /کینسر/,
  'ur-Latn': /cancer/i,
  bn: /ক্যান্সার/,
  pa: /ਕੈਂਸਰ/,
  gu: /કેન્સર/,
  zh: /癌症/,
};

describe('knowledge: what to say when they call names no illness they did not say', () => {
  for (const [lng, word] of Object.entries(CANCER) as [TextLanguage, RegExp][])
    it(`${lng}: an illness in a call line is an example in [brackets]`, () => {
      const file = kb.texts[lng]!;
      const wrong: string[] = [];
      for (const card of kb.cards.filter((c) => !ABOUT_CANCER.has(c.id)))
        for (const { field, text } of textsOf(file, card.id).filter((t) => /(^|\.)call\[/.test(t.field)))
          if (word.test(text.replace(/\[[^\]]*\]/g, ''))) wrong.push(`${card.id}.${field}: ${text}`);
      expect(wrong).to.deep.equal([]);
    });
});
