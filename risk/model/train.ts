/**
 * Trains the risk model (model.ts) from labelled texts: deterministic
 * (seeded order, fixed epochs), so the same data gives the same file.
 * Heads: ≥ concern, ≥ urgent, emergency, and each category. Thresholds are
 * chosen on a validation split, for recall (F2), then the model is refit on
 * everything with those thresholds.
 */
import { createHash } from 'node:crypto';
import { riskRank, type RiskCategory, type RiskLevel } from '../../core/risk';
import { FEATURE_BITS, featuresOf } from './features';
import { MODEL_HEADS, type ModelFile, type ModelHead } from './model';
import { seededRandom } from '../../core/seededRandom';

export interface LabelledText {
  id: string;
  text: string;
  risk_min: RiskLevel;
  risk_max: RiskLevel;
  categories: RiskCategory[];
}

const SIZE = 1 << FEATURE_BITS;
const EPOCHS = 12;
const LEARNING_RATE = 0.4;
const L2 = 1e-3;

/** +1, -1, or 0 when this text says nothing for the head (a range that straddles it). */
export function target(row: LabelledText, head: ModelHead): 1 | -1 | 0 {
  const min = riskRank(row.risk_min);
  const max = riskRank(row.risk_max);
  const level = (name: RiskLevel): 1 | -1 | 0 => (min >= riskRank(name) ? 1 : max < riskRank(name) ? -1 : 0);
  if (head === 'concern' || head === 'urgent' || head === 'emergency') return level(head);
  if (row.categories.includes(head)) return 1;
  return max === 0 || row.categories.length > 0 ? -1 : 0;
}

export interface Example {
  features: number[];
  norm: number;
  label: 1 | -1;
  /** The highest level the text may have (its risk_max): which false-alarm budget a negative counts in. */
  max: RiskLevel;
}

export interface Fitted {
  weights: Float64Array;
  bias: number;
}

/**
 * NB log-count ratios (Wang and Manning's NBSVM): how much more often a feature
 * appears in positives than negatives. Scaling features by it before the
 * regression helps on short texts and little data; the product w·r is stored.
 */
function logCountRatios(examples: Example[]): Float64Array {
  const positive = new Float64Array(SIZE).fill(1);
  const negative = new Float64Array(SIZE).fill(1);
  for (const example of examples) {
    const counts = example.label === 1 ? positive : negative;
    for (const f of new Set(example.features)) counts[f] += 1;
  }
  let positiveTotal = 0;
  let negativeTotal = 0;
  for (let i = 0; i < SIZE; i++) {
    positiveTotal += positive[i];
    negativeTotal += negative[i];
  }
  const ratios = new Float64Array(SIZE);
  for (let i = 0; i < SIZE; i++) ratios[i] = Math.log(positive[i] / positiveTotal / (negative[i] / negativeTotal));
  return ratios;
}

function fit(examples: Example[], seed: number): Fitted {
  const ratios = logCountRatios(examples);
  const weights = new Float64Array(SIZE);
  const squares = new Float64Array(SIZE).fill(1e-8);
  let bias = 0;
  let biasSquare = 1e-8;
  const positives = examples.filter((e) => e.label === 1).length;
  // Rare positives weigh more, so recall does not drown in the negatives.
  const positiveWeight = positives ? Math.min(3, (examples.length - positives) / positives) : 1;
  const order = examples.map((_, i) => i);
  const next = seededRandom(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const example = examples[index];
      let z = bias;
      for (const f of example.features) z += weights[f] * ratios[f] * example.norm;
      const y = example.label === 1 ? 1 : 0;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * (example.label === 1 ? positiveWeight : 1);
      biasSquare += g * g;
      bias -= (LEARNING_RATE * g) / Math.sqrt(biasSquare);
      for (const f of example.features) {
        const gf = g * ratios[f] * example.norm + L2 * weights[f];
        squares[f] += gf * gf;
        weights[f] -= (LEARNING_RATE * gf) / Math.sqrt(squares[f]);
      }
    }
  }
  for (let i = 0; i < SIZE; i++) weights[i] *= ratios[i];
  return { weights, bias };
}

