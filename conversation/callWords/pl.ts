/** Polish: what to say when they call, the example relations and their words (../cardPersonWords.ts). */
import { type LanguageWords, f, m, B } from './types';

export const words: LanguageWords = {
  examples: {
    Mama: { gender: 'f', form: 'nom', relation: 'mother' },
    mama: { gender: 'f', form: 'nom', relation: 'mother' },
    mamą: { gender: 'f', form: 'inst', relation: 'mother' },
    mamie: { gender: 'f', form: 'dat', relation: 'mother' },
    mamy: { gender: 'f', form: 'gen', relation: 'mother' },
    Żona: { gender: 'f', form: 'nom', relation: 'wife' },
    żona: { gender: 'f', form: 'nom', relation: 'wife' },
    Tata: { gender: 'm', form: 'nom', relation: 'father' },
    tatą: { gender: 'm', form: 'inst', relation: 'father' },
    Mąż: { gender: 'm', form: 'nom', relation: 'husband' },
    mąż: { gender: 'm', form: 'nom', relation: 'husband' },
    mężem: { gender: 'm', form: 'inst', relation: 'husband' },
  },
  words: {
    mother: f({ nom: 'mama', inst: 'mamą', dat: 'mamie', gen: 'mamy' }),
    wife: f({ nom: 'żona', inst: 'żoną', dat: 'żonie', gen: 'żony' }),
    daughter: f({ nom: 'córka', inst: 'córką', dat: 'córce', gen: 'córki' }),
    sister: f({ nom: 'siostra', inst: 'siostrą', dat: 'siostrze', gen: 'siostry' }),
    grandmother: f({ nom: 'babcia', inst: 'babcią', dat: 'babci', gen: 'babci' }),
    father: m({ nom: 'tata', inst: 'tatą', dat: 'tacie', gen: 'taty' }),
    husband: m({ nom: 'mąż', inst: 'mężem', dat: 'mężowi', gen: 'męża' }),
    son: m({ nom: 'syn', inst: 'synem', dat: 'synowi', gen: 'syna' }),
    brother: m({ nom: 'brat', inst: 'bratem', dat: 'bratu', gen: 'brata' }),
    grandfather: m({ nom: 'dziadek', inst: 'dziadkiem', dat: 'dziadkowi', gen: 'dziadka' }),
  },
  neutral: {
    f: [
      [new RegExp(`(?:\\bMoja )?${B('Mama|Żona')}`, 'gu'), 'Bliska mi osoba'],
      [new RegExp(`\\bMoja ${B('mama|żona')}`, 'gu'), 'Bliska mi osoba'],
      [new RegExp(`(?:\\bmoja )?${B('mama|żona')}`, 'gu'), 'bliska mi osoba'],
      [new RegExp(`(?:\\bmoją )?${B('mamą')}`, 'gu'), 'bliską mi osobą'],
      [new RegExp(B('mamie'), 'gu'), 'bliskiej mi osobie'],
      [new RegExp(B('mamy'), 'gu'), 'bliskiej mi osoby'],
    ],
    m: [
      [new RegExp(`(?:\\bMój )?${B('Tata|Mąż')}`, 'gu'), 'Członek rodziny'],
      [new RegExp(`(?:\\bmój )?${B('mąż')}`, 'gu'), 'członek rodziny'],
      [new RegExp(B('tatą|mężem'), 'gu'), 'członkiem rodziny'],
    ],
  },
};
