/** Training-time copies (risk/model/augment.ts, an option of risk:train measured by the proxy): deterministic, surface changes only. */
import { expect } from 'chai';
import { augmentations } from '../../../risk/model/augment';
import { modelTokens } from '../../../risk/model/features';

describe('risk model augmentation', () => {
  const tokens = modelTokens('my husband took all his tablets and now he will not wake up properly');

  it('gives nothing when asked for no copies, or for a text too short to change safely', () => {
    expect(augmentations(tokens, 'id-1', 0)).to.deep.equal([]);
    expect(augmentations(['help', 'me'], 'id-1', 3)).to.deep.equal([]);
  });

  it('is the same for the same row id, and differs between ids', () => {
    expect(augmentations(tokens, 'id-1', 4)).to.deep.equal(augmentations(tokens, 'id-1', 4));
    expect(augmentations(tokens, 'id-1', 4)).not.to.deep.equal(augmentations(tokens, 'id-2', 4));
  });

  it('changes the surface only: copies stay close to the text in length, and mostly the same words', () => {
    const copies = augmentations(tokens, 'id-3', 20);
    expect(copies).to.have.length(20);
    for (const copy of copies) {
      expect(copy.length).to.be.within(tokens.length - 4, tokens.length);
      expect(copy.filter((t) => tokens.includes(t)).length).to.be.at.least(tokens.length / 2);
    }
    expect(
      copies.some((copy) => copy.join(' ') !== tokens.join(' ')),
      'some copy differs',
    ).to.equal(true);
  });

  it('swaps one family member for another of the same language', () => {
    const relatives = new Set(['wife', 'mum', 'mom', 'mam', 'dad', 'son', 'daughter', 'brother', 'sister', 'partner', 'mother', 'father', 'nan', 'grandad']);
    const copies = augmentations(tokens, 'id-4', 40);
    expect(copies.some((copy) => !copy.includes('husband') && copy.some((word) => relatives.has(word)))).to.equal(true);
  });
});
