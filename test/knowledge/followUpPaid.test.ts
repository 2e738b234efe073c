/** "Is it paid?" after a card asks how much it pays, in every language: Carer's Leave says it is unpaid. */
import { expect } from 'chai';
import { followUpOf } from '../../knowledge';

const paid = [
  'is it paid?',
  'do I get paid?',
  'czy jest płatny?',
  '¿es remunerado?',
  "ydy e'n cael ei dalu?",
  'é pago?',
  'e plătit?',
  'kya paise milenge?',
  'هل هي مدفوعة؟',
  '带薪吗？',
];

describe('knowledge follow-ups: "is it paid?" asks how much', () => {
  for (const text of paid) it(JSON.stringify(text), () => expect(followUpOf(text)).to.deep.equal({ kind: 'howMuch' }));
});