function probability(model: Fitted, example: Example): number {
  let z = model.bias;
  for (const f of example.features) z += model.weights[f] * example.norm;
  return 1 / (1 + Math.exp(-z));
}

/**
 * How many held-back negatives a head may flag: the model raises the level on its own, so its
 * false alarms are the product's. A number is one budget for every negative; per level, each
 * group of negatives (by the highest level the text may have) keeps its own, from the product's
 * targets: a calm message flagged urgent is a false alarm (target <= 0.03, the rules take their
 * share), a worried one flagged urgent is over-flagging (target <= 0.10). One budget over both
 * let the many concern texts set the urgent threshold alone, and urgent recall paid for it.
 */
export const FALSE_POSITIVE_BUDGET: Record<ModelHead, number | Partial<Record<RiskLevel, number>>> = {
  concern: 0.06,
  urgent: { none: 0.02, concern: 0.08 },
  emergency: 0.015,
  suicide_self_harm: 0.05,
  harm_to_others: 0.05,
  abuse: 0.05,
  medical_emergency: 0.05,
  carer_breakdown: 0.05,
  hardship: 0.05,
};

/** The lowest threshold (best recall) whose false-positive rate on held-back negatives stays within the budget. */
function thresholdFor(model: Fitted, negatives: Example[], budget: number): number {
  const scores = negatives.map((e) => probability(model, e)).sort((a, b) => b - a);
  if (scores.length === 0) return 0.5;
  const allowed = Math.floor(scores.length * budget);
  // Just above the (allowed+1)-th highest negative score, and never below a coin toss.
  return Math.max(0.5, (scores[allowed] ?? 0) + 1e-6);
}

/** The lowest threshold that keeps every group of negatives within its budget. */
export function chooseThreshold(model: Fitted, validation: Example[], budget: number | Partial<Record<RiskLevel, number>>): number {
  const negatives = validation.filter((e) => e.label === -1);
  const threshold =
    typeof budget === 'number'
      ? thresholdFor(model, negatives, budget)
      : Math.max(
          0.5,
          ...Object.entries(budget).map(([level, share]) =>
            thresholdFor(
              model,
              negatives.filter((e) => e.max === level),
              share ?? 0,
            ),
          ),
        );
  // Rounded up, so the rounding never lets one more negative through.
  return Math.min(0.99, Math.ceil(threshold * 10_000) / 10_000);
}

function quantise(model: Fitted): { scale: number; weights: string } {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const bytes = new Int8Array(SIZE);
  for (let i = 0; i < SIZE; i++) bytes[i] = Math.round(model.weights[i] / scale);
  return { scale: Number(scale.toPrecision(8)), weights: Buffer.from(bytes.buffer).toString('base64') };
}

/** A stable 0–99 bucket per id: the validation split never depends on file order. */
function bucket(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % 100;
}

export const VALIDATION_PERCENT = 15;

export function trainModel(rows: LabelledText[], version: string): ModelFile {
  const featured = rows.map((row) => {
    const features = featuresOf(row.text);
    return { row, features, norm: 1 / Math.sqrt(Math.max(1, features.length)), validation: bucket(row.id) < VALIDATION_PERCENT };
  });
  const heads = {} as ModelFile['heads'];
  MODEL_HEADS.forEach((head, index) => {
    const examples = (validation?: boolean) =>
      featured
        .filter((f) => validation === undefined || f.validation === validation)
        .map((f) => ({ features: f.features, norm: f.norm, label: target(f.row, head), max: f.row.risk_max }))
        .filter((e): e is Example => e.label !== 0);
    const threshold = chooseThreshold(fit(examples(false), 17 + index), examples(true), FALSE_POSITIVE_BUDGET[head]);
    const full = fit(examples(), 17 + index);
    heads[head] = { bias: Number(full.bias.toPrecision(8)), threshold, ...quantise(full) };
  });
  return { version, featureBits: FEATURE_BITS, heads };
}
