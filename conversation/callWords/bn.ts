/** Bengali: what to say when they call, the example relations and their words (../cardPersonWords.ts). */
import { type LanguageWords, f, m, n, B } from './types';

export const words: LanguageWords = {
  genderless: true,
  examples: {
    মা: { gender: 'f', form: 'base', relation: 'mother' },
    স্ত্রী: { gender: 'f', form: 'base', relation: 'wife' },
    বাবা: { gender: 'm', form: 'base', relation: 'father' },
    স্বামী: { gender: 'm', form: 'base', relation: 'husband' },
  },
  words: {
    mother: f('মা'),
    wife: f('স্ত্রী'),
    daughter: f('মেয়ে'),
    sister: f('বোন'),
    father: m('বাবা'),
    husband: m('স্বামী'),
    son: m('ছেলে'),
    brother: m('ভাই'),
    partner: n('সঙ্গী'),
    friend: n('বন্ধু'),
  },
  neutral: {
    f: [
      [new RegExp(`${B('মা|স্ত্রী')}-র`, 'gu'), 'প্রিয়জনের'],
      [new RegExp(`${B('মা|স্ত্রী')}-কে`, 'gu'), 'প্রিয়জনকে'],
      [new RegExp(B('মা|স্ত্রী'), 'gu'), 'প্রিয়জন'],
    ],
    m: [
      [new RegExp(`${B('বাবা|স্বামী')}-র`, 'gu'), 'প্রিয়জনের'],
      [new RegExp(`${B('বাবা|স্বামী')}-কে`, 'gu'), 'প্রিয়জনকে'],
      [new RegExp(B('বাবা|স্বামী'), 'gu'), 'প্রিয়জন'],
    ],
  },
};
