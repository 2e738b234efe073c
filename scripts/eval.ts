/**
 * `npm run eval`: scores exactly what `classify` prints, on every labelled set, each
 * reported on its own (CONTRACTS.md formulas, issue 13 targets):
 *   dev     ../shared/eval/dev-utterances.jsonl (the shared development set)
 *   blind   data/risk/blind/ (written apart from the engine: scores and counts only, never texts)
 *   real    data/risk/real/ test split (real people's texts), en+es, ar+zh and the other languages apart
 * `npm run eval -- FILE.jsonl` scores one file instead. Misses of dev and real go to
 * test-output/eval/<set>-misses.jsonl; the blind set's never do.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { confusionLines, categoryLines, languageLines, REAL_TARGETS, riskLines, WRITTEN_TARGETS, type Targets } from '../eval/report';
import { addRow, emptyScores, riskMiss, type LabelledRow, type Prediction, type Scores } from '../eval/scores';
import { assessRisk } from '../risk';
import { readFolder, readJsonl } from '../risk/model/trainingData';
import { classifyText } from './lib/classifyLine';
import { knowledgeReport } from './lib/knowledgeEval';

const DEV_PATH = fileURLToPath(new URL('../../shared/eval/dev-utterances.jsonl', import.meta.url));
const MISSES_DIR = fileURLToPath(new URL('../test-output/eval/', import.meta.url));

interface EvalSet {
  name: string;
  rows: LabelledRow[];
  targets: Targets;
  /** Texts may be written to the misses file (never for the blind set). */
  showTexts: boolean;
  topics: boolean;
}

function languageOf(row: LabelledRow): string {
  return row.lang === 'ur' && row.script === 'latn' ? 'ur-latn' : row.lang;
}

function predict(row: LabelledRow): { prediction: Prediction; rules: string[] } {
  const out = classifyText(row.id, row.text, null);
  const risk = assessRisk(row.text);
  return { prediction: { language: out.language, topics: out.topics, level: out.risk.level, categories: out.risk.categories }, rules: risk.ruleIds };
}

function evaluate(set: EvalSet): string[] {
  const all = emptyScores();
  const byLanguage = new Map<string, Scores>();
  const misses: string[] = [];
  for (const row of set.rows) {
    const { prediction, rules } = predict(row);
    const lang = languageOf(row);
    const perLanguage = byLanguage.get(lang) ?? emptyScores();
    byLanguage.set(lang, perLanguage);
    addRow(all, row, prediction);
    addRow(perLanguage, row, prediction);
    const miss = riskMiss(row, prediction);
    if (miss && set.showTexts)
      misses.push(JSON.stringify({ id: row.id, lang, miss, text: row.text, categories: row.categories, predicted: prediction.categories, rules }));
  }
  const lines = [`== ${set.name}: ${set.rows.length} messages`, ...riskLines(all, set.targets)];
  if (set.topics) lines.push(`  topic top-1       ${all.topic}   target >= 0.80 en / >= 0.70 others`, `  language          ${all.language}`);
  lines.push('', ...confusionLines(all), '', ...categoryLines(all), '', ...languageLines(byLanguage), '');
  if (set.showTexts) {
    mkdirSync(MISSES_DIR, { recursive: true });
    const file = join(MISSES_DIR, `${set.name.replace(/[^a-z0-9]+/gi, '-')}-misses.jsonl`);
    writeFileSync(file, misses.length ? `${misses.join('\n')}\n` : '');
    lines.push(`  ${misses.length} misses written to ${file}`, '');
  }
  return lines;
}

function sets(): EvalSet[] {
  const file = process.argv[2];
  if (file) return [{ name: file, rows: readJsonl(file) as LabelledRow[], targets: WRITTEN_TARGETS, showTexts: true, topics: true }];
  const real = readFolder('real', (row) => row.split === 'test') as LabelledRow[];
  const out: EvalSet[] = [];
  if (existsSync(DEV_PATH)) out.push({ name: 'dev', rows: readJsonl(DEV_PATH) as LabelledRow[], targets: WRITTEN_TARGETS, showTexts: true, topics: true });
  out.push({ name: 'blind', rows: readFolder('blind') as LabelledRow[], targets: WRITTEN_TARGETS, showTexts: false, topics: false });
  out.push({ name: 'real-en-es', rows: real.filter((r) => r.lang === 'en' || r.lang === 'es'), targets: REAL_TARGETS, showTexts: true, topics: false });
  out.push({ name: 'real-ar-zh', rows: real.filter((r) => r.lang === 'ar' || r.lang === 'zh'), targets: REAL_TARGETS, showTexts: true, topics: false });
  // Real texts in the other languages (Portuguese, Romanian, romanised Urdu so far), scored apart from the two sets the targets name.
  const named = new Set(['en', 'es', 'ar', 'zh']);
  out.push({ name: 'real-other', rows: real.filter((r) => !named.has(r.lang)), targets: REAL_TARGETS, showTexts: true, topics: false });
  return out.filter((set) => set.rows.length > 0);
}

const report = [...sets().flatMap(evaluate), ...(process.argv[2] ? [] : knowledgeReport())];
process.stdout.write(`${report.join('\n')}\n`);
