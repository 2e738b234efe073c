/** knowledge:check on an injected date: a date passing never fails a test, the check itself does. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { KNOWLEDGE_DIR } from '../../knowledge';
import { checkKnowledge, formatCheck } from '../../scripts/lib/knowledgeCheck';

const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(name, KNOWLEDGE_DIR), 'utf8')) as Record<string, unknown>;
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const cards = read('cards.json') as { cards: { id: string; reviewBy: string; taxYear?: string; figures: { taxYear?: string }[] }[] };
const en = read('text/en.json') as { language: string; cards: Record<string, Record<string, unknown>> };
const services = new Set(
  (JSON.parse(readFileSync(new URL('../../data/catalogue/services.json', import.meta.url), 'utf8')) as { services: { id: string }[] }).services.map(
    (s) => s.id,
  ),
);
/** The shipped money.carers-allowance keeps its 2025/26 earnings limit (no 2026/27 source was found): left out here. */
const withoutOldFigure = () => {
  const c = copy(cards);
  const card = c.cards.find((x) => x.id === 'money.carers-allowance')!;
  card.figures = card.figures.filter((f) => f.taxYear === undefined || f.taxYear >= '2026/27');
  const t = copy(en);
  const text = t.cards['money.carers-allowance']!;
  text.answer = "You may get Carer's Allowance if you are {{min-age}} or over and spend at least {{care-hours}} hours a week looking after someone.";
  delete (text.nations as Record<string, Record<string, unknown>>).scotland;
  delete (text.nations as Record<string, Record<string, unknown>>).northern_ireland;
  return { c, t };
};

describe('knowledge:check', () => {
  const inDate = new Date('2026-12-01T12:00:00Z');

  it('passes cards in date and in this tax year, and prints a table', () => {
    const { c, t } = withoutOldFigure();
    const result = checkKnowledge(c, { en: t }, services, inDate);
    expect(result.problems).to.deep.equal([]);
    expect(result.rows).to.have.length(26);
    expect(formatCheck(result, inDate))
      .to.match(/money\.carers-allowance-rate\s+2027-04-05 2026\/27/)
      .and.match(/knowledge:check passed/);
  });

  it('fails a card past its review-by date', () => {
    const { c, t } = withoutOldFigure();
    const result = checkKnowledge(c, { en: t }, services, new Date('2027-04-06T09:00:00Z'));
    expect(result.problems.join('\n')).to.match(/money\.carers-allowance-rate: past its review-by date 2027-04-05/);
    expect(formatCheck(result, new Date('2027-04-06T09:00:00Z')))
      .to.match(/FAIL/)
      .and.match(/knowledge:check FAILED/);
  });

  it('fails figures of an earlier tax year (the shipped earnings limit of 2025/26)', () => {
    const result = checkKnowledge(cards, { en }, services, inDate);
    expect(result.problems.join('\n')).to.match(/earnings-limit \(£196\) is for 2025\/26, before the current tax year 2026\/27/);
  });

  it('fails a card whose figures are of last tax year once a new one starts', () => {
    const { c, t } = withoutOldFigure();
    c.cards.find((x) => x.id === 'money.attendance-allowance-pip')!.reviewBy = '2028-01-01';
    const result = checkKnowledge(c, { en: t }, services, new Date('2027-04-06T09:00:00Z'));
    expect(result.problems.join('\n')).to.match(/money\.attendance-allowance-pip: its figures are for 2026\/27, before the current tax year 2027\/28/);
  });

  it('fails a placeholder without a figure', () => {
    const { c, t } = withoutOldFigure();
    t.cards['money.blue-badge']!.answer = 'It costs {{badge-fee}}.';
    expect(checkKnowledge(c, { en: t }, services, inDate).problems.join('\n')).to.match(/\{\{badge-fee\}\} has no figure/);
  });

  it('fails an unknown service', () => {
    const { c, t } = withoutOldFigure();
    (c.cards.find((x) => x.id === 'money.blue-badge') as unknown as { services: string[] }).services.push('no-such-service');
    expect(checkKnowledge(c, { en: t }, services, inDate).problems.join('\n')).to.match(/service "no-such-service" is not in the catalogue/);
  });

  it('fails a translation whose figures, numbers or names differ from English', () => {
    const { c, t } = withoutOldFigure();
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
