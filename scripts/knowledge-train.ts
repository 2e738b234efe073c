/**
 * `npm run knowledge:train`: sets the knowledge matcher's thresholds (data/knowledge/matcher.json)
 * from the cards' examples by leave-one-out, and prints how well our own examples are matched.
 * `-- --check`: exits 1 when the shipped file is not what this produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { KNOWLEDGE_DIR } from '../knowledge';
import { figuresTable, settingsText, trainMatcher } from './lib/knowledgeTrain';

const path = new URL('matcher.json', KNOWLEDGE_DIR);
const { settings, figures } = trainMatcher();
const text = settingsText(settings);
console.error(figuresTable(figures));
if (process.argv.includes('--check')) {
  if (readFileSync(path, 'utf8') !== text) {
    console.error('data/knowledge/matcher.json is not what npm run knowledge:train produces: run it and commit the result');
    process.exit(1);
  }
  console.error(`data/knowledge/matcher.json matches the examples (threshold ${settings.threshold})`);
} else {
  writeFileSync(path, text);
  console.error(`wrote data/knowledge/matcher.json: threshold ${settings.threshold}, switch ${settings.switchThreshold}`);
}
