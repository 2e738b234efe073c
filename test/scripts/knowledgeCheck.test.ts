/** knowledge:check on an injected date: a date passing never fails a test, the check itself does. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { KNOWLEDGE_DIR } from '../../knowledge';
import { checkKnowledge, formatCheck } from '../../scripts/lib/knowledgeCheck';
import { CARD_INVENTORY } from '../knowledge/cardInventory';

const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(name, KNOWLEDGE_DIR), 'utf8')) as Record<string, unknown>;
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const cards = read('cards.json') as { cards: { id: string; reviewBy: string; taxYear?: string; figures: { taxYear?: string }[] }[] };
const en = read('text/en.json') as { language: string; cards: Record<string, Record<string, unknown>> };
const services = new Set(
  (JSON.parse(readFileSync(new URL('../../data/catalogue/services.json', import.meta.url), 'utf8')) as { services: { id: string }[] }).services.map(
    (s) => s.id,
  ),
);
/** Copies of the shipped cards and English text, to change in one test. */
const shipped = () => ({ c: copy(cards), t: copy(en) });

describe('knowledge:check', () => {
  const inDate = new Date('2026-12-01T12:00:00Z');

  it('passes cards in date and in this tax year, and prints a table', () => {
    const { c, t } = shipped();
    const result = checkKnowledge(c, { en: t }, services, inDate);
    expect(result.problems).to.deep.equal([]);
    expect(result.rows).to.have.length(CARD_INVENTORY.length);
    expect(formatCheck(result, inDate))
      .to.match(/money\.carers-allowance-rate\s+2027-04-05 2026\/27/)
      .and.match(/knowledge:check passed/);
  });

  it('fails a card past its review-by date', () => {
    const { c, t } = shipped();
    const result = checkKnowledge(c, { en: t }, services, new Date('2027-04-06T09:00:00Z'));
    expect(result.problems.join('\n')).to.match(/money\.carers-allowance-rate: past its review-by date 2027-04-05/);
    expect(formatCheck(result, new Date('2027-04-06T09:00:00Z')))
      .to.match(/FAIL/)
      .and.match(/knowledge:check FAILED/);
  });

  it('fails figures of an earlier tax year (an earnings limit of 2025/26)', () => {
    const { c, t } = shipped();
    const figure = c.cards.find((x) => x.id === 'money.carers-allowance')!.figures.find((f) => (f as { name?: string }).name === 'earnings-limit')!;
    Object.assign(figure, { value: '£196', taxYear: '2025/26', appliesFrom: '2025-04-07' });
    const result = checkKnowledge(c, { en: t }, services, inDate);
    expect(result.problems.join('\n')).to.match(/earnings-limit \(£196\) is for 2025\/26, before the current tax year 2026\/27/);
  });

  it('fails a card whose figures are of last tax year once a new one starts', () => {
    const { c, t } = shipped();
    c.cards.find((x) => x.id === 'money.attendance-allowance-pip')!.reviewBy = '2028-01-01';
    const result = checkKnowledge(c, { en: t }, services, new Date('2027-04-06T09:00:00Z'));
    expect(result.problems.join('\n')).to.match(/money\.attendance-allowance-pip: its figures are for 2026\/27, before the current tax year 2027\/28/);
  });

  it('fails a placeholder without a figure', () => {
    const { c, t } = shipped();
    t.cards['money.blue-badge']!.answer = 'It costs {{badge-fee}}.';
    expect(checkKnowledge(c, { en: t }, services, inDate).problems.join('\n')).to.match(/\{\{badge-fee\}\} has no figure/);
  });

  it('fails an unknown service', () => {
    const { c, t } = shipped();
    (c.cards.find((x) => x.id === 'money.blue-badge') as unknown as { services: string[] }).services.push('no-such-service');
    expect(checkKnowledge(c, { en: t }, services, inDate).problems.join('\n')).to.match(/service "no-such-service" is not in the catalogue/);
  });

  it('fails a translation whose figures, numbers or names differ from English', () => {
    const { c, t } = shipped();
    const pl = {
      language: 'pl',
      cards: {
        'money.carers-allowance-rate': {
          answer: 'Zasiłek opiekuńczy wynosi 90 funtów tygodniowo od kwietnia 2026.',
          examples: ['ile wynosi zasiłek', 'ile dostanę na tydzień', 'stawka zasilku'],
        },
      },
    };
    const problems = checkKnowledge(c, { en: t, pl }, services, inDate).problems.join('\n');
    expect(problems).to.match(/pl\.answer: figures differ from English/);
    expect(problems).to.match(/pl\.answer: numbers differ from English/);
    expect(problems).to.match(/pl\.answer: "Carer's Allowance" must stay as in English/);
  });
});
