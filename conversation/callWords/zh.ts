/** Chinese: what to say when they call, the example relations and their words (../cardPersonWords.ts). */
import { type LanguageWords, f, m, n, B } from './types';

export const words: LanguageWords = {
  genderless: true,
  swap: (line, to) => (to === 'f' ? line.replace(/他(?!们)/gu, '她') : line.replace(/她(?!们)/gu, '他')),
  examples: {
    妈妈: { gender: 'f', form: 'base', relation: 'mother' },
    妻子: { gender: 'f', form: 'base', relation: 'wife' },
    太太: { gender: 'f', form: 'base', relation: 'wife' },
    爸爸: { gender: 'm', form: 'base', relation: 'father' },
    丈夫: { gender: 'm', form: 'base', relation: 'husband' },
  },
  words: {
    mother: f('妈妈'),
    wife: f('妻子'),
    daughter: f('女儿'),
    sister: f('姐妹'),
    grandmother: f('奶奶'),
    father: m('爸爸'),
    husband: m('丈夫'),
    son: m('儿子'),
    brother: m('兄弟'),
    grandfather: m('爷爷'),
    partner: n('伴侣'),
    friend: n('朋友'),
  },
  neutral: {
    f: [[new RegExp(B('妈妈|妻子|太太'), 'gu'), '家人']],
    m: [[new RegExp(B('爸爸|丈夫'), 'gu'), '家人']],
  },
};
