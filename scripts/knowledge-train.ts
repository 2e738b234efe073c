/**
 * `npm run knowledge:train`: trains the knowledge matcher's classifier (data/knowledge/model.json)
 * and sets its thresholds (data/knowledge/matcher.json) from the cards' examples, and prints how
 * well our own examples are matched (similarity by leave-one-out, classifier by 10-fold).
 * `-- --check`: exits 1 when a shipped file is not what this produces.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { KNOWLEDGE_DIR } from '../knowledge';
import { figuresTable, modelText, settingsText, timePerQuestion, trainMatcher } from './lib/knowledgeTrain';

const { settings, model, figures } = trainMatcher();
const files = [
  { name: 'matcher.json', text: settingsText(settings) },
  { name: 'model.json', text: modelText(model) },
];
console.error(figuresTable(figures));
console.error(`the matcher takes ${timePerQuestion(settings, model).toFixed(3)} ms a question (its own time, every example and negative)`);
if (process.argv.includes('--check')) {
  const stale = files.filter((f) => !existsSync(new URL(f.name, KNOWLEDGE_DIR)) || readFileSync(new URL(f.name, KNOWLEDGE_DIR), 'utf8') !== f.text);
  for (const f of stale) console.error(`data/knowledge/${f.name} is not what npm run knowledge:train produces: run it and commit the result`);
  if (stale.length) process.exit(1);
  console.error(`data/knowledge/matcher.json and model.json match the examples (threshold ${settings.threshold})`);
} else {
  for (const f of files) writeFileSync(new URL(f.name, KNOWLEDGE_DIR), f.text);
  console.error(`wrote data/knowledge/matcher.json (threshold ${settings.threshold}, switch ${settings.switchThreshold}) and model.json`);
}
