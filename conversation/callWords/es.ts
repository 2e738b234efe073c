/** Spanish: what to say when they call, the example relations and their words (../cardPersonWords.ts). */
import { type LanguageWords, f, m, B } from './types';

export const words: LanguageWords = {
  examples: {
    madre: { gender: 'f', form: 'base', relation: 'mother' },
    esposa: { gender: 'f', form: 'base', relation: 'wife' },
    padre: { gender: 'm', form: 'base', relation: 'father' },
    marido: { gender: 'm', form: 'base', relation: 'husband' },
  },
  words: {
    mother: f('madre'),
    wife: f('esposa'),
    daughter: f('hija'),
    sister: f('hermana'),
    grandmother: f('abuela'),
    aunt: f('tía'),
    partner: f('pareja'),
    father: m('padre'),
    husband: m('marido'),
    son: m('hijo'),
    brother: m('hermano'),
    grandfather: m('abuelo'),
    uncle: m('tío'),
  },
  neutral: {
    f: [
      [new RegExp(`\\bMi ${B('madre|esposa')}`, 'gu'), 'Una persona querida'],
      [new RegExp(`\\bmi ${B('madre|esposa')}`, 'gu'), 'una persona querida'],
    ],
    m: [
      [new RegExp(`\\bMi ${B('padre|marido')}`, 'gu'), 'Un ser querido'],
      [new RegExp(`\\bmi ${B('padre|marido')}`, 'gu'), 'un ser querido'],
    ],
  },
};
