/** romanised Urdu: what to say when they call, the example relations and their words (../cardPersonWords.ts). */
import { type LanguageWords, f, m, B } from './types';

export const words: LanguageWords = {
  keepOtherGender: true,
  possessives: [
    ['Meri', 'Mere'],
    ['meri', 'mere'],
    ['Apni', 'Apne'],
    ['apni', 'apne'],
  ],
  examples: {
    ammi: { gender: 'f', form: 'base', relation: 'mother' },
    biwi: { gender: 'f', form: 'base', relation: 'wife' },
    abbu: { gender: 'm', form: 'base', relation: 'father' },
    shohar: { gender: 'm', form: 'base', relation: 'husband' },
  },
  words: {
    mother: f('ammi'),
    wife: f('biwi'),
    daughter: f('beti'),
    sister: f('behen'),
    father: m('abbu'),
    husband: m('shohar'),
    son: m('bete'),
    brother: m('bhai'),
  },
  neutral: {
    f: [[new RegExp(B('ammi|biwi'), 'gu'), 'rishtedaar']],
    m: [[new RegExp(B('abbu|shohar'), 'gu'), 'rishtedaar']],
  },
};
