/** Urdu: what to say when they call, the example relations and their words (../cardPersonWords.ts). */
import { type LanguageWords, f, m, B } from './types';

export const words: LanguageWords = {
  keepOtherGender: true,
  possessives: [
    ['میری', 'میرے'],
    ['اپنی', 'اپنے'],
  ],
  examples: {
    امی: { gender: 'f', form: 'base', relation: 'mother' },
    بیوی: { gender: 'f', form: 'base', relation: 'wife' },
    ابو: { gender: 'm', form: 'base', relation: 'father' },
    شوہر: { gender: 'm', form: 'base', relation: 'husband' },
  },
  words: {
    mother: f('امی'),
    wife: f('بیوی'),
    daughter: f('بیٹی'),
    sister: f('بہن'),
    father: m('ابو'),
    husband: m('شوہر'),
    son: m('بیٹے'),
    brother: m('بھائی'),
  },
  neutral: {
    f: [[new RegExp(B('امی|بیوی'), 'gu'), 'رشتہ دار']],
    m: [[new RegExp(B('ابو|شوہر'), 'gu'), 'رشتہ دار']],
  },
};
