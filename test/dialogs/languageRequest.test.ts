/** A short request to write in a language switches to it; a mention of a language in a question or about someone else does not. */
import { expect } from 'chai';
import { pickedLanguage } from '../../dialogs/languageDialog';

describe('asking for a language in words', () => {
  const asks: [string, string][] = [
    ['can we speak English please', 'en'],
    ['in English pls', 'en'],
    ['English please', 'en'],
    ['po polsku proszę', 'pl'],
    ['yn Gymraeg os gwelwch yn dda', 'cy'],
    ['Can you write in Welsh?', 'cy'],
    ['en español por favor', 'es'],
    ['用中文', 'zh'],
    ['urdu mein baat karein', 'ur'],
    ['in Arabic please', 'ar'],
  ];
  for (const [text, code] of asks) it(`"${text}" -> ${code}`, () => expect(pickedLanguage(undefined, text)).to.equal(code));

  const not = [
    'is there help in Polish?',
    'my dad only speaks Urdu',
    'I need an interpreter for Punjabi',
    'English or Welsh',
    'the letter is in English and I cannot read it',
  ];
  for (const text of not) it(`"${text}" is no request`, () => expect(pickedLanguage(undefined, text)).to.equal(undefined));
});
