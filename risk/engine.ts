/**
 * Turns rule matches into a level, categories and flags: idioms and denials
 * set aside only the risk matches inside their own span; requires/unless
 * conditions are checked over the whole message.
 */
import { normalizeForMatching, tokenize } from '../text/normalize';
import { compileRuleSet, loadRuleSetData, type CompiledRuleSet } from './rules';
import { correctTypos, findMatches, type Match } from './match';
import { maxRisk, type RiskCategory, type RiskFlag, type RiskLevel } from '../core/risk';

export interface Finding {
  level: RiskLevel;
  categories: Set<RiskCategory>;
  ruleIds: Set<string>;
  flags: Set<RiskFlag>;
}

export function emptyFinding(): Finding {
  return { level: 'none', categories: new Set(), ruleIds: new Set(), flags: new Set() };
}

function inside(inner: Match, outer: Match): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function evaluateTokens(tokens: readonly string[], set: CompiledRuleSet, into: Finding): void {
  const { matches, requiresMet, unlessMet } = findMatches(correctTypos(tokens, set), set);
  const live = matches.filter((m) => {
    const rule = set.rules[m.rule];
    if (!rule) return false;
    if ((rule.requires?.length ?? 0) > 0 && !requiresMet.has(m.rule)) return false;
    return !unlessMet.has(m.rule);
  });
  const shields = live.filter((m) => (set.rules[m.rule]?.kind ?? 'risk') !== 'risk');
  for (const m of live) {
    const rule = set.rules[m.rule];
    if (!rule) continue;
    const isRisk = (rule.kind ?? 'risk') === 'risk';
    if (isRisk && shields.some((s) => inside(m, s))) continue;
    into.ruleIds.add(rule.id);
    into.level = maxRisk(into.level, rule.level);
    if (rule.level !== 'none') into.categories.add(rule.category);
    if (isRisk) for (const flag of rule.flags ?? []) into.flags.add(flag);
  }
}

/** A broken rules file must not stop the module loading: assessRisk then reports the failure. */
function loadRuleSet(): { ruleSet?: CompiledRuleSet; loadError?: string } {
  try {
    return { ruleSet: compileRuleSet(loadRuleSetData()) };
  } catch (error) {
    return { loadError: `rules failed to load: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const loaded = loadRuleSet();

/** The engine as an object so tests can stub it to prove the fail-safe. */
export const engine = {
  ruleSet: loaded.ruleSet,
  loadError: loaded.loadError,
  evaluate(text: string, into: Finding): void {
    if (!this.ruleSet) throw new Error(this.loadError ?? 'rules not loaded');
    evaluateTokens(tokenize(normalizeForMatching(text)), this.ruleSet, into);
  },
  version(): string {
    return this.ruleSet?.version ?? 'unknown';
  },
};
