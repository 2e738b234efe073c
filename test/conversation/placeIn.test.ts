/** Where they live, named inside a sentence in any language, is where they live. */
import { expect } from 'chai';
import { handleReply } from '../../conversation/answers';
import { placeIn } from '../../conversation/placeIn';
import { newConversationData } from '../../conversation/state';
import type { LanguageCode } from '../../core/languages';
import { guide, said } from './helpers';

describe('a place inside a sentence', () => {
  const table: [LanguageCode, string, string][] = [
    ['pl', 'Mieszkam w Birmingham', 'Birmingham'],
    ['es', 'vivo en Leicester', 'Leicester'],
    ['pt', 'moro em Leeds', 'Leeds'],
    ['ur', 'main Bradford mein rehti hoon', 'Bradford'],
    ['cy', "Dw i'n byw yng Nghaerdydd", 'Cardiff'],
    ['cy', "Dw i'n byw ym Mangor", 'Bangor'],
    ['cy', "Rydyn ni'n byw yn Abertawe", 'Swansea'],
    ['ro', 'Locuiesc în Luton', 'Luton'],
  ];
  for (const [, text, place] of table) {
    it(`"${text}" -> ${place}`, () => expect(placeIn(text)?.where.place).to.equal(place));
  }

  for (const [language, text, place] of table) {
    it(`${language}: said while asked how they are, it is where they live (${place})`, () => {
      const data = newConversationData(language, 'demo');
      handleReply('how_are_you', said(text), data, guide(language));
      expect(data.situation.councilCodes, text).to.have.length.greaterThan(0);
    });
    it(`${language}: said in answer to "where do you live?", it is the answer (${place})`, () => {
      const data = newConversationData(language, 'demo');
      data.situation.focus = 'money';
      handleReply('where', said(text), data, guide(language));
      expect(data.situation.councilCodes, text).to.have.length.greaterThan(0);
    });
  }

  it('an everyday word that is also a town, with no word for living, is no place', () => {
    const data = newConversationData('en', 'demo');
    handleReply('more', said('Reading the forms is hard'), data, guide());
    expect(data.situation.councilCodes).to.equal(undefined);
  });
});
