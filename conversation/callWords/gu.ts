/** Gujarati: what to say when they call, the example relations and their words (../cardPersonWords.ts). */
import { type LanguageWords, f, m, B } from './types';

export const words: LanguageWords = {
  keepOtherGender: true,
  possessives: [
    ['મારાં', 'મારા'],
    ['મારી', 'મારા'],
  ],
  after: (line) => line.replace(/મારાં (પત્ની|દીકરી|બહેન)/gu, 'મારી $1'),
  examples: {
    મમ્મી: { gender: 'f', form: 'base', relation: 'mother' },
    મા: { gender: 'f', form: 'base', relation: 'mother' },
    પત્ની: { gender: 'f', form: 'base', relation: 'wife' },
    પપ્પા: { gender: 'm', form: 'base', relation: 'father' },
    પતિ: { gender: 'm', form: 'base', relation: 'husband' },
  },
  // "મારાં [મમ્મી]" is the honorific; a wife, daughter or sister is "મારી": the possessive goes with the word.
  words: {
    mother: f('મમ્મી'),
    wife: f('પત્ની'),
    daughter: f('દીકરી'),
    sister: f('બહેન'),
    father: m('પપ્પા'),
    husband: m('પતિ'),
    son: m('દીકરા'),
    brother: m('ભાઈ'),
  },
  neutral: {
    f: [
      [new RegExp(`(?:મારાં|મારી|મારા) ${B('મમ્મી|મા|પત્ની')}`, 'gu'), 'મારાં સગાં'],
      [new RegExp(B('મમ્મી|મા|પત્ની'), 'gu'), 'સગાં'],
    ],
    m: [
      [new RegExp(`(?:મારાં|મારી|મારા) ${B('પપ્પા|પતિ')}`, 'gu'), 'મારા સગા'],
      [new RegExp(B('પપ્પા|પતિ'), 'gu'), 'સગા'],
    ],
  },
};
