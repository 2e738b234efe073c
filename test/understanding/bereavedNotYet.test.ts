/** A death still to come or imagined is not a loss: "sorry for your loss" to someone whose husband is dying is a wound. */
import { expect } from 'chai';
import { recognizeSync } from '../../understanding';

describe('bereaved, and not yet', () => {
  const notYet = [
    '我丈夫快要去世了，他想在家里走',
    "my husband hasn't died yet but he is close",
    'what do I do when she has died',
    'he is dying, what do we do after he has died',
    'what happens once mum has died at home',
    'tata jeszcze nie umarł, ale to już koniec',
  ];
  for (const text of notYet) it(`"${text}" is not bereaved`, () => expect(recognizeSync(text).entities.bereaved).to.equal(false));

  const bereaved = [
    '我丈夫去世了',
    'my mum died last week',
    'my husband passed away on Monday',
    'mama zmarła wczoraj',
    // Everyday Polish says "umarł" as often as "zmarł".
    'mój tata umarł wczoraj w domu, co mam teraz zrobić?',
    'mama umarła w nocy',
    'if only I had been there when he died, he died alone',
  ];
  for (const text of bereaved) it(`"${text}" is bereaved`, () => expect(recognizeSync(text).entities.bereaved).to.equal(true));
});
