/**
 * Which danger a risk assessment describes, so the reply can fit it: one pure
 * function from the assessment (level, categories, flags, rule ids) to a
 * situation of data/crisis/replies.json, plus the other situations whose first
 * line should also be given. The risk engine names no "physical problem that
 * is not an emergency": a medical category below emergency is read as one.
 */
import type { RiskCategory, RiskFlag, RiskLevel } from '../core/risk';
import { isModelRuleId } from '../risk';

export const CRISIS_SITUATIONS = [
  'not_breathing',
  'stroke',
  'chest_pain',
  'chest_or_stroke',
  'bleeding_or_seizure',
  'overdose',
  'medical_emergency',
  'chemo_fever',
  'spinal_cord',
  'physical',
  'suicide',
  'suicide_other',
  'harm_to_others',
  'carer_breakdown',
  'carer_collapse',
  'abuse_partner',
  'abuse_older',
  'abuse_child',
] as const;
export type CrisisSituation = (typeof CRISIS_SITUATIONS)[number];

/** What the mapping reads: the assessment's fields, nothing else. */
export interface RiskFacts {
  level: RiskLevel;
  categories: readonly RiskCategory[];
  flags: readonly RiskFlag[];
  ruleIds: readonly string[];
}

export interface SituationChoice {
  situation: CrisisSituation;
  /** Other dangers in the same message: their first contact is added. */
  also: CrisisSituation[];
}

/** Rule-id prefixes that say which medical emergency it is, most urgent first (not breathing before an overdose). */
const MEDICAL: readonly (readonly [CrisisSituation, readonly string[]])[] = [
  ['not_breathing', ['medical.breathing', 'medical.unresponsive', 'frame.breathing', 'frame.unresponsive']],
  ['overdose', ['medical.overdose', 'frame.overdose']],
  ['bleeding_or_seizure', ['medical.bleeding_seizure', 'frame.bleeding', 'frame.seizure']],
];

function medicalEmergency(ruleIds: readonly string[]): CrisisSituation {
  const has = (prefix: string) => ruleIds.some((id) => id.startsWith(prefix));
  for (const [situation, prefixes] of MEDICAL) if (prefixes.some(has)) return situation;
  const stroke = has('frame.stroke');
  const chest = has('frame.chest');
  if (stroke && chest) return 'chest_or_stroke';
  if (stroke) return 'stroke';
  if (chest) return 'chest_pain';
  if (has('medical.chest_stroke')) return 'chest_or_stroke';
  return 'medical_emergency';
}

/** The situation each category points to below an emergency, in the order they lead. */
function byCategory(category: RiskCategory, risk: RiskFacts, young: boolean): CrisisSituation | undefined {
  const flag = (f: RiskFlag) => risk.flags.includes(f);
  switch (category) {
    case 'suicide_self_harm':
      return flag('third_party') ? 'suicide_other' : 'suicide';
    case 'harm_to_others':
      return 'harm_to_others';
    case 'abuse':
      // Who is hurt decides the line: an older person, a child, else a partner or relative.
      return flag('older_person') ? 'abuse_older' : flag('child') || young ? 'abuse_child' : 'abuse_partner';
    case 'carer_breakdown':
      return risk.ruleIds.some((id) => id.startsWith('breakdown.collapse')) ? 'carer_collapse' : 'carer_breakdown';
    case 'medical_emergency':
      return 'physical';
    case 'hardship':
      return undefined;
  }
}

const LEAD_ORDER: readonly RiskCategory[] = ['suicide_self_harm', 'harm_to_others', 'abuse', 'carer_breakdown', 'medical_emergency', 'hardship'];

/**
 * The reply's situation, or undefined when no contacts are needed (no risk,
 * or a concern that is not about physical health: that gets the gentle offer).
 * `young`: the writer told us they are under 18.
 */
export function situationFor(risk: RiskFacts, young = false): SituationChoice | undefined {
  if (risk.level === 'none') return undefined;
  const categories = LEAD_ORDER.filter((c) => risk.categories.includes(c));
  const others = (skip: RiskCategory[]) =>
    [...new Set(categories.filter((c) => !skip.includes(c)).map((c) => byCategory(c, risk, young)))].filter((s): s is CrisisSituation => Boolean(s));
  if (risk.flags.includes('chemotherapy')) return { situation: 'chemo_fever', also: others(['medical_emergency']) };
  if (risk.ruleIds.some((id) => id.startsWith('medical.spinal_cord'))) return { situation: 'spinal_cord', also: others(['medical_emergency']) };
  if (risk.level === 'emergency') {
    // Beside an emergency, suicide lines only when a suicide rule fired: a worried word next to chest pain is not one.
    const suicidal = risk.ruleIds.some((id) => id.startsWith('suicide.'));
    // The writer collapsed with someone depending on them: the call handler must hear about that person too.
    const collapsed = risk.ruleIds.some((id) => id.startsWith('breakdown.collapse'));
    return {
      situation: medicalEmergency(risk.ruleIds),
      also: [
        ...others(['medical_emergency', 'carer_breakdown', ...(suicidal ? [] : ['suicide_self_harm' as const])]),
        ...(collapsed ? (['carer_collapse'] as const) : []),
      ],
    };
  }
  if (risk.level === 'concern') {
    if (categories.includes('medical_emergency')) return { situation: 'physical', also: [] };
    // Afraid of hurting the person they look after, said in words a rule knows, even when only a concern: the numbers and
    // what to do now, not just an offer. The model alone is not enough ("下一步怎么做" has scored as harm), nor a denial.
    const byRule = risk.ruleIds.some((id) => !isModelRuleId(id) && !id.startsWith('denial.'));
    const denied = risk.ruleIds.some((id) => id.startsWith('denial.'));
    return categories.includes('harm_to_others') && byRule && !denied ? { situation: 'harm_to_others', also: [] } : undefined;
  }
  const lead = categories.map((c) => byCategory(c, risk, young)).find(Boolean) ?? 'suicide';
  return { situation: lead, also: others([]).filter((s) => s !== lead) };
}
