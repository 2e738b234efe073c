/** Romanian: what to say when they call, the example relations and their words (../cardPersonWords.ts). */
import { type LanguageWords, f, m, B } from './types';

export const words: LanguageWords = {
  join: (line) => line.replace(/\[([\p{L}]+)\] (meu|mea)\b/gu, '[$1 $2]'),
  examples: {
    mama: { gender: 'f', form: 'nom', relation: 'mother' },
    Mama: { gender: 'f', form: 'nom', relation: 'mother' },
    'Mama mea': { gender: 'f', form: 'nom', relation: 'mother' },
    'mamei mele': { gender: 'f', form: 'gen', relation: 'mother' },
    'Soția mea': { gender: 'f', form: 'nom', relation: 'wife' },
    tata: { gender: 'm', form: 'nom', relation: 'father' },
    Tata: { gender: 'm', form: 'nom', relation: 'father' },
    'soțul meu': { gender: 'm', form: 'nom', relation: 'husband' },
    'Soțul meu': { gender: 'm', form: 'nom', relation: 'husband' },
    'Soțului meu': { gender: 'm', form: 'gen', relation: 'husband' },
  },
  words: {
    mother: f({ nom: 'mama', gen: 'mamei mele' }),
    wife: f({ nom: 'soția mea', gen: 'soției mele' }),
    daughter: f({ nom: 'fiica mea', gen: 'fiicei mele' }),
    sister: f({ nom: 'sora mea', gen: 'surorii mele' }),
    grandmother: f({ nom: 'bunica', gen: 'bunicii mele' }),
    father: m({ nom: 'tata', gen: 'tatălui meu' }),
    husband: m({ nom: 'soțul meu', gen: 'soțului meu' }),
    son: m({ nom: 'fiul meu', gen: 'fiului meu' }),
    brother: m({ nom: 'fratele meu', gen: 'fratelui meu' }),
    grandfather: m({ nom: 'bunicul', gen: 'bunicului meu' }),
  },
  neutral: {
    f: [
      [new RegExp(B('Mama|Mama mea|Soția mea'), 'gu'), 'O rudă'],
      [new RegExp(B('mama'), 'gu'), 'o rudă'],
      [new RegExp(B('mamei mele'), 'gu'), 'unei rude'],
    ],
    m: [
      [new RegExp(B('Tata|Soțul meu'), 'gu'), 'Un membru al familiei'],
      [new RegExp(B('tata|soțul meu'), 'gu'), 'un membru al familiei'],
      [new RegExp(B('Soțului meu'), 'gu'), 'Unui membru al familiei'],
    ],
  },
};
