/** Romanised Urdu spellings the model reads as one word (risk/model/spelling.ts). */
import { expect } from 'chai';
import { featuresOf } from '../../../risk/model/features';
import { foldSpelling } from '../../../risk/model/spelling';

const sorted = (text: string) => [...featuresOf(text)].sort((a, b) => a - b);

describe('model: romanised Urdu spelling variants', () => {
  // Texts that name no concept (concepts/ur.json lists its own spellings, read as written).
  const SAME: Array<[string, string]> = [
    ['mujhe bahut pareshan kar rahi hai', 'mjhe bht preshan kr rhi hy'],
    ['ab kuch nahi ho sakta', 'ab kuchh nhi ho skta'],
    ['kya wo theek hai', 'kia wo thik hy'],
  ];
  for (const [a, b] of SAME) it(`"${b}" reads as "${a}"`, () => expect(sorted(b)).to.deep.equal(sorted(a)));

  // Words of other languages that look like a variant are left alone.
  for (const word of ['nai', 'ni', 'hun', 'kiya', 'me', 'main', 'he']) it(`"${word}" is not folded`, () => expect(foldSpelling(word)).to.equal(word));
});
