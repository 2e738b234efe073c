/** Welsh: what to say when they call, the example relations and their words (../cardPersonWords.ts). */
import { type LanguageWords, f, m, B } from './types';

export const words: LanguageWords = {
  examples: {
    mam: { gender: 'f', form: 'nasal', relation: 'mother' },
    ngwraig: { gender: 'f', form: 'nasal', relation: 'wife' },
    nhad: { gender: 'm', form: 'nasal', relation: 'father' },
    ngŵr: { gender: 'm', form: 'nasal', relation: 'husband' },
  },
  // After "fy" (my), the nasal mutation: tad -> nhad, gŵr -> ngŵr, brawd -> mrawd, taid -> nhaid.
  words: {
    mother: f('mam'),
    wife: f('ngwraig'),
    daughter: f('merch'),
    sister: f('chwaer'),
    grandmother: f('nain'),
    father: m('nhad'),
    husband: m('ngŵr'),
    son: m('mab'),
    brother: m('mrawd'),
    grandfather: m('nhaid'),
  },
  neutral: {
    f: [[new RegExp(B('mam|ngwraig'), 'gu'), 'anwylyd']],
    m: [[new RegExp(B('nhad|ngŵr'), 'gu'), 'anwylyd']],
  },
};
