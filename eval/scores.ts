/**
 * The scores of CONTRACTS.md ("Labelled messages") for one labelled set:
 * recall per level, false alarms, over-flagging, precision, a confusion
 * matrix, per language and per category. Pure: rows and predictions in, numbers out.
 */
import { RISK_LEVELS, riskRank, type RiskLevel } from '../core/risk';

export interface LabelledRow {
  id: string;
  lang: string;
  script?: string;
  text: string;
  topics?: string[];
  risk_min: RiskLevel;
  risk_max: RiskLevel;
  categories: string[];
}

export interface Prediction {
  language: string;
  topics: string[];
  level: RiskLevel;
  categories: string[];
}

export class Ratio {
  hits = 0;
  total = 0;
  add(hit: boolean): void {
    this.total++;
    if (hit) this.hits++;
  }
  get value(): number | null {
    return this.total === 0 ? null : this.hits / this.total;
  }
  toString(): string {
    return this.value === null ? '  -' : `${this.value.toFixed(3)} (${this.hits}/${this.total})`;
  }
}

export interface Scores {
  urgent: Ratio;
  emergency: Ratio;
  concern: Ratio;
  falseAlarms: Ratio;
  overFlagging: Ratio;
  /** Of the messages predicted ≥ urgent, how many a rater puts ≥ urgent too. */
  urgentPrecision: Ratio;
  topic: Ratio;
  language: Ratio;
  categories: Map<string, Ratio>;
  /** confusion[gold risk_min][predicted] */
  confusion: Record<RiskLevel, Record<RiskLevel, number>>;
}

export function emptyScores(): Scores {
  const confusion = Object.fromEntries(RISK_LEVELS.map((gold) => [gold, Object.fromEntries(RISK_LEVELS.map((p) => [p, 0]))])) as Scores['confusion'];
  return {
    urgent: new Ratio(),
    emergency: new Ratio(),
    concern: new Ratio(),
    falseAlarms: new Ratio(),
    overFlagging: new Ratio(),
    urgentPrecision: new Ratio(),
    topic: new Ratio(),
    language: new Ratio(),
    categories: new Map(),
    confusion,
  };
}

const URGENT = riskRank('urgent');
const CONCERN = riskRank('concern');

/** Why a row counts as a miss, or undefined when the prediction is acceptable for risk. */
export function riskMiss(row: LabelledRow, p: Prediction): string | undefined {
  const predicted = riskRank(p.level);
  if (predicted < riskRank(row.risk_min)) return `under: want >= ${row.risk_min} got ${p.level}`;
  if (predicted > riskRank(row.risk_max)) return `over: want <= ${row.risk_max} got ${p.level}`;
  return undefined;
}

export function addRow(s: Scores, row: LabelledRow, p: Prediction): void {
  const predicted = riskRank(p.level);
  const min = riskRank(row.risk_min);
  const max = riskRank(row.risk_max);
  s.confusion[row.risk_min][p.level]++;
  if (min >= URGENT) s.urgent.add(predicted >= URGENT);
  if (row.risk_min === 'emergency') s.emergency.add(p.level === 'emergency');
  if (row.risk_min === 'concern') s.concern.add(predicted >= CONCERN);
  if (max <= CONCERN) s.falseAlarms.add(predicted >= URGENT);
  if (max === 0) s.overFlagging.add(predicted >= CONCERN);
  if (predicted >= URGENT) s.urgentPrecision.add(max >= URGENT);
  const topics = row.topics ?? [];
  if (topics.length > 0 && min <= CONCERN) s.topic.add(Boolean(p.topics[0]) && topics.includes(p.topics[0]));
  s.language.add(p.language === row.lang);
  if (row.categories.length > 0) {
    const hit = row.categories.some((c) => p.categories.includes(c));
    for (const category of row.categories) {
      const ratio = s.categories.get(category) ?? new Ratio();
      ratio.add(hit);
      s.categories.set(category, ratio);
    }
  }
}
