/**
 * Sets the matcher's threshold from our own writing only: every example and negative
 * (data/knowledge/negatives.json) scored by a similarity index with itself left out
 * (leave-one-out) blended with a classifier that never saw it (10-fold: retraining it once per
 * example would take hours). The cards' own wording is always in both. The
 * threshold maximises right answers minus WRONG_COST x wrong ones (a wrong card, or a card for a
 * message no card answers): precision first. Also the per-language figures `knowledge:train` prints.
 */
import { bestCard, CardIndex, examplesOf, NO_CARD, type Example } from './matcher';
import { CardModel, hashedFeatures, TRAIN_OPTIONS, trainCardModel, type Opinion, type TrainOptions } from './model';
import type { KnowledgeBase } from './types';

export const MIN_PRECISION = 0.85;

export interface Scored {
  language: string;
  expected: string | null;
  got: string | null;
  score: number;
}

export interface LanguageFigures {
  language: string;
  questions: number;
  accuracy: number;
  precision: number;
  coverage: number;
  negatives: number;
  falseAnswers: number;
}

export const FOLDS = 10;

/** Each example's (and negative's) probabilities from a classifier trained without its fold (the i-th example or negative is in fold i mod FOLDS); undefined for the wording. */
export function heldOutOpinions(examples: readonly Example[], options: TrainOptions = TRAIN_OPTIONS): (Opinion | undefined)[] {
  const hashed = examples.map((e) => hashedFeatures(e.text));
  const folds: number[] = [];
  let n = 0;
  for (const e of examples) folds.push(e.wording ? -1 : n++ % FOLDS);
  const out: (Opinion | undefined)[] = examples.map(() => undefined);
  for (let fold = 0; fold < FOLDS; fold++) {
    const kept = examples.flatMap((_, i) => (folds[i] === fold ? [] : [i]));
    const model = CardModel.fromWeights(
      trainCardModel(
        kept.map((i) => examples[i]!),
        options,
        kept.map((i) => hashed[i]!),
      ),
    );
    examples.forEach((e, i) => {
      if (folds[i] === fold) out[i] = model.opinion(e.text, hashed[i]);
    });
  }
  return out;
}

/** Every example and negative scored without itself: similarity by leave-one-out, the classifier by 10-fold (`classifier: false`: the similarity alone). */
export function scoreOwnWriting(kb: KnowledgeBase, options: { classifier?: boolean } = {}): Scored[] {
  const examples = examplesOf(kb, { wording: true, negatives: true });
  const index = new CardIndex(examples);
  const opinions = options.classifier === false ? [] : heldOutOpinions(examples);
  const out: Scored[] = [];
  examples.forEach((e, i) => {
    if (e.wording) return;
    const best = bestCard(index, e.text, i, opinions[i]);
    out.push({ language: e.language, expected: e.cardId === NO_CARD ? null : e.cardId, got: best?.cardId ?? null, score: best?.score ?? 0 });
  });
  return out;
}

function accuracyAndPrecision(scored: readonly Scored[], threshold: number): { accuracy: number; precision: number } {
  let right = 0;
  let answered = 0;
  let answeredRight = 0;
  for (const s of scored) {
    if (s.score >= threshold && s.got !== null) {
      answered++;
      if (s.got === s.expected) {
        answeredRight++;
        right++;
      }
    } else if (s.expected === null) right++;
  }
  return { accuracy: scored.length ? right / scored.length : 0, precision: answered ? answeredRight / answered : 1 };
}

/** The best threshold on a fixed grid (deterministic; ties go to the higher, more careful one). */
export function bestThreshold(scored: readonly Scored[]): number {
  let best = 1;
  let bestAccuracy = -1;
  for (let t = 0.02; t <= 1 + 1e-9; t += 0.005) {
    const threshold = Math.round(t * 1000) / 1000;
    const { accuracy, precision } = accuracyAndPrecision(scored, threshold);
    if (precision >= MIN_PRECISION && accuracy >= bestAccuracy) {
      bestAccuracy = accuracy;
      best = threshold;
    }
  }
  return best;
}

/** Top-1 accuracy (a question with no card counts as right when it gets none), precision of answers, coverage. */
export function figuresByLanguage(scored: readonly Scored[], threshold: number): LanguageFigures[] {
  const languages = [...new Set(scored.map((s) => s.language))].sort();
  return languages.map((language) => {
    const mine = scored.filter((s) => s.language === language);
    const positives = mine.filter((s) => s.expected !== null);
    const answered = mine.filter((s) => s.score >= threshold && s.got !== null);
    const right = mine.filter((s) => (s.score >= threshold && s.got !== null ? s.got === s.expected : s.expected === null)).length;
    const negatives = mine.filter((s) => s.expected === null);
    return {
      language,
      questions: mine.length,
      accuracy: mine.length ? right / mine.length : 0,
      precision: answered.length ? answered.filter((s) => s.got === s.expected).length / answered.length : 1,
      coverage: positives.length ? positives.filter((s) => s.score >= threshold && s.got !== null).length / positives.length : 0,
      negatives: negatives.length,
      falseAnswers: negatives.filter((s) => s.score >= threshold && s.got !== null).length,
    };
  });
}
