/** Portuguese: what to say when they call, the example relations and their words (../cardPersonWords.ts). */
import { type LanguageWords, f, m, B } from './types';

export const words: LanguageWords = {
  examples: {
    mãe: { gender: 'f', form: 'base', relation: 'mother' },
    mulher: { gender: 'f', form: 'base', relation: 'wife' },
    pai: { gender: 'm', form: 'base', relation: 'father' },
    marido: { gender: 'm', form: 'base', relation: 'husband' },
  },
  words: {
    mother: f('mãe'),
    wife: f('mulher'),
    daughter: f('filha'),
    sister: f('irmã'),
    grandmother: f('avó'),
    aunt: f('tia'),
    father: m('pai'),
    husband: m('marido'),
    son: m('filho'),
    brother: m('irmão'),
    grandfather: m('avô'),
    uncle: m('tio'),
  },
  neutral: {
    f: [
      [new RegExp(`\\bda minha ${B('mãe|mulher')}`, 'gu'), 'de uma pessoa querida'],
      [new RegExp(`\\bcom a minha ${B('mãe|mulher')}`, 'gu'), 'com uma pessoa querida'],
      [new RegExp(`\\bA minha ${B('mãe|mulher')}`, 'gu'), 'Uma pessoa querida'],
      [new RegExp(`\\ba minha ${B('mãe|mulher')}`, 'gu'), 'uma pessoa querida'],
      [new RegExp(`\\bminha ${B('mãe|mulher')}`, 'gu'), 'uma pessoa querida'],
    ],
    m: [
      [new RegExp(`\\bdo meu ${B('pai|marido')}`, 'gu'), 'de um ente querido'],
      [new RegExp(`\\bao meu ${B('pai|marido')}`, 'gu'), 'a um ente querido'],
      [new RegExp(`\\bO meu ${B('pai|marido')}`, 'gu'), 'Um ente querido'],
      [new RegExp(`\\bo meu ${B('pai|marido')}`, 'gu'), 'um ente querido'],
      [new RegExp(`\\bmeu ${B('pai|marido')}`, 'gu'), 'um ente querido'],
    ],
  },
};
