/** Punjabi: what to say when they call, the example relations and their words (../cardPersonWords.ts). */
import { type LanguageWords, f, m, B } from './types';

export const words: LanguageWords = {
  keepOtherGender: true,
  possessives: [
    ['ਮੇਰੀ', 'ਮੇਰੇ'],
    ['ਆਪਣੀ', 'ਆਪਣੇ'],
  ],
  examples: {
    ਮਾਂ: { gender: 'f', form: 'base', relation: 'mother' },
    ਮੰਮੀ: { gender: 'f', form: 'base', relation: 'mother' },
    ਪਤਨੀ: { gender: 'f', form: 'base', relation: 'wife' },
    ਪਿਤਾ: { gender: 'm', form: 'base', relation: 'father' },
    ਪਤੀ: { gender: 'm', form: 'base', relation: 'husband' },
  },
  words: {
    mother: f('ਮਾਂ'),
    wife: f('ਪਤਨੀ'),
    daughter: f('ਧੀ'),
    sister: f('ਭੈਣ'),
    father: m('ਪਿਤਾ'),
    husband: m('ਪਤੀ'),
    son: m('ਪੁੱਤਰ'),
    brother: m('ਭਰਾ'),
  },
  neutral: {
    f: [[new RegExp(B('ਮਾਂ|ਮੰਮੀ|ਪਤਨੀ'), 'gu'), 'ਰਿਸ਼ਤੇਦਾਰ']],
    m: [[new RegExp(B('ਪਿਤਾ|ਪਤੀ'), 'gu'), 'ਰਿਸ਼ਤੇਦਾਰ']],
  },
};
