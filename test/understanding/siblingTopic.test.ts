import { expect } from 'chai';
import { explainSync } from '../../understanding/recognizer';

/** [message, whether the family topic (children, young carers, relationships) is read]. */
const ROWS: [string, boolean][] = [
  // A brother or sister who is the one person looked after is not a family matter.
  ['my brother has cancer and I look after him', false],
  ["my sister has MND and I'm her carer, it's hard", false],
  ['mi hermano tiene cáncer y lo cuido', false],
  ['opiekuję się siostrą, ma raka', false],
  // A younger sibling, a sibling beside someone else, or children named still are.
  ['my little brother has leukaemia', true],
  ["my brother won't lift a finger to help with mum", true],
  ['my sister and I look after dad', true],
  ['my brother has cancer, how do i tell his kids', true],
];

describe('a sibling looked after is not the family topic', () => {
  for (const [text, family] of ROWS) {
    it(`${family ? 'family' : 'not family'}: ${text}`, () => {
      const topics = explainSync(text).understanding.topics.map((t) => t.id);
      expect(topics.includes('family'), topics.join(',')).to.equal(family);
    });
  }
});
