/** Arabic: what to say when they call, the example relations and their words (../cardPersonWords.ts). */
import { type LanguageWords, f, m, B } from './types';

export const words: LanguageWords = {
  keepOtherGender: true,
  examples: {
    أمي: { gender: 'f', form: 'mine', relation: 'mother' },
    زوجتي: { gender: 'f', form: 'mine', relation: 'wife' },
    أبي: { gender: 'm', form: 'mine', relation: 'father' },
    زوجي: { gender: 'm', form: 'mine', relation: 'husband' },
  },
  words: {
    mother: f('أمي'),
    wife: f('زوجتي'),
    daughter: f('ابنتي'),
    sister: f('أختي'),
    grandmother: f('جدتي'),
    father: m('أبي'),
    husband: m('زوجي'),
    son: m('ابني'),
    brother: m('أخي'),
    grandfather: m('جدي'),
  },
  neutral: {
    f: [[new RegExp(B('أمي|زوجتي'), 'gu'), 'قريبتي']],
    m: [[new RegExp(B('أبي|زوجي'), 'gu'), 'قريبي']],
  },
};
