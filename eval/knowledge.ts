/**
 * Scores of the knowledge matcher on a labelled question set (`card`: a card id or "none"):
 * per language, top-1 accuracy (a "none" question is right when it gets no card), precision
 * (answered questions that got the right card) and coverage (questions with a card that got
 * one). Counts only: the texts are never printed or written, so the blind set stays blind.
 */

export interface CardPrediction {
  language: string;
  /** The labelled card, or null for "none". */
  expected: string | null;
  /** The matcher's card, or null when it gave none. */
  got: string | null;
}

export interface CardScores {
  questions: number;
  right: number;
  answered: number;
  answeredRight: number;
  withCard: number;
  withCardAnswered: number;
  none: number;
  noneAnswered: number;
}

export const CARD_TARGETS = { en: 0.85, others: 0.75 } as const;

function empty(): CardScores {
  return { questions: 0, right: 0, answered: 0, answeredRight: 0, withCard: 0, withCardAnswered: 0, none: 0, noneAnswered: 0 };
}

function add(s: CardScores, p: CardPrediction): void {
  s.questions++;
  if (p.got === p.expected) s.right++;
  if (p.got !== null) {
    s.answered++;
    if (p.got === p.expected) s.answeredRight++;
  }
  if (p.expected !== null) {
    s.withCard++;
    if (p.got !== null) s.withCardAnswered++;
  } else {
    s.none++;
    if (p.got !== null) s.noneAnswered++;
  }
}

export function scoreCards(predictions: readonly CardPrediction[]): { all: CardScores; byLanguage: Map<string, CardScores> } {
  const all = empty();
  const byLanguage = new Map<string, CardScores>();
  for (const p of predictions) {
    add(all, p);
    let s = byLanguage.get(p.language);
    if (!s) byLanguage.set(p.language, (s = empty()));
    add(s, p);
  }
  return { all, byLanguage: new Map([...byLanguage.entries()].sort(([a], [b]) => a.localeCompare(b))) };
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '  -  ');

function line(name: string, s: CardScores, target?: number): string {
  const accuracy = s.questions ? s.right / s.questions : 0;
  const mark = target === undefined ? '' : accuracy >= target ? `  ok (>= ${target})` : `  BELOW ${target}`;
  return `  ${name.padEnd(8)} ${String(s.questions).padStart(5)}  ${ratio(s.right, s.questions)}     ${ratio(s.answeredRight, s.answered)}      ${ratio(s.withCardAnswered, s.withCard)}     ${s.noneAnswered}/${s.none}${mark}`;
}

export function cardLines(title: string, scores: { all: CardScores; byLanguage: Map<string, CardScores> }): string[] {
  const lines = [`== ${title}: ${scores.all.questions} questions`, '  language     n  accuracy  precision  coverage  none answered'];
  for (const [language, s] of scores.byLanguage) lines.push(line(language, s, language === 'en' ? CARD_TARGETS.en : CARD_TARGETS.others));
  lines.push(line('all', scores.all), '');
  return lines;
}
