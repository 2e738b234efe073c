import { expect } from 'chai';
import fc from 'fast-check';
import { normalizeForMatching, normalizedTokens, tokenize } from '../../text/normalize';

describe('normalizeForMatching', () => {
  const cases: Array<[input: string, expected: string]> = [
    ['ＫＩＬＬ', 'kill'],
    ['ki\u200bll my\u00adself\u2060', 'kill myself'],
    ['\ufeffhello', 'hello'],
    ['k i l l', 'kill'],
    ['s.u.i.c.i.d.e', 'suicide'],
    ['k1ll', 'kill'],
    ['su1c1de', 'suicide'],
    ['d3ad', 'dead'],
    ['temp 38.3', 'temp 38.3'],
    ['38,5 stopni', '38.5 stopni'],
    ['1,000 pounds', '1,000 pounds'],
    ['101F', '101f'],
    ['3rd cycle', '3rd cycle'],
    ['sooooo tired', 'soo tired'],
    ['I’m can’t', 'im cant'],
    ['“quoted”', '"quoted"'],
    ['să moară', 'sa moara'],
    ['Mąż, łóżko', 'maz, lozko'],
    ['ngŵr', 'ngwr'],
    ['١٢٣ ۴۵۶ १२३ ১২৩ ੧੨੩ ૧૨૩', '123 456 123 123 123 123'],
    ['٣٨٫٥', '38.5'],
    ['💊', ' pills '],
    ['🔪🪢🔫', ' knife  rope  gun '],
    ['⚰️', ' coffin death '],
    ['i a m', 'i a m'.replace(/ /g, '')],
    // Three in a row of a letter outside the BMP (a surrogate pair) is squeezed too; two stay.
    ['𠀀𠀀𠀀𠀀 𠀀𠀀', '𠀀𠀀 𠀀𠀀'],
    ['aab aabb', 'aab aabb'],
    ['no apostrophe, no comma', 'no apostrophe, no comma'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => expect(normalizeForMatching(input)).to.equal(expected));
  }

  it('keeps Indic vowel signs (meaning), drops nukta (often omitted)', () => {
    expect(normalizeForMatching('ਬੁਖ਼ਾਰ')).to.equal('ਬੁਖਾਰ');
    expect(normalizeForMatching('জ্বর')).to.equal('জ্বর');
  });

  it('folds Arabic and Urdu letter variants together', () => {
    expect(normalizeForMatching('کیمو')).to.equal(normalizeForMatching('كيمو'));
    expect(normalizeForMatching('أَبي')).to.equal('ابي');
  });

  it('never throws, and handles long repetitive input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (s) => {
        expect(normalizeForMatching(s)).to.be.a('string');
      }),
    );
    // Linear time is measured by `npm run bench:understanding` (5,000-character adversarial inputs), not by a timed test.
    for (const piece of ['a', 'k ', '1a', '💊', 'é\u0301', '\u200b', 'a.']) {
      expect(normalizeForMatching(piece.repeat(40_000)), piece).to.be.a('string');
    }
  });
});

describe('tokenize', () => {
  it('splits words, keeps decimals, splits Han characters, keeps currency and degrees', () => {
    expect(tokenize('temp is 38.3, ok')).to.deep.equal(['temp', 'is', '38.3', 'ok']);
    expect(tokenize('£38.20')).to.deep.equal(['£', '38.20']);
    expect(tokenize('体温38.6度')).to.deep.equal(['体', '温', '38.6', '度']);
    expect(tokenize('39°c')).to.deep.equal(['39', '°', 'c']);
  });
  it('normalizedTokens chains both', () => expect(normalizedTokens("I can't")).to.deep.equal(['i', 'cant']));
  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(normalizedTokens(s)).to.be.an('array');
      }),
    );
  });
});

describe('look-alike letters (Unicode confusables)', () => {
  const table: Array<[string, string]> = [
    ['k\u0456ll myself', 'kill myself'],
    ['i w\u0430nt to d\u0456e', 'i want to die'],
    ['\u0456 w\u0430nt t\u043e d\u0456\u0435', 'i want to die'],
    ['SU\u0406C\u0406DE', 'suicide'],
  ];
  for (const [input, expected] of table)
    it(`${JSON.stringify(input)} reads as "${expected}"`, () => expect(normalizedTokens(input).join(' ')).to.equal(expected));

  it('text written in Cyrillic is left alone (Latin letters do not outnumber it)', () => {
    expect(normalizedTokens('\u043c\u0430\u043c\u0430 \u0431\u043e\u043b\u0435\u0435\u0442').join(' ')).to.equal(
      '\u043c\u0430\u043c\u0430 \u0431\u043e\u043b\u0435\u0435\u0442',
    );
  });
});
