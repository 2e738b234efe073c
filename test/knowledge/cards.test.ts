/** The shipped cards: both schemas, the fixed inventory, sources, and the house's rules for the English wording. */
import { expect } from 'chai';
import { CARD_INVENTORY } from './cardInventory';
import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../../catalogue';
import { KNOWLEDGE_DIR, KnowledgeError, loadKnowledge, placeholdersOf, textsOf, validateKnowledge } from '../../knowledge';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, KNOWLEDGE_DIR), 'utf8'));
const kb = loadKnowledge();
const english = kb.texts.en!;

function sentences(text: string): number {
  // A full stop inside "(PIP)." or a number does not end a sentence twice.
  return text.split(/(?<=[.!?])\s+(?=[A-Z"“])/).filter((s) => s.trim()).length;
}

describe('knowledge cards: the shipped data', () => {
  it('validates against both schemas and has exactly the 26 fixed ids', () => {
    expect(kb.cards.map((c) => c.id).sort()).to.deep.equal([...CARD_INVENTORY].sort());
  });

  it("every figure names one of its card's sources, every source is a government or NHS page", () => {
    for (const card of kb.cards) {
      for (const f of card.figures)
        expect(
          card.sources.map((s) => s.url),
          `${card.id} ${f.name}`,
        ).to.include(f.source);
      for (const s of card.sources)
        expect(s.url, card.id).to.match(/^https:\/\/(www\.)?(gov\.uk|nhs\.uk|nidirect\.gov\.uk|mygov\.scot|gov\.wales|legislation\.gov\.uk)\//);
    }
  });

  it('2026/27 rates say so; a figure of an earlier year is named with its year in the text', () => {
    for (const card of kb.cards) {
      for (const f of card.figures.filter((x) => x.taxYear && x.taxYear < '2026/27')) {
        const uses = textsOf(english, card.id).filter((t) => t.text.includes(`{{${f.name}}}`));
        for (const u of uses) expect(u.text, `${card.id}.${u.field}`).to.include(f.taxYear);
      }
    }
  });

  it('services are catalogue ids (their numbers come from the catalogue, never typed)', () => {
    const ids = new Set(loadCatalogue().services.map((s) => s.id));
    for (const card of kb.cards) {
      for (const id of [...card.services, ...Object.values(card.variants ?? {}).flatMap((v) => v?.services ?? [])])
        expect(ids.has(id), `${card.id}: ${id}`).to.equal(true);
    }
  });

  it('English: a title, an answer of at most 3 sentences, 1 to 3 next steps, 2 lines to say, 8 to 30 examples', () => {
    for (const card of kb.cards) {
      const t = english.cards[card.id]!;
      expect(t.title, card.id).to.be.a('string');
      for (const answer of [
        t.answer!,
        ...Object.values(t.nations ?? {})
          .map((n) => n?.answer)
          .filter((a): a is string => !!a),
      ]) {
        expect(sentences(answer), `${card.id}: ${answer}`).to.be.at.most(3);
      }
      expect(t.next!.length, card.id).to.be.within(1, 3);
      expect(t.call, card.id).to.have.length(2);
      expect(t.examples.length, card.id).to.be.within(8, 30);
    }
  });

  it('English wording never types a phone number and never labels the person "a carer"', () => {
    for (const card of kb.cards) {
      for (const { field, text } of textsOf(english, card.id)) {
        expect(text, `${card.id}.${field}`).not.to.match(/\b0\d{3}[ \d]{6,}|\b\d{3} \d{3} \d{4}\b/);
        expect(text, `${card.id}.${field}`).not.to.match(/\b(a|an|as a|you are a|you're a|unpaid|other) carers?\b(?!['’]s)/i);
      }
    }
  });

  it('a card whose law differs by nation has words for at least one other nation', () => {
    for (const card of kb.cards.filter((c) => c.differsByNation))
      expect(Object.keys(english.cards[card.id]!.nations ?? {}).length, card.id).to.be.greaterThan(0);
  });
});

describe('knowledge cards: what the loader refuses', () => {
  const cards = read('cards.json') as { version: 1; cards: Record<string, unknown>[] };
  const en = read('text/en.json') as { language: string; cards: Record<string, Record<string, unknown>> };
  const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  const problems = (c: unknown, t: unknown): string[] => {
    try {
      validateKnowledge(c, { en: t });
      return [];
    } catch (error) {
      expect(error).to.be.instanceOf(KnowledgeError);
      return (error as KnowledgeError).problems;
    }
  };

  it('accepts the shipped files', () => expect(problems(cards, en)).to.deep.equal([]));

  const rows: { name: string; change: (c: typeof cards, t: typeof en) => void; says: RegExp }[] = [
    {
      name: 'a charity as the source of a figure',
      change: (c) => ((c.cards[0]!.sources as { publisher: string }[])[0]!.publisher = 'Carers UK'),
      says: /publisher|allowed values/,
    },
    {
      name: 'a placeholder with no figure',
      change: (_c, t) => (t.cards['money.carers-allowance']!.answer = 'You get {{no-such-figure}}.'),
      says: /\{\{no-such-figure\}\} has no figure/,
    },
    { name: 'a figure without its source', change: (c) => delete (c.cards[0]!.figures as Record<string, unknown>[])[0]!.source, says: /source/ },
    {
      name: 'an English card without its answer',
      change: (_c, t) => delete t.cards['money.blue-badge']!.answer,
      says: /money\.blue-badge needs a title, answer, next and call/,
    },
    {
      name: 'a text for an unknown card',
      change: (_c, t) => (t.cards['money.lottery'] = { examples: ['win big', 'lottery money', 'jackpot help'] }),
      says: /unknown card "money\.lottery"/,
    },
    { name: 'four lines to say on the phone', change: (_c, t) => (t.cards['money.blue-badge']!.call = ['a', 'b', 'c', 'd']), says: /call/ },
  ];
  for (const row of rows) {
    it(`refuses ${row.name}`, () => {
      const c = copy(cards);
      const t = copy(en);
      row.change(c, t);
      expect(problems(c, t).join('\n')).to.match(row.says);
    });
  }

  it('placeholdersOf reads {{names}}', () => expect(placeholdersOf('a {{x-1}} b {{ y }}')).to.deep.equal(['x-1', 'y']));
});
