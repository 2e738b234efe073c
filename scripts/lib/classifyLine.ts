/**
 * One line of the `classify` contract (CONTRACTS.md): the real engines, composed the way
 * the product composes them. Shared by scripts/classify.ts and scripts/eval.ts so the
 * evaluation scores exactly what `classify` prints.
 */
import { assessRisk } from '../../risk/index';
import { riskRank, type RiskCategory, type RiskLevel } from '../../core/risk';
import { chooseAnswerLanguage } from '../../understanding/language';
import { recognizeSync } from '../../understanding/recognizer';
import type { TopicId } from '../../core/topics';

export interface ClassifyOutput {
  id: unknown;
  language: string;
  topics: TopicId[];
  risk: { level: RiskLevel; categories: RiskCategory[] };
}

export interface ClassifyError {
  id: unknown;
  error: string;
}

export function classifyText(id: unknown, text: string, locale?: string | null): ClassifyOutput {
  const understanding = recognizeSync(text, locale ? { localeHint: locale } : {});
  const risk = assessRisk(text);
  return {
    id,
    // As the bot: a first message at urgent or emergency risk is answered in its language even on a weak guess.
    language: chooseAnswerLanguage(understanding.language, { localeHint: locale ?? null, atRisk: riskRank(risk.level) >= riskRank('urgent') }),
    topics: understanding.topics.map((topic) => topic.id),
    risk: { level: risk.level, categories: risk.categories },
  };
}

/** Parses and classifies one input line; never throws. */
export function classifyLine(line: string): ClassifyOutput | ClassifyError {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { id: null, error: 'expected a JSON object' };
  const record = input as Record<string, unknown>;
  const id = record.id ?? null;
  if (typeof record.text !== 'string') return { id, error: 'missing "text" (a string)' };
  const locale = typeof record.locale === 'string' ? record.locale : null;
  try {
    return classifyText(id, record.text, locale);
  } catch (error) {
    return { id, error: `classification failed: ${(error as Error).message}` };
  }
}
