import { expect } from 'chai';
import { recognizeSync } from '../../understanding/recognizer';
import { findAge, findDigit, findPostcode } from '../../understanding/entities';

const entities = (text: string) => recognizeSync(text, {}).entities;

describe('understanding/entities', () => {
  describe('postcodes keep only the district', () => {
    const table: [string, { district: string; area: string; wasFull: boolean } | undefined][] = [
      ['BH1 1AA', { district: 'BH1', area: 'BH', wasFull: true }],
      ['we live at se15 4qs', { district: 'SE15', area: 'SE', wasFull: true }],
      ['SE154QS', { district: 'SE15', area: 'SE', wasFull: true }],
      ['SE15', { district: 'SE15', area: 'SE', wasFull: false }],
      ['my postcode is cf10', { district: 'CF10', area: 'CF', wasFull: false }],
      ['is there a food bank near BH1?', { district: 'BH1', area: 'BH', wasFull: false }],
      ['W1A 0AX', { district: 'W1A', area: 'W', wasFull: true }],
      ['day 8 after chemo', undefined],
      ['he is on his 3rd cycle', undefined],
      ['temp 38.2 at 2am', undefined],
      ['QQ1 1AA', undefined],
      // "in" in other languages, or a place and a comma, just before a code in capitals.
      ['mieszkam w Londynie, E8', { district: 'E8', area: 'E', wasFull: false }],
      ['vivo en E8 con mi madre', { district: 'E8', area: 'E', wasFull: false }],
      ['moro em B8 com a minha mãe', { district: 'B8', area: 'B', wasFull: false }],
      ['Dw i’n byw yn CF5 gyda mam', { district: 'CF5', area: 'CF', wasFull: false }],
      ['mam 2 dzieci, ok', undefined],
    ];
    for (const [text, expected] of table) it(text, () => expect(findPostcode(text)).to.deep.equal(expected));
    it('never keeps the inward code', () => expect(JSON.stringify(entities('BH1 1AA'))).to.not.contain('1AA'));
  });

  describe('writer age', () => {
    const table: [string, number | undefined][] = [
      ["I'm 14", 14],
      ['im 15 years old', 15],
      ['i am 16 and look after mum', 16],
      ["Dw i'n 14 oed", 14],
      ['mam 16 lat', 16],
      ['am 15 ani', 15],
      ['tengo 15 años', 15],
      ['tenho 13 anos', 13],
      ['main 15 saal ki hoon', 15],
      ['আমার বয়স ১৫', 15],
      ['我今年15岁', 15],
      ['my 15yo wont talk', undefined],
      ['I’m 14', 14],
      ['am 5 copii', undefined],
      ['I am 5 minutes away', undefined],
      ["they're 6 and 9", undefined],
      ["I'm 38 weeks pregnant", undefined],
    ];
    for (const [text, age] of table) it(text, () => expect(findAge(text)).to.equal(age));
  });

  describe('who is cared for', () => {
    const table: [string, { relation: string; words: string }[]][] = [
      [
        'I look after my mum and my daughter',
        [
          { relation: 'mother', words: 'mum' },
          { relation: 'daughter', words: 'daughter' },
        ],
      ],
      ['looking after my hubby', [{ relation: 'husband', words: 'hubby' }]],
      ['me nan has cancer', [{ relation: 'grandmother', words: 'nan' }]],
      ['my partner is on chemo', [{ relation: 'partner', words: 'partner' }]],
      ['Dad is home from hospital now', [{ relation: 'father', words: 'dad' }]],
      ['opiekuję się moją mamą', [{ relation: 'mother', words: 'mama' }]],
      ['cuido de mi marido', [{ relation: 'husband', words: 'marido' }]],
      ['我在照顾妈妈', [{ relation: 'mother', words: '妈妈' }]],
    ];
    for (const [text, expected] of table) it(text, () => expect(entities(text).caredFor).to.deep.equal(expected));
  });

  describe('bereaved', () => {
    for (const text of ['my husband died three weeks ago', 'since mum passed', 'Mama zmarła dwa tygodnie temu', 'mi padre falleció', 'ابو کا انتقال ہو گیا']) {
      it(`yes: ${text}`, () => expect(entities(text).bereaved).to.equal(true));
    }
    for (const text of ["I'm dying to know", 'he passed out', 'mum is dying', 'my mum has cancer']) {
      it(`no: ${text}`, () => expect(entities(text).bereaved).to.equal(false));
    }
  });

  describe('lone digit', () => {
    const table: [string, number | undefined][] = [
      ['2', 2],
      [' 3 ', 3],
      ['1.', 1],
      ['٣', 3],
      ['২', 2],
      ['12', undefined],
      ['2 kids', undefined],
    ];
    for (const [text, digit] of table) it(JSON.stringify(text), () => expect(findDigit(text)).to.equal(digit));
  });
});
