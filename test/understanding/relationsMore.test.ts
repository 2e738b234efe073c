/** Grandchildren are people one looks after; "cancro da mama" is breast cancer; "his mum" is someone else's. */
import { expect } from 'chai';
import { recognizeSync } from '../../understanding/recognizer';

const CASES: [string, string[], string[]][] = [
  // text, relations cared for, relations mentioned but not cared for
  ['my grandson is 6 and has leukaemia, his mum works so I look after him most days', ['grandson'], ['mother']],
  ['my granddaughter has cancer, I look after her', ['granddaughter'], []],
  ['mi nieta tiene leucemia y la cuido', ['granddaughter'], []],
  ['mój wnuk ma białaczkę, opiekuję się nim', ['grandson'], []],
  ['我孙子得了白血病，我在照顾他', ['grandson'], []],
  ['a minha mulher tem cancro da mama e eu cuido dela', ['wife'], []],
  ['mi esposa tiene cáncer de mama y la cuido', ['wife'], []],
  ['mi mamá tiene cancer', ['mother'], []],
  ['my mum has cancer and her husband is no help', ['mother'], ['husband']],
  ['mi hija tiene leucemia', ['daughter'], []],
  ['mi hijo de 8 años tiene leucemia y yo lo cuido, tengo que dejar el trabajo?', ['son'], []],
];

describe("who is looked after: grandchildren, breast cancer, someone else's relation", () => {
  for (const [text, cared, others] of CASES) {
    it(JSON.stringify(text), () => {
      const u = recognizeSync(text);
      expect(u.entities.caredFor.map((p) => p.relation)).to.deep.equal(cared);
      const notCared = (u.entities.people ?? []).filter((p) => p.role !== 'cared_for').map((p) => p.relation);
      expect(notCared).to.deep.equal(others);
    });
  }
});
