/** Every language file present keeps English's figures, numbers and the names of benefits and laws (a translation may lag, never differ). */
import { expect } from 'chai';
import { loadKnowledge, placeholdersOf, textsOf } from '../../knowledge';

const kb = loadKnowledge();
const english = kb.texts.en!;
const numbers = (text: string) => [...text.matchAll(/\d[\d,.]*/g)].map((m) => m[0].replace(/[.,]$/, '')).sort();

describe('knowledge translations keep what must not change', () => {
  const languages = Object.keys(kb.texts).filter((l) => l !== 'en');

  it('there are other languages to check (their examples at least)', () => expect(languages.length).to.be.greaterThan(0));

  for (const lng of languages) {
    it(`${lng}: the same {{figures}}, numbers and names as English in every text it has`, () => {
      const file = kb.texts[lng as keyof typeof kb.texts]!;
      for (const card of kb.cards) {
        const en = new Map(textsOf(english, card.id).map((t) => [t.field, t.text]));
        for (const { field, text } of textsOf(file, card.id)) {
          const source = en.get(field);
          expect(source, `${lng} ${card.id}.${field} has no English`).to.be.a('string');
          expect(placeholdersOf(text).sort(), `${lng} ${card.id}.${field}`).to.deep.equal(placeholdersOf(source!).sort());
          expect(numbers(text), `${lng} ${card.id}.${field}`).to.deep.equal(numbers(source!));
          for (const name of card.names.filter((n) => source!.includes(n))) expect(text, `${lng} ${card.id}.${field}`).to.include(name);
        }
      }
    });

    it(`${lng}: examples for every card, so questions in ${lng} can be matched`, () => {
      const file = kb.texts[lng as keyof typeof kb.texts]!;
      for (const card of kb.cards) expect(file.cards[card.id]?.examples.length ?? 0, `${lng} ${card.id}`).to.be.at.least(3);
    });
  }
});
