import { expect } from 'chai';
import { fnv1a } from '../../text/hash';

describe('fnv1a', () => {
  // The published FNV-1a 32-bit test vectors (ASCII, so code units are the bytes).
  const VECTORS: Array<[string, number]> = [
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ];
  for (const [text, hash] of VECTORS) it(`"${text}" -> 0x${hash.toString(16)}`, () => expect(fnv1a(text)).to.equal(hash));

  it('is an unsigned 32-bit number for any text', () => {
    for (const text of ['c|<mu', 'السرطان', '癌症', 'x'.repeat(1000)]) expect(fnv1a(text)).to.be.within(0, 2 ** 32 - 1);
  });
});
