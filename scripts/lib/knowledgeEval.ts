/**
 * The knowledge part of `npm run eval`: the matcher on the blind question set
 * (data/knowledge/blind/questions.jsonl, written apart from the cards: scores only, its texts are
 * never printed or written) and on our own examples, each scored without itself (knowledge/calibrate.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { cardLines, scoreCards, type CardPrediction } from '../../eval/knowledge';
import { knowledge, KNOWLEDGE_DIR, loadKnowledge } from '../../knowledge';
import { scoreOwnWriting } from '../../knowledge/calibrate';

export const BLIND_PATH = new URL('blind/questions.jsonl', KNOWLEDGE_DIR);
/** English questions written apart from the cards' examples, to tune on (data/knowledge/dev/README.md). */
export const DEV_PATH = new URL('dev/questions-en.jsonl', KNOWLEDGE_DIR);

interface BlindRow {
  text: string;
  language: string;
  card: string;
}

export function blindPredictions(path: URL = BLIND_PATH): CardPrediction[] | undefined {
  if (!existsSync(path)) return undefined;
  const { matcher } = knowledge();
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BlindRow)
    .map((row) => ({ language: row.language, expected: row.card === 'none' ? null : row.card, got: matcher.match(row.text, undefined)?.cardId ?? null }));
}

export function ownPredictions(): CardPrediction[] {
  const { settings } = knowledge();
  return scoreOwnWriting(loadKnowledge()).map((s) => ({
    language: s.language,
    expected: s.expected,
    got: s.score >= settings.threshold ? s.got : null,
  }));
}

export function knowledgeReport(): string[] {
  const lines: string[] = [];
  const blind = blindPredictions();
  if (blind) lines.push(...cardLines('knowledge blind (data/knowledge/blind/questions.jsonl, scores only)', scoreCards(blind)));
  else lines.push('== knowledge blind: data/knowledge/blind/questions.jsonl is absent, skipped', '');
  const dev = blindPredictions(DEV_PATH);
  if (dev) lines.push(...cardLines('knowledge dev (data/knowledge/dev/questions-en.jsonl, for tuning)', scoreCards(dev)));
  lines.push(...cardLines('knowledge own examples and negatives (similarity leave-one-out, classifier 10-fold)', scoreCards(ownPredictions())));
  return lines;
}
