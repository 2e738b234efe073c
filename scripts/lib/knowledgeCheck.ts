/**
 * What `npm run knowledge:check` checks, on a date given to it (tests inject it; the script uses
 * today): each card's review-by date and the tax year of its figures, its sources, its
 * {{placeholders}}, its services in the catalogue, and that every translation keeps English's
 * figures, numbers and names. Problems fail the check; things a reviewer should look at
 * (figures read from a report of the source, cards not yet translated) are listed as notes.
 */
import {
  oldFiguresOf,
  placeholdersOf,
  taxYearOf,
  textsOf,
  validateKnowledge,
  KnowledgeError,
  type Card,
  type KnowledgeBase,
  type TextLanguage,
} from '../../knowledge';

export interface CardRow {
  id: string;
  reviewBy: string;
  taxYear: string;
  figures: number;
  reported: number;
  translated: number;
  status: 'ok' | 'FAIL';
}

export interface CheckResult {
  rows: CardRow[];
  problems: string[];
  notes: string[];
}

/** Digit runs as written (phone numbers, amounts, hours): a translation must keep them. */
function numbersOf(text: string): string[] {
  return [...text.matchAll(/\d[\d,.]*/g)].map((m) => m[0].replace(/[.,]$/, '')).sort();
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function translationProblems(kb: KnowledgeBase, card: Card): string[] {
  const problems: string[] = [];
  const english = kb.texts.en;
  if (!english) return problems;
  const englishTexts = new Map(textsOf(english, card.id).map((t) => [t.field, t.text]));
  for (const [lng, file] of Object.entries(kb.texts)) {
    if (!file || lng === 'en') continue;
    for (const { field, text } of textsOf(file, card.id)) {
      const en = englishTexts.get(field);
      if (en === undefined) {
        problems.push(`${card.id} ${lng}.${field}: English has no such text`);
        continue;
      }
      if (!sameList([...placeholdersOf(en)].sort(), [...placeholdersOf(text)].sort())) problems.push(`${card.id} ${lng}.${field}: figures differ from English`);
      if (!sameList(numbersOf(en), numbersOf(text)))
        problems.push(`${card.id} ${lng}.${field}: numbers differ from English (${numbersOf(en).join(' ')} / ${numbersOf(text).join(' ')})`);
      for (const name of card.names)
        if (en.includes(name) && !text.includes(name)) problems.push(`${card.id} ${lng}.${field}: "${name}" must stay as in English`);
    }
  }
  return problems;
}

export function checkKnowledge(
  cardsData: unknown,
  textData: Partial<Record<TextLanguage, unknown>>,
  serviceIds: ReadonlySet<string>,
  now: Date,
  dir?: URL,
): CheckResult {
  let kb: KnowledgeBase;
  try {
    kb = validateKnowledge(cardsData, textData, dir);
  } catch (error) {
    if (error instanceof KnowledgeError) return { rows: [], problems: error.problems, notes: [] };
    throw error;
  }
  const today = now.toISOString().slice(0, 10);
  const rows: CardRow[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  for (const card of kb.cards) {
    const mine: string[] = [];
    if (today > card.reviewBy) mine.push(`${card.id}: past its review-by date ${card.reviewBy}`);
    if (card.taxYear && card.taxYear < taxYearOf(now))
      mine.push(`${card.id}: its figures are for ${card.taxYear}, before the current tax year ${taxYearOf(now)}`);
    for (const f of oldFiguresOf(card, now))
      mine.push(`${card.id}: figure ${f.name} (${f.value}) is for ${f.taxYear}, before the current tax year ${taxYearOf(now)}`);
    if (card.sources.length === 0) mine.push(`${card.id}: no source`);
    for (const f of card.figures) if (!f.source) mine.push(`${card.id}: figure ${f.name} has no source`);
    const services = [...card.services, ...Object.values(card.variants ?? {}).flatMap((v) => v?.services ?? [])];
    for (const id of services) if (!serviceIds.has(id)) mine.push(`${card.id}: service "${id}" is not in the catalogue`);
    mine.push(...translationProblems(kb, card));
    for (const f of card.figures)
      if (f.verification === 'reported') notes.push(`${card.id}: confirm ${f.name} = ${f.value} on ${f.source} (read at: ${f.seenAt ?? '?'})`);
    const translated = Object.entries(kb.texts).filter(([lng, file]) => lng !== 'en' && file?.cards[card.id]?.answer !== undefined).length;
    rows.push({
      id: card.id,
      reviewBy: card.reviewBy,
      taxYear: card.taxYear ?? '-',
      figures: card.figures.length,
      reported: card.figures.filter((f) => f.verification === 'reported').length,
      translated,
      status: mine.length ? 'FAIL' : 'ok',
    });
    problems.push(...mine);
  }
  return { rows, problems, notes };
}

export function formatCheck(result: CheckResult, now: Date): string {
  const lines = [`knowledge cards on ${now.toISOString().slice(0, 10)} (tax year ${taxYearOf(now)})`, ''];
  lines.push(`${'card'.padEnd(34)} ${'review by'.padEnd(10)} ${'tax year'.padEnd(8)} figures  reported  translated  status`);
  for (const r of result.rows) {
    lines.push(
      `${r.id.padEnd(34)} ${r.reviewBy.padEnd(10)} ${r.taxYear.padEnd(8)} ${String(r.figures).padStart(7)}  ${String(r.reported).padStart(8)}  ${String(r.translated).padStart(10)}  ${r.status}`,
    );
  }
  if (result.problems.length) lines.push('', `${result.problems.length} problem(s):`, ...result.problems.map((p) => `  ✗ ${p}`));
  if (result.notes.length) lines.push('', `${result.notes.length} note(s) for a reviewer:`, ...result.notes.map((n) => `  • ${n}`));
  lines.push('', result.problems.length ? 'knowledge:check FAILED' : 'knowledge:check passed');
  return lines.join('\n');
}
