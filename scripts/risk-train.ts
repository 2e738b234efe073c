/**
 * `npm run risk:train`: rebuilds data/risk/model.json from the training data.
 * `npm run risk:train -- --check`: exits 1 when the shipped file is not what
 * this script produces (run by .ci/run, not by npm test: training takes a while).
 * `npm run risk:train -- --cv`: the proxy (scripts/lib/riskProxy.ts): each writing round held out
 * in turn, scored like eval; `--options '{"linearShare":1}'` tries other TrainOptions (it
 * never writes the model file).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_BITS, FEATURES_VERSION } from '../risk/model/features';
import { MLP_CONFIG } from '../risk/model/mlp';
import { macroLine, proxyLine, rankingLine, runProxy } from './lib/riskProxy';
import { FALSE_POSITIVE_BUDGET, TRAIN_OPTIONS, trainModel, type TrainOptions } from '../risk/model/train';
import { RISK_DATA_DIR, trainingRows } from '../risk/model/trainingData';

const MODEL_PATH = join(RISK_DATA_DIR, 'model.json');

/** TRAIN_OPTIONS with `--options '{...}'` merged in (`"mlp": {}` turns the network on with MLP_CONFIG, `"mlp": false` off). */
function options(): TrainOptions {
  const at = process.argv.indexOf('--options');
  if (at < 0) return TRAIN_OPTIONS;
  const extra = JSON.parse(process.argv[at + 1] ?? '{}') as Partial<TrainOptions> & { mlp?: Partial<typeof MLP_CONFIG> | false };
  const mlp = extra.mlp === undefined ? TRAIN_OPTIONS.mlp : extra.mlp === false ? false : { ...MLP_CONFIG, ...(TRAIN_OPTIONS.mlp || {}), ...extra.mlp };
  return { ...TRAIN_OPTIONS, ...extra, mlp };
}

function crossValidate(): void {
  const chosen = options();
  console.log(`proxy: each round held out in turn; options ${JSON.stringify(chosen)}`);
  const started = Date.now();
  // `--without fifth`: leave out a round still being written, so candidates are compared on the same rows.
  const at = process.argv.indexOf('--without');
  const without = new Set(at < 0 ? [] : (process.argv[at + 1] ?? '').split(','));
  const result = runProxy(
    trainingRows().filter((row) => !without.has(row.round ?? '')),
    chosen,
    (round, scores) => console.log(proxyLine(round, scores)),
  );
  console.log(proxyLine('rules', result.rulesOnly));
  console.log(proxyLine('pooled', result.pooled));
  console.log(macroLine(result.byRound));
  console.log(rankingLine(result.scored));
  for (const [lang, scores] of [...result.byLanguage].sort(([a], [b]) => a.localeCompare(b))) console.log(proxyLine(`  ${lang}`, scores));
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

/** The concept lexicons are features too: a change to them is a new model version. */
function conceptsText(): string {
  const dir = join(RISK_DATA_DIR, 'concepts');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

function main(): void {
  if (process.argv.includes('--cv')) return crossValidate();
  const rows = trainingRows().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const digest = createHash('sha256')
    .update(
      `${FEATURES_VERSION}\n${FEATURE_BITS}\n${JSON.stringify(TRAIN_OPTIONS)}\n${JSON.stringify(FALSE_POSITIVE_BUDGET)}\n${conceptsText()}\n${JSON.stringify(rows.map((r) => [r.id, r.text, r.risk_min, r.risk_max, r.categories]))}`,
    )
    .digest('hex');
  const model = trainModel(rows, `model-${digest.slice(0, 12)}`, TRAIN_OPTIONS);
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
