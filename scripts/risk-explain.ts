/**
 * `npm run risk:explain -- "text"`: why a message got its risk level — the
 * concepts found in it, the rules that fired (rules.json and frames), and the
 * model's score for each head against its threshold. Prints to standard output;
 * nothing is stored or logged.
 */
import { assessRisk } from '../risk';
import { modelOpinion } from '../risk/assess';
import { emptyFinding, evaluateTokens } from '../risk/engine';
import { compileRuleSet, loadRuleSetData, type RuleData } from '../risk/rules';
import { normalizedTokens } from '../text/normalize';

function conceptsIn(text: string): string[] {
  const data = loadRuleSetData();
  const names = [...new Set(Object.values(data.concepts ?? {}).flatMap((lexicon) => Object.keys(lexicon)))].sort();
  // One "rule" per concept, so the engine's own matcher says which are present.
  const rules: RuleData[] = names.map((name) => ({
    id: `concept.${name}`,
    category: 'carer_breakdown',
    level: 'none',
    languages: Object.keys(data.concepts ?? {}),
    patterns: [`@${name}`],
    examples: { flag: [], not: [] },
    enabled: true,
  }));
  const finding = emptyFinding();
  evaluateTokens(normalizedTokens(text), compileRuleSet({ ...data, rules }), finding);
  return [...finding.ruleIds].map((id) => id.slice('concept.'.length)).sort();
}

function main(): void {
  const text = process.argv.slice(2).join(' ');
  if (!text) {
    console.error('usage: npm run risk:explain -- "the message"');
    process.exit(2);
  }
  const risk = assessRisk(text);
  const opinion = modelOpinion(text);
  const lines = [
    `level       ${risk.level}${risk.categories.length ? `  (${risk.categories.join(', ')})` : ''}${risk.flags.length ? `  flags: ${risk.flags.join(', ')}` : ''}`,
    `versions    rules ${risk.rulesVersion}, model ${risk.modelVersion ?? 'none'}`,
    `concepts    ${conceptsIn(text).join(', ') || '(none)'}`,
    `rules       ${risk.ruleIds.join(', ') || '(none fired)'}`,
    `model       ${opinion ? `says ${opinion.level}` : 'not loaded'}`,
  ];
  if (opinion) {
    for (const [head, score] of Object.entries(opinion.scores)) lines.push(`  ${head.padEnd(18)} ${score.toFixed(3)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
