/** The matcher's letter n-grams: whole letters (a surrogate pair is one), and the last text's features shared. */
import { expect } from 'chai';
import { featuresOf } from '../../knowledge/features';

describe('knowledge features', () => {
  const LETTERS: Array<[string, string, string[]]> = [
    ['a plain word', 'carer', ['c|<ca', 'c|car', 'c|are', 'c|rer', 'c|er>', 'c|<car', 'c|care', 'c|arer', 'c|rer>']],
    ['a word with letters outside the BMP (Gothic)', 'a𐌰b', ['c|<a𐌰', 'c|a𐌰b', 'c|𐌰b>', 'c|<a𐌰b', 'c|a𐌰b>']],
  ];
  for (const [what, text, grams] of LETTERS) {
    it(`${what}: 3- and 4-grams of whole letters`, () => expect([...featuresOf(text).letters.keys()]).to.have.members(grams));
  }

  it('gives the same text asked twice in a row the same features, and another text its own', () => {
    const first = featuresOf('how much is carers allowance');
    expect(featuresOf('how much is carers allowance')).to.equal(first);
    const other = featuresOf('blue badge');
    expect(other).to.not.equal(first);
    expect([...other.words.keys()]).to.include.members(['w|blue', 'w|badge', 'b|blue badge']);
  });
});
