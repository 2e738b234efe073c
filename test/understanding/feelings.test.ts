/** How they say they are, first person only, in every language; the strongest wins. */
import { expect } from 'chai';
import { recognizeSync } from '../../understanding/recognizer';
import type { Feeling } from '../../understanding/types';

const CASES: [string, Feeling | undefined][] = [
  ["I'm ok just tired", 'tired'],
  ['honestly im knackered', 'tired'],
  ["I'm fine thanks", 'ok'],
  ["I'm worried sick and I can't cope", 'tooMuch'],
  ['my husband is very tired all the time', undefined],
  ['is it ok to ask about money', undefined],
  ['أنا متعبة جدا', 'tired'],
  ['زوجي متعب', undefined],
  ['jestem bardzo zmęczona', 'tired'],
  ['martwię się o mamę', 'worried'],
  ['estoy agotada', 'tired'],
  ['estou muito cansada', 'tired'],
  ['sunt foarte obosită', 'tired'],
  ['main bohot thak gayi hoon', 'tired'],
  ['میں تھک گئی ہوں', 'tired'],
  ['我好累', 'tired'],
  ['আমি খুব ক্লান্ত', 'tired'],
  ['હું થાકી ગઈ છું', 'tired'],
  ['ਮੈਂ ਥੱਕ ਗਈ ਹਾਂ', 'tired'],
  ['dw i wedi blino', 'tired'],
];

describe('how they say they are', () => {
  for (const [text, expected] of CASES) {
    it(`${JSON.stringify(text)} -> ${expected ?? 'nothing'}`, () => {
      expect(recognizeSync(text).entities.feeling).to.equal(expected);
    });
  }
});
