/** UK places written in the bot's other languages (data/geography/exonyms.json) stand for the English place. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { councilsFor, lookupPlace } from '../../catalogue';
import { exonymIn, exonymPlace, foldScript } from '../../catalogue/geography/exonyms';

const file = JSON.parse(readFileSync(new URL('../../data/geography/exonyms.json', import.meta.url), 'utf8')) as {
  names: Record<string, Record<string, string>>;
};

describe('place names in other languages', () => {
  it('every name stands for a place the geography knows, in the UK or a Crown Dependency', () => {
    const unknown = Object.values(file.names)
      .flatMap((names) => Object.entries(names))
      .filter(([, english]) => lookupPlace(english) === null && councilsFor(english).crownDependency === undefined)
      .map(([name, english]) => `${name} -> ${english}`);
    expect(unknown).to.deep.equal([]);
  });

  const whole: [string, string][] = [
    ['مانشستر', 'Manchester'],
    ['إدنبرة', 'City of Edinburgh'],
    ['ادنبره', 'City of Edinburgh'],
    ['کارڈف', 'Cardiff'],
    ['كارديف', 'Cardiff'],
    ['গ্লাসগো', 'Glasgow City'],
    ['伦敦', 'London'],
    ['貝爾法斯特', 'Belfast'],
    ['Londyn', 'London'],
    ['Caeredin', 'City of Edinburgh'],
    // Crown Dependencies as Spanish, Polish, Welsh, Arabic and Chinese write them
    ['Isla de Man', 'Isle of Man'],
    ['Wyspa Man', 'Isle of Man'],
    ['Ynys Manaw', 'Isle of Man'],
    ['جزيرة مان', 'Isle of Man'],
    ['马恩岛', 'Isle of Man'],
    ['泽西岛', 'Jersey'],
    ['غيرنزي', 'Guernsey'],
  ];
  for (const [name, place] of whole) {
    it(`"${name}" on its own is ${place}`, () => {
      const found = councilsFor(name);
      expect(found.status).to.equal('found');
      expect(found.place).to.equal(place);
    });
  }

  it('folds the letter forms of Arabic and Urdu keyboards and vowel marks to one spelling', () => {
    expect(foldScript('برمنگھم')).to.equal(foldScript('برمنگہم'));
    expect(foldScript('إدنبرة')).to.equal(foldScript('ادنبره'));
    expect(foldScript('مَانْشِسْتَر')).to.equal(foldScript('مانشستر'));
    expect(exonymPlace('كارڈف')).to.equal('Cardiff');
  });

  const inSentences: [string, string | undefined][] = [
    ['أنا من سوريا وأعيش الآن في كارديف', 'Cardiff'],
    ['وبرمنغهام مدينة كبيرة', 'Birmingham'],
    ['我妈妈在爱丁堡住院', 'Edinburgh'],
    ['আমরা ওল্ডহ্যামের কাছে থাকি', 'Oldham'],
    ['أعيش في نيويورك', undefined],
    ['I live in Leeds', undefined],
    ['', undefined],
  ];
  for (const [text, english] of inSentences) {
    it(`finds ${english ?? 'nothing'} in "${text}"`, () => expect(exonymIn(text)?.english).to.equal(english));
  }
});
