/** The place-name slip index: one slip finds the one name, anything else finds none. */
import { expect } from 'chai';
import { FuzzyIndex } from '../../catalogue/geography/fuzzy';

const index = new FuzzyIndex(['manchester', 'birmingham', 'bradford', 'bradfort', 'rother', 'leeds', 'edinburgh']);

describe('FuzzyIndex', () => {
  const CASES: Array<[string, string, string | undefined]> = [
    ['the name itself', 'manchester', 'manchester'],
    ['a letter missing', 'manchster', 'manchester'],
    ['a letter extra', 'manchesster', 'manchester'],
    ['a letter wrong', 'birmingham'.replace('g', 'q'), 'birmingham'],
    ['two letters swapped', 'brimingham', 'birmingham'],
    ['two slips', 'edinburough', undefined],
    ['one slip from two names', 'bradforx', undefined],
    ['the first letter wrong', 'mother', undefined],
    ['too short to correct', 'leds', undefined],
    ['too long to be a name', 'manchester '.repeat(4), undefined],
    ['nothing like a name', 'carers allowance', undefined],
  ];
  for (const [what, input, expected] of CASES) it(`${what}: "${input}" -> ${expected ?? 'none'}`, () => expect(index.find(input)).to.equal(expected));

  it('leaves out names too short to correct', () => expect(index.find('leedz')).to.equal(undefined));
});
