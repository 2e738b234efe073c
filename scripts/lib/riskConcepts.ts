/** Which risk concepts a text names, by the engine's own matcher (for risk:explain and risk:places). */
import { emptyFinding, evaluateTokens } from '../../risk/engine';
import { compileRuleSet, loadRuleSetData, type CompiledRuleSet, type RuleData } from '../../risk/rules';
import { normalizedTokens } from '../../text/normalize';

let conceptRules: CompiledRuleSet | undefined;

/** One "rule" per concept, compiled once, so the engine's own matcher says which are present. */
function compiled(): CompiledRuleSet {
  if (conceptRules) return conceptRules;
  const data = loadRuleSetData();
  const names = [...new Set(Object.values(data.concepts ?? {}).flatMap((lexicon) => Object.keys(lexicon)))].sort();
  const rules: RuleData[] = names.map((name) => ({
    id: `concept.${name}`,
    category: 'carer_breakdown',
    level: 'none',
    languages: Object.keys(data.concepts ?? {}),
    patterns: [`@${name}`],
    examples: { flag: [], not: [] },
    enabled: true,
  }));
  conceptRules = compileRuleSet({ ...data, rules });
  return conceptRules;
}

export function conceptsIn(text: string): string[] {
  const finding = emptyFinding();
  evaluateTokens(normalizedTokens(text), compiled(), finding);
  return [...finding.ruleIds].map((id) => id.slice('concept.'.length)).sort();
}
