/**
 * `npm run risk:explain -- "text"`: why a message got its risk level — the
 * concepts found in it, the rules that fired (rules.json and frames), and the
 * model's score for each head against its threshold, and the place names read as places. Prints to standard output;
 * nothing is stored or logged.
 */
import { assessRisk } from '../risk';
import { modelOpinion } from '../risk/assess';
import { maskPlaces } from '../risk/places';
import { conceptsIn } from './lib/riskConcepts';

function main(): void {
  const text = process.argv.slice(2).join(' ');
  if (!text) {
    console.error('usage: npm run risk:explain -- "the message"');
    process.exit(2);
  }
  const risk = assessRisk(text);
  // The rules and the model read the text with its place names masked (risk/places.ts).
  const { text: read, places } = maskPlaces(text);
  const opinion = modelOpinion(read);
  const lines = [
    `level       ${risk.level}${risk.categories.length ? `  (${risk.categories.join(', ')})` : ''}${risk.flags.length ? `  flags: ${risk.flags.join(', ')}` : ''}`,
    `versions    rules ${risk.rulesVersion}, model ${risk.modelVersion ?? 'none'}`,
    `places      ${places.length ? `${places.join(', ')} (read as places)` : '(none)'}`,
    `concepts    ${conceptsIn(read).join(', ') || '(none)'}`,
    `rules       ${risk.ruleIds.join(', ') || '(none fired)'}`,
    `model       ${opinion ? `says ${opinion.level}` : 'not loaded'}`,
  ];
  if (opinion) {
    for (const [head, score] of Object.entries(opinion.scores)) lines.push(`  ${head.padEnd(18)} ${score.toFixed(3)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
