/** Risk levels and categories of ../shared/CONTRACTS.md: the words every folder uses. */

export const RISK_LEVELS = ['none', 'concern', 'urgent', 'emergency'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_CATEGORIES = ['suicide_self_harm', 'harm_to_others', 'abuse', 'medical_emergency', 'carer_breakdown', 'hardship'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/**
 * Extra facts the reply needs to choose the right contacts:
 * - `chemotherapy`: the chemotherapy rule fired (acute oncology line first);
 * - `child`: a child or young person is at risk or is the one writing (Childline);
 * - `older_person`: an older person is being harmed (Hourglass);
 * - `third_party`: the person at risk is not the writer.
 */
export type RiskFlag = 'chemotherapy' | 'child' | 'older_person' | 'third_party';

export function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export function maxRisk(a: RiskLevel, b: RiskLevel): RiskLevel {
  return riskRank(a) >= riskRank(b) ? a : b;
}
