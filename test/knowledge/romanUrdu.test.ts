/** Urdu in Latin letters (text/ur-Latn.json): whole cards in Latin letters, served when the person writes Urdu that way. */
import { expect } from 'chai';
import { loadKnowledge, renderCard, textsOf, type KnowledgeBase, type TextFile } from '../../knowledge';

const kb = loadKnowledge();
const roman = kb.texts['ur-Latn']!;
const english = kb.texts.en!;
const now = new Date('2026-12-07T12:00:00Z');
/** Arabic-script letters (Urdu script): a Roman Urdu reader may not read them. */
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u;

describe('knowledge cards in Roman Urdu (ur-Latn)', () => {
  it('every card has every field English has, nation overrides included', () => {
    for (const card of kb.cards) {
      const fields = (file: TextFile) => textsOf(file, card.id).map((t) => t.field);
      expect(fields(roman), card.id).to.deep.equal(fields(english));
      expect(roman.cards[card.id]?.title, card.id).to.be.a('string');
    }
  });

  it('6 to 10 examples per card, and every text and example in Latin letters', () => {
    for (const card of kb.cards) {
      const text = roman.cards[card.id]!;
      expect(text.examples.length, card.id).to.be.within(6, 10);
      for (const words of [text.title ?? '', ...textsOf(roman, card.id).map((t) => t.text), ...text.examples])
        expect(ARABIC_SCRIPT.test(words), `${card.id}: ${words}`).to.equal(false);
    }
  });

  const cases: { name: string; script?: 'Latn'; nation?: 'scotland'; language: string; answer: string }[] = [
    { name: 'Urdu in Latin letters', script: 'Latn', language: 'ur-Latn', answer: roman.cards['money.carers-allowance-rate']!.answer! },
    {
      name: 'Urdu in Latin letters, in Scotland',
      script: 'Latn',
      nation: 'scotland',
      language: 'ur-Latn',
      answer: roman.cards['money.carers-allowance-rate']!.nations!.scotland!.answer!,
    },
    { name: 'Urdu script', language: 'ur', answer: kb.texts.ur!.cards['money.carers-allowance-rate']!.answer! },
  ];
  for (const c of cases) {
    it(`renders ${c.name} from its own file, figures filled`, () => {
      const answer = renderCard(kb, 'money.carers-allowance-rate', { language: 'ur', script: c.script, nation: c.nation, now });
      const rate = kb.byId.get('money.carers-allowance-rate')!.figures.find((f) => f.name === 'weekly-rate')!.value;
      expect(answer.language).to.equal(c.language);
      expect(answer.answer).to.equal(c.answer.replace('{{weekly-rate}}', rate));
    });
  }

  it('a card not yet in Roman Urdu is in English, never in Urdu script', () => {
    const lagging: TextFile = { ...roman, cards: { ...roman.cards, 'money.blue-badge': { examples: roman.cards['money.blue-badge']!.examples } } };
    const partial: KnowledgeBase = { ...kb, texts: { ...kb.texts, 'ur-Latn': lagging } };
    const answer = renderCard(partial, 'money.blue-badge', { language: 'ur', script: 'Latn', now });
    expect(answer.language).to.equal('en');
    expect(answer.answer).to.equal(english.cards['money.blue-badge']!.answer);
  });
});
