/**
 * An optional second opinion on a message's risk (issue 13: Azure AI Content Safety, off unless
 * configured). This is the port and the rule that combines it; the service itself is an adapter at
 * the edge (contentsafety/). Nothing here touches the network.
 *
 * The embedded assessment always answers first and alone decides when the second opinion is off,
 * slow or broken. A second opinion can only raise: never lower a level, never remove a category,
 * never reach emergency (it has no medical category, and a severity says how harmful the words are,
 * not that something has happened: emergency stays with the rules and the model).
 */
import { RISK_CATEGORIES, riskRank, type RiskCategory } from '../core/risk';
import type { RiskAssessment, SecondOpinionRecord } from './types';

/** The harm categories a second opinion reports (the service's own names). */
export const HARM_CATEGORIES = ['SelfHarm', 'Violence', 'Hate', 'Sexual'] as const;
export type HarmCategory = (typeof HARM_CATEGORIES)[number];

export type SecondOpinionResult =
  /** Severities on the service's 0-7 scale (four levels: 0, 2, 4, 6); a category left out was not analysed. */
  | { kind: 'answered'; severities: Partial<Record<HarmCategory, number>> }
  /** Off, slow, refused or unreadable: the embedded assessment stands alone. `reason` is for logs and never holds text. */
  | { kind: 'unavailable'; reason: UnavailableReason };

export type UnavailableReason = 'timeout' | 'network' | 'http' | 'malformed';

export interface SecondOpinion {
  /** Recorded with every assessment it took part in ("azure-content-safety"). */
  readonly name: string;
  /** The service's version as we call it (its API version), recorded beside the rules' and the model's. */
  readonly version: string;
  /** Never rejects: every failure is `unavailable`. `language` is a hint; a service may detect it itself. */
  analyze(text: string, language?: string): Promise<SecondOpinionResult>;
}

/** At or above these severities a category raises the level to urgent. */
export interface SecondOpinionThresholds {
  selfHarm: number;
  violence: number;
}

/**
 * Medium (4) on the four-level scale. Low (2) covers personal stories, fiction and news about
 * self-harm and violence (the service's harm-category definitions), which the embedded engine
 * already reads for concern; medium and high are the writer's own intent, plans and threats.
 */
export const DEFAULT_THRESHOLDS: SecondOpinionThresholds = { selfHarm: 4, violence: 4 };

/** A raise by the second opinion is recorded under these ids, beside the rules' ("second_opinion.self_harm"). */
export const SECOND_OPINION_ID_PREFIX = 'second_opinion.';

export function isSecondOpinionRuleId(id: string): boolean {
  return id.startsWith(SECOND_OPINION_ID_PREFIX);
}

/** True when the level is worth a second opinion: below urgent, the second opinion could still raise it. */
export function wantsSecondOpinion(embedded: Pick<RiskAssessment, 'level'>): boolean {
  return riskRank(embedded.level) < riskRank('urgent');
}

/** The categories a second opinion flags, with the id each is recorded under. */
function flagged(result: SecondOpinionResult, embedded: RiskAssessment, thresholds: SecondOpinionThresholds): [RiskCategory, string][] {
  if (result.kind !== 'answered') return [];
  const out: [RiskCategory, string][] = [];
  const at = (category: HarmCategory, threshold: number) => {
    const severity = result.severities[category];
    return typeof severity === 'number' && Number.isFinite(severity) && severity >= threshold;
  };
  if (at('SelfHarm', thresholds.selfHarm)) out.push(['suicide_self_harm', `${SECOND_OPINION_ID_PREFIX}self_harm`]);
  // Violence says nothing of who hurts whom: when the rules or the model already read abuse (someone hurting the
  // writer or the person cared for), it is abuse; otherwise harm to others (the safer reading: it brings 999).
  if (at('Violence', thresholds.violence))
    out.push([embedded.categories.includes('abuse') ? 'abuse' : 'harm_to_others', `${SECOND_OPINION_ID_PREFIX}violence`]);
  return out;
}

/**
 * The embedded assessment with the second opinion applied. Raise only: the level becomes at least
 * urgent when a category reaches its threshold, and its category is added; everything the embedded
 * assessment found stays. The record (name, version, outcome) never holds text.
 */
export function applySecondOpinion(
  embedded: RiskAssessment,
  result: SecondOpinionResult,
  source: Pick<SecondOpinion, 'name' | 'version'>,
  thresholds: SecondOpinionThresholds = DEFAULT_THRESHOLDS,
): RiskAssessment {
  const record = (outcome: SecondOpinionRecord['outcome']): SecondOpinionRecord => ({ name: source.name, version: source.version, outcome });
  if (result.kind === 'unavailable') return { ...embedded, secondOpinion: record('unavailable') };
  const raises = flagged(result, embedded, thresholds);
  const categories = new Set<RiskCategory>(embedded.categories);
  for (const [category] of raises) categories.add(category);
  const level = raises.length > 0 && riskRank(embedded.level) < riskRank('urgent') ? 'urgent' : embedded.level;
  if (level === embedded.level && categories.size === embedded.categories.length) return { ...embedded, secondOpinion: record('no_raise') };
  return {
    ...embedded,
    level,
    categories: RISK_CATEGORIES.filter((c) => categories.has(c)),
    ruleIds: [...embedded.ruleIds, ...raises.map(([, id]) => id)].sort(),
    secondOpinion: record('raised'),
  };
}

/** The record of a message the second opinion was not asked about (the embedded level was already urgent or higher). */
export function notAsked(embedded: RiskAssessment, source: Pick<SecondOpinion, 'name' | 'version'>): RiskAssessment {
  return { ...embedded, secondOpinion: { name: source.name, version: source.version, outcome: 'not_asked' } };
}
