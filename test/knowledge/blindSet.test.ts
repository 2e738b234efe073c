/**
 * The blind knowledge question set is fixed once written (data/knowledge/blind/README.md): a changed file would
 * mean someone tuned it. Only structure, counts and the hash are checked here; no text is ever printed.
 */
import { expect } from 'chai';
import { ADDED_AFTER_BLIND_SET, CARD_INVENTORY } from './cardInventory';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const DIR = new URL('../../data/knowledge/blind/', import.meta.url);
const RAW = readFileSync(new URL('questions.jsonl', DIR));
const README = readFileSync(new URL('README.md', DIR), 'utf8');

const CARDS = new Set(CARD_INVENTORY.filter((card) => !ADDED_AFTER_BLIND_SET.includes(card)));
const KINDS = new Set(['plain', 'misspelt', 'vague', 'emotional', 'long', 'romanised', 'code-switched', 'follow-on-context', 'none-near', 'none-far']);
const MINIMUM: Record<string, number> = { en: 120, cy: 25, pl: 25, ro: 25, pa: 25, ur: 25, 'ur-Latn': 25, bn: 25, ar: 25, gu: 25, pt: 25, es: 25, zh: 25 };

interface Question {
  id: string;
  text: string;
  language: string;
  card: string;
  kind: string;
}

/** Parses every line; a failure names the line number only, never its text. */
function parse(): Question[] {
  return RAW.toString('utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line, index) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`line ${index + 1} is not JSON`);
      }
      const q = value as Partial<Question>;
      const ok = ['id', 'text', 'language', 'card', 'kind'].every((key) => typeof q[key as keyof Question] === 'string');
      if (!ok) throw new Error(`line ${index + 1} lacks a string field`);
      return q as Question;
    });
}

const countBy = (questions: Question[], key: (q: Question) => string): Map<string, number> =>
  questions.reduce((m, q) => m.set(key(q), (m.get(key(q)) ?? 0) + 1), new Map<string, number>());

describe('data/knowledge/blind/questions.jsonl', () => {
  const questions = parse();

  it('has at least 420 questions with unique ids', () => {
    expect(questions.length).to.be.at.least(420);
    expect(new Set(questions.map((q) => q.id)).size).to.equal(questions.length);
  });

  it('labels every question with one of the 26 cards or "none", and a known kind', () => {
    expect(CARDS.size).to.equal(26);
    const badCards = questions.filter((q) => q.card !== 'none' && !CARDS.has(q.card)).map((q) => q.id);
    const badKinds = questions.filter((q) => !KINDS.has(q.kind)).map((q) => q.id);
    expect(badCards, 'ids with an unknown card').to.deep.equal([]);
    expect(badKinds, 'ids with an unknown kind').to.deep.equal([]);
  });

  it('meets the minimum count per language and uses no other language', () => {
    const counts = countBy(questions, (q) => q.language);
    expect([...counts.keys()].sort()).to.deep.equal(Object.keys(MINIMUM).sort());
    for (const [language, minimum] of Object.entries(MINIMUM)) expect(counts.get(language), language).to.be.at.least(minimum);
  });

  it('covers every card at least 3 times in English and in at least 6 other languages', () => {
    for (const card of CARDS) {
      const english = questions.filter((q) => q.card === card && q.language === 'en').length;
      const others = new Set(questions.filter((q) => q.card === card && q.language !== 'en').map((q) => q.language)).size;
      expect(english, `${card} in English`).to.be.at.least(3);
      expect(others, `${card}: other languages`).to.be.at.least(6);
    }
  });

  it('is unchanged since its SHA-256 was recorded in the README', () => {
    const recorded = /SHA-256 of `questions\.jsonl`: `([0-9a-f]{64})`/.exec(README)?.[1];
    expect(recorded, 'hash line in README').to.be.a('string');
    expect(createHash('sha256').update(RAW).digest('hex')).to.equal(recorded);
  });
});
