/** The age of a child they speak of answers "who is this about?" before it is asked. */
import { expect } from 'chai';
import { findChildAge } from '../../understanding/entities';

const CASES: [string, number | undefined][] = [
  ['my grandson is 6 and has leukaemia', 6],
  ['my 8 year old son has leukaemia', 8],
  ['my daughter (14yo) has cancer', 14],
  ['mi hijo de 8 años tiene leucemia', 8],
  ['mój 10-letni syn ma raka', 10],
  ['my son is 18 months old', undefined],
  ['my son is 35 and has cancer', undefined],
  ["I'm 15 and look after my mum", undefined],
];

describe("a child's age, from what they say", () => {
  for (const [text, age] of CASES) it(`${JSON.stringify(text)} -> ${age ?? 'nothing'}`, () => expect(findChildAge(text)).to.equal(age));
});
