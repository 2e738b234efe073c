/**
 * How much a model-only raise must be sure of, and what it is about.
 *
 * Short texts: answers to the bot's own questions ("I live in AB10", "my mum, she's 74", a
 * postcode, "yes please") carry almost no words, so a single unfamiliar token (a postcode's
 * letters, a town in another script) can tip a head over its threshold. Below SHORT_WORDS
 * words, a text that names no risk concept (concepts/: means, symptoms, not coping...; a
 * relation or an intensifier is no evidence) needs a higher score: each level head's threshold
 * moves SHORT_LIFT of the way to 1. Chosen on the proxy (`risk:train -- --cv`), where it cut
 * short texts' over-flagging without losing urgent recall.
 *
 * Categories: a raise names the category heads above their own thresholds; when none is, the
 * strongest category that fits the level (concern: carer breakdown or hardship unless another
 * head is clearly stronger, so a tired carer's words are not read as suicide; urgent: a danger
 * of harm; emergency: medical or an overdose).
 */
import { RISK_CATEGORIES, type RiskCategory, type RiskLevel } from '../../core/risk';
import { conceptIndex, conceptsIn } from './concepts';
import { wordCount } from './features';

/** Below this many words (shortTextWords), a text without a risk concept needs more evidence. */
export const SHORT_WORDS = 6;
/** How far towards 1 the level heads' thresholds move for such a text. */
export const SHORT_LIFT = 0.5;

/** Concepts that say who or how much, not what is wrong: no evidence of a risk on their own. */
const NOT_EVIDENCE: ReadonlySet<string> = new Set([
  'cared_for',
  'family_actor',
  'paid_carer',
  'intensifier',
  'acquired',
  'harm_intent',
  'harm_fear',
  'harm_would',
  'harm_aside',
  'harm_reflexive',
  'harm_obj',
]);

/** True when the tokens name at least one concept that is evidence of a risk. */
export function namesRiskConcept(tokens: readonly string[]): boolean {
  const index = conceptIndex();
  return conceptsIn(tokens, index).some((id) => !NOT_EVIDENCE.has(index.names[id] ?? ''));
}

const NUMBER = /^[0-9][0-9.,]*$/;

/**
 * How many words the short-text gate counts: wordCount without numbers. An age, a house number or
 * a postcode's digits say how much or where, not what is wrong ("fy nhad, mae o'n 74 oed" is an
 * answer, like "my dad, he's 74"); a temperature still counts through its concepts. On the proxy
 * (round seventh in): no change.
 */
export function shortTextWords(tokens: readonly string[]): number {
  let numbers = 0;
  for (const token of tokens) if (NUMBER.test(token)) numbers++;
  return wordCount(tokens) - numbers;
}

/** True for a short text that names no risk concept: its level heads need liftedThreshold. */
export function needsMoreEvidence(words: number, tokens: readonly string[]): boolean {
  return words < SHORT_WORDS && !namesRiskConcept(tokens);
}

/** A level head's threshold moved SHORT_LIFT of the way to 1. */
export function liftedThreshold(threshold: number): number {
  return threshold + (1 - threshold) * SHORT_LIFT;
}

/** What a raise to urgent or an emergency may be about when no category head is sure (CONTRACTS.md). */
const FITTING: Record<'urgent' | 'emergency', readonly RiskCategory[]> = {
  urgent: ['suicide_self_harm', 'harm_to_others', 'abuse', 'carer_breakdown'],
  emergency: ['medical_emergency', 'suicide_self_harm'],
};

/**
 * A concern is about carer breakdown or hardship unless another head (not suicide's: that one
 * names a concern only over its own threshold) scores at least this many times as high. Chosen
 * on the proxy: a concern raise of a text really about abuse or a physical worry keeps that
 * category, and a tired carer's words are never read as suicide.
 */
export const CONCERN_OTHER_FACTOR = 1.5;

const CONCERN_OTHERS: readonly RiskCategory[] = RISK_CATEGORIES.filter((c) => c !== 'suicide_self_harm');

const strongest = (candidates: readonly RiskCategory[], scores: Readonly<Record<RiskCategory, number>>): RiskCategory =>
  candidates.reduce((best, c) => (scores[c] > scores[best] ? c : best), candidates[0] ?? 'carer_breakdown');

/** The one category a raise to this level names when no category head is over its threshold. */
export function fallbackCategory(level: RiskLevel, scores: Readonly<Record<RiskCategory, number>>): RiskCategory {
  if (level === 'urgent' || level === 'emergency') return strongest(FITTING[level], scores);
  if (level === 'none') return strongest(RISK_CATEGORIES, scores);
  // Suicide is named only by its own head: a concern's fallback never reads it into tiredness.
  const any = strongest(CONCERN_OTHERS, scores);
  const strain = strongest(['carer_breakdown', 'hardship'], scores);
  return scores[any] >= CONCERN_OTHER_FACTOR * scores[strain] ? any : strain;
}
