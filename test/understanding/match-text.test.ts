/**
 * foldForMatch takes a short cut for all-ASCII text: it must give what the full folding
 * (Unicode normalisation, marks, letter folds) gives, on any ASCII text.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { foldAny, foldForMatch } from '../../understanding/match-text';

describe('understanding/match-text foldForMatch', () => {
  const cases: [string, string][] = [
    ["Mum's  shattered!", 'mums shattered'],
    ['  can`t  GO on... ', 'cant go on'],
    ['BH1 1AA', 'bh1 1aa'],
    ["'", ''],
    ['', ''],
    ['ok', 'ok'],
    ['a-b_c', 'a b c'],
    ['Mąż', 'maz'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => expect(foldForMatch(input)).to.equal(expected));
  }

  it('the ASCII short cut agrees with the full folding on any ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 60 }), (s) => {
        expect(foldForMatch(s)).to.equal(foldAny(s));
      }),
      { numRuns: 2000 },
    );
  });
});
