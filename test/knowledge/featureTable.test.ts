/** The matcher's compact feature table: every key finds its own id, nothing else finds one. */
import { expect } from 'chai';
import { FeatureTable } from '../../knowledge/featureTable';

const KEYS = ['w|mum', 'c|<mu', 'c|mum', 'b|my mum', 'w|mam', 'c|ł ó', 'w|السرطان', 'w|癌症', 'c|um>', 'w|m', ''];

describe('FeatureTable', () => {
  const table = new FeatureTable(KEYS);

  it('numbers the keys in the order given', () => {
    expect(table.size).to.equal(KEYS.length);
    KEYS.forEach((key, id) => {
      expect(table.id(key), key).to.equal(id);
      expect(table.key(id)).to.equal(key);
    });
  });

  const UNKNOWN: Array<[string, string]> = [
    ['a prefix of a key', 'w|mu'],
    ['a key with more after it', 'w|mums'],
    ['two keys end to end', 'w|mumc|<mu'],
    ['the end of one key and the start of the next', 'mumc|'],
    ['another case', 'W|MUM'],
    ['a key of another script', 'w|سرطان'],
  ];
  for (const [what, key] of UNKNOWN) it(`finds no id for ${what}`, () => expect(table.id(key)).to.equal(-1));

  it('holds many keys (its table grows) and still finds each', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `c|${i.toString(36)}`);
    const big = new FeatureTable(many);
    expect(many.every((key, id) => big.id(key) === id)).to.equal(true);
    expect(big.id('c|zzzz')).to.equal(-1);
  });

  it('refuses a key listed twice', () => expect(() => new FeatureTable(['a', 'b', 'a'])).to.throw(/twice/));
});
