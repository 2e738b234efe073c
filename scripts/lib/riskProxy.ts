/**
 * An honest stand-in for the blind set: hold out one writing round at a time (the first
 * files, `more-`, `third-`, `fourth-`, `contrast*`, the real train split...), train on the
 * others exactly as `risk:train` does (thresholds from their own validation share), and score
 * the held-out round with the rules and the model combined, as `npm run eval` scores the
 * bot. A new round is a new writer's phrasings, which is what the blind set tests; a random
 * split is not (near-duplicates of the same writer sit on both sides).
 */
import { riskRank } from '../../core/risk';
import { addRow, emptyScores, type LabelledRow, type Scores } from '../../eval/scores';
import { combine } from '../../risk/assess';
import { emptyFinding, engine, type Finding } from '../../risk/engine';
import { RiskModel } from '../../risk/model/model';
import { prepare, trainPrepared, type TrainOptions } from '../../risk/model/train';
import type { DataRow } from '../../risk/model/trainingData';

export interface ProxyResult {
  /** Every held-out row of every fold together. */
  pooled: Scores;
  /** The same rows, by the rules alone (what the model adds is the difference). */
  rulesOnly: Scores;
  byRound: Map<string, Scores>;
  byLanguage: Map<string, Scores>;
  /** Held-out rows' model scores, for figures that do not depend on where the thresholds fell. */
  scored: { urgent: number; rulesUrgent: boolean; min: number; max: number }[];
}

/** Threshold-free: urgent recall (rules or model) with the model's urgent threshold set, by an oracle, where the model alone adds 3 % false alarms to the rules'; and the urgent head's AUC. */
export function rankingLine(scored: ProxyResult['scored']): string {
  const URGENT = riskRank('urgent');
  const calm = scored.filter((r) => r.max < URGENT);
  const urgent = scored.filter((r) => r.min >= URGENT);
  const calmScores = calm
    .filter((r) => !r.rulesUrgent)
    .map((r) => r.urgent)
    .sort((a, b) => b - a);
  const allowed = Math.floor(calm.length * 0.03);
  const threshold = (calmScores[allowed] ?? 0) + 1e-9;
  const recall = urgent.filter((r) => r.rulesUrgent || r.urgent >= threshold).length / Math.max(1, urgent.length);
  let pairs = 0;
  let wins = 0;
  const negatives = calm.map((r) => r.urgent).sort((a, b) => a - b);
  for (const p of urgent) {
    let lo = 0;
    let hi = negatives.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((negatives[mid] ?? 0) < p.urgent) lo = mid + 1;
      else hi = mid;
    }
    wins += lo;
    pairs += negatives.length;
  }
  return `ranking    urgent recall at rules' FA + 0.03 (oracle threshold) ${recall.toFixed(3)}  urgent AUC ${(wins / Math.max(1, pairs)).toFixed(4)}`;
}

function copy(finding: Finding): Finding {
  return { level: finding.level, categories: new Set(finding.categories), ruleIds: new Set(finding.ruleIds), flags: new Set(finding.flags) };
}

const languageOf = (row: DataRow) => (row.lang === 'ur' && row.script === 'latn' ? 'ur-latn' : row.lang);

export function runProxy(rows: DataRow[], options: TrainOptions, onFold: (round: string, scores: Scores) => void = () => {}): ProxyResult {
  const prepared = prepare(rows, options);
  const rules = rows.map((row) => {
    const finding = emptyFinding();
    engine.evaluate(row.text, finding);
    return finding;
  });
  const idioms = engine.ruleSet?.idiomIds ?? new Set<string>();
  const rounds = [...new Set(rows.map((r) => r.round ?? 'first'))].sort();
  const result: ProxyResult = { scored: [], pooled: emptyScores(), rulesOnly: emptyScores(), byRound: new Map(), byLanguage: new Map() };
  for (const round of rounds) {
    const model = RiskModel.fromFile(
      trainPrepared(
        prepared.filter((p, i) => rows[i]?.round !== round),
        `proxy-${round}`,
        options,
      ),
    );
    const scores = emptyScores();
    rows.forEach((row, i) => {
      if (row.round !== round) return;
      const ruled = rules[i] ?? emptyFinding();
      addRow(result.rulesOnly, row as LabelledRow, { language: row.lang, topics: [], level: ruled.level, categories: [...ruled.categories] });
      const finding = copy(ruled);
      const opinion = model.assess(row.text);
      result.scored.push({
        urgent: opinion.scores.urgent,
        rulesUrgent: riskRank(ruled.level) >= riskRank('urgent'),
        min: riskRank(row.risk_min),
        max: riskRank(row.risk_max),
      });
      combine(finding, opinion, idioms);
      const prediction = { language: row.lang, topics: [], level: finding.level, categories: [...finding.categories] };
      const labelled = row as LabelledRow;
      addRow(scores, labelled, prediction);
      addRow(result.pooled, labelled, prediction);
      const lang = languageOf(row);
      const perLanguage = result.byLanguage.get(lang) ?? emptyScores();
      result.byLanguage.set(lang, perLanguage);
      addRow(perLanguage, labelled, prediction);
    });
    result.byRound.set(round, scores);
    onFold(round, scores);
  }
  return result;
}

/** One line per set of scores, like eval's: urgent, emergency, concern recall, false alarms, over-flagging. */
export function proxyLine(name: string, s: Scores): string {
  const v = (r: { value: number | null }) => (r.value === null ? '  -  ' : r.value.toFixed(3));
  return `${name.padEnd(10)} urgent ${v(s.urgent)}  emergency ${v(s.emergency)}  concern ${v(s.concern)}  FA ${v(s.falseAlarms)}  over ${v(s.overFlagging)}  (n=${s.urgent.total}/${s.emergency.total}/${s.concern.total}/${s.falseAlarms.total}/${s.overFlagging.total})`;
}

/** Mean of the folds' figures (each round counts once, whatever its size). */
export function macroLine(byRound: Map<string, Scores>): string {
  const keys = ['urgent', 'emergency', 'concern', 'falseAlarms', 'overFlagging'] as const;
  const mean = keys.map((key) => {
    const values = [...byRound.values()].map((s) => s[key].value).filter((x): x is number => x !== null);
    return values.length ? (values.reduce((a, b) => a + b, 0) / values.length).toFixed(3) : '-';
  });
  return `macro      urgent ${mean[0]}  emergency ${mean[1]}  concern ${mean[2]}  FA ${mean[3]}  over ${mean[4]}`;
}
