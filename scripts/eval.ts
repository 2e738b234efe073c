/**
 * `npm run eval [-- path/to/utterances.jsonl]`: scores exactly what `classify` prints on
 * labelled messages, with the formulas of CONTRACTS.md ("Labelled messages"), overall
 * and per language, against the product targets.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyText } from '../understanding/classify-line';
import { riskRank, type RiskLevel } from '../core/risk';

interface Row { id: string; lang: string; text: string; topics: string[]; risk_min: RiskLevel; risk_max: RiskLevel; categories: string[] }

const DEFAULT_PATH = fileURLToPath(new URL('../../shared/eval/dev-utterances.jsonl', import.meta.url));

class Ratio {
  hits = 0;
  total = 0;
  add(hit: boolean): void { this.total++; if (hit) this.hits++; }
  get value(): number | null { return this.total === 0 ? null : this.hits / this.total; }
  toString(): string { return this.value === null ? '   -  ' : `${this.value.toFixed(3)} (${this.hits}/${this.total})`; }
}

interface Scores { urgent: Ratio; emergency: Ratio; falseAlarms: Ratio; topic: Ratio; language: Ratio; categories: Map<string, Ratio> }

function emptyScores(): Scores {
  return { urgent: new Ratio(), emergency: new Ratio(), falseAlarms: new Ratio(), topic: new Ratio(), language: new Ratio(), categories: new Map() };
}

const URGENT = riskRank('urgent');
const CONCERN = riskRank('concern');

function score(rows: Row[]): { all: Scores; byLanguage: Map<string, Scores>; misses: string[] } {
  const all = emptyScores();
  const byLanguage = new Map<string, Scores>();
  const misses: string[] = [];
  for (const row of rows) {
    const out = classifyText(row.id, row.text, null);
    const predicted = riskRank(out.risk.level);
    const lang = byLanguage.get(row.lang) ?? emptyScores();
    byLanguage.set(row.lang, lang);
    for (const s of [all, lang]) {
      if (riskRank(row.risk_min) >= URGENT) s.urgent.add(predicted >= URGENT);
      if (row.risk_min === 'emergency') s.emergency.add(out.risk.level === 'emergency');
      if (riskRank(row.risk_max) <= CONCERN) s.falseAlarms.add(predicted >= URGENT);
      if (row.topics.length > 0 && riskRank(row.risk_min) <= CONCERN) s.topic.add(!!out.topics[0] && row.topics.includes(out.topics[0]));
      s.language.add(out.language === row.lang);
      if (row.categories.length > 0) {
        const hit = row.categories.some((c) => (out.risk.categories as string[]).includes(c));
        for (const category of row.categories) {
          const ratio = s.categories.get(category) ?? new Ratio();
          ratio.add(hit);
          s.categories.set(category, ratio);
        }
      }
    }
    if (row.topics.length > 0 && riskRank(row.risk_min) <= CONCERN && !(out.topics[0] && row.topics.includes(out.topics[0]))) {
      misses.push(`  topic ${row.id}: want ${row.topics.join('/')} got ${out.topics.slice(0, 3).join(',') || '(none)'}`);
    }
    if (out.language !== row.lang) misses.push(`  language ${row.id}: want ${row.lang} got ${out.language}`);
  }
  return { all, byLanguage, misses };
}

function check(value: number | null, target: number, atMost = false): string {
  if (value === null) return '';
  return (atMost ? value <= target : value >= target) ? 'ok' : 'BELOW TARGET';
}

function main(): void {
  const path = process.argv[2] ?? DEFAULT_PATH;
  const rows = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Row);
  const { all, byLanguage, misses } = score(rows);
  const lines: string[] = [`eval: ${rows.length} messages from ${path}`, ''];
  lines.push(`urgent recall     ${all.urgent}   target >= 0.98 ${check(all.urgent.value, 0.98)}`);
  lines.push(`emergency recall  ${all.emergency}   target >= 0.95 ${check(all.emergency.value, 0.95)}`);
  lines.push(`false alarms      ${all.falseAlarms}   target <= 0.03 ${check(all.falseAlarms.value, 0.03, true)}`);
  lines.push(`topic top-1       ${all.topic}   target >= 0.80 en / >= 0.70 others`);
  lines.push(`language          ${all.language}   target >= 0.95 ${check(all.language.value, 0.95)}`);
  for (const [category, ratio] of [...all.categories].sort()) lines.push(`recall ${category.padEnd(18)} ${ratio}`);
  lines.push('', 'per language: topic top-1 | language | urgent recall | emergency recall | false alarms');
  for (const [lang, s] of [...byLanguage].sort()) {
    const topicTarget = lang === 'en' ? 0.8 : 0.7;
    lines.push(`  ${lang}  ${s.topic} ${check(s.topic.value, topicTarget)} | ${s.language} | ${s.urgent} | ${s.emergency} | ${s.falseAlarms}`);
  }
  if (process.env.EVAL_VERBOSE) lines.push('', 'misses:', ...misses);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
