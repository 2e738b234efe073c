/**
 * `npm run risk:train`: rebuilds data/risk/model.json from the training data.
 * `npm run risk:train -- --check`: exits 1 when the shipped file is not what
 * this script produces (run by .ci/run, not by npm test: training takes a while).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_BITS, FEATURES_VERSION } from '../risk/model/features';
import { trainModel } from '../risk/model/train';
import { RISK_DATA_DIR, trainingRows } from '../risk/model/trainingData';

const MODEL_PATH = join(RISK_DATA_DIR, 'model.json');

function main(): void {
  const rows = trainingRows().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const digest = createHash('sha256')
    .update(`${FEATURES_VERSION}\n${FEATURE_BITS}\n${JSON.stringify(rows.map((r) => [r.id, r.text, r.risk_min, r.risk_max, r.categories]))}`)
    .digest('hex');
  const model = trainModel(rows, `model-${digest.slice(0, 12)}`);
  const text = `${JSON.stringify(model, null, 1)}\n`;
  if (process.argv.includes('--check')) {
    const shipped = readFileSync(MODEL_PATH, 'utf8');
    if (shipped !== text) {
      console.error(`data/risk/model.json is not what npm run risk:train produces from ${rows.length} texts: run it and commit the result`);
      process.exit(1);
    }
    console.error(`data/risk/model.json matches the training data (${rows.length} texts, ${model.version})`);
    return;
  }
  writeFileSync(MODEL_PATH, text);
  console.error(`wrote data/risk/model.json: ${rows.length} texts, ${model.version}`);
}

main();
