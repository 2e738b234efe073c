/**
 * The trained risk model beside the rules: logistic regressions over hashed
 * n-grams (features.ts), one per question: is this at least concern, at
 * least urgent, an emergency, and one per category. Weights ship in
 * data/risk/model.json (built by `npm run risk:train`), quantised to int8.
 */
import { readFileSync } from 'node:fs';
import { RISK_CATEGORIES, type RiskCategory, type RiskLevel } from '../../core/risk';

/** Fewer words than this and the model says nothing: short replies are answers and commands ("mynd yn ôl", "not really"), which the rules read alone. */
const MIN_TOKENS_TO_RAISE = 4;
import { FEATURE_BITS, featuresOfTokens, modelTokens } from './features';

/** The categories an urgent level is about (a medical danger is an emergency or nothing). */
const URGENT_KINDS: ReadonlySet<RiskCategory> = new Set(['suicide_self_harm', 'harm_to_others', 'abuse', 'carer_breakdown']);

export const MODEL_HEADS = ['concern', 'urgent', 'emergency', ...RISK_CATEGORIES] as const;
export type ModelHead = (typeof MODEL_HEADS)[number];

export interface ModelFile {
  version: string;
  featureBits: number;
  heads: Record<ModelHead, { bias: number; scale: number; threshold: number; weights: string }>;
}

interface Head {
  bias: number;
  scale: number;
  threshold: number;
}

export interface ModelOpinion {
  level: RiskLevel;
  categories: RiskCategory[];
  /** Probability per head, rounded, for risk:explain. */
  scores: Record<ModelHead, number>;
}

export class RiskModel {
  private constructor(
    readonly version: string,
    private readonly heads: Record<ModelHead, Head>,
    /** weights[feature * heads + head], int8. */
    private readonly weights: Int8Array,
  ) {}

  static fromFile(file: ModelFile): RiskModel {
    if (file.featureBits !== FEATURE_BITS) throw new Error(`model has ${file.featureBits} feature bits, the code ${FEATURE_BITS}: retrain`);
    const heads = {} as Record<ModelHead, Head>;
    // One row per feature with every head's weight side by side: a message's features are read once.
    const interleaved = new Int8Array((1 << FEATURE_BITS) * MODEL_HEADS.length);
    MODEL_HEADS.forEach((name, h) => {
      const head = file.heads[name];
      const bytes = Buffer.from(head.weights, 'base64');
      const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
      for (let f = 0; f < weights.length; f++) interleaved[f * MODEL_HEADS.length + h] = weights[f] ?? 0;
      heads[name] = { bias: head.bias, scale: head.scale, threshold: head.threshold };
    });
    return new RiskModel(file.version, heads, interleaved);
  }

  static load(path = new URL('../../data/risk/model.json', import.meta.url)): RiskModel {
    return RiskModel.fromFile(JSON.parse(readFileSync(path, 'utf8')) as ModelFile);
  }

  /** Probability of each head for this text. */
  scores(text: string): Record<ModelHead, number> {
    return this.scoresOfTokens(modelTokens(text));
  }

  /** Scores from tokens already normalised (the rules' tokens of a short message). */
  scoresOfTokens(tokens: readonly string[]): Record<ModelHead, number> {
    const features = featuresOfTokens(tokens);
    const norm = 1 / Math.sqrt(Math.max(1, features.length));
    const heads = MODEL_HEADS.length;
    const sums = new Array<number>(heads).fill(0);
    for (const f of features) {
      const row = f * heads;
      for (let h = 0; h < heads; h++) sums[h] += this.weights[row + h] ?? 0;
    }
    const out = {} as Record<ModelHead, number>;
    MODEL_HEADS.forEach((name, h) => {
      const head = this.heads[name];
      const z = head.bias + (sums[h] ?? 0) * head.scale * norm;
      out[name] = 1 / (1 + Math.exp(-z));
    });
    return out;
  }

  assess(text: string): ModelOpinion {
    const tokens = modelTokens(text);
    return this.opinion(this.scoresOfTokens(tokens), tokens.length);
  }

  assessTokens(tokens: readonly string[]): ModelOpinion {
    return this.opinion(this.scoresOfTokens(tokens), tokens.length);
  }

  private opinion(scores: Record<ModelHead, number>, tokenCount: number): ModelOpinion {
    const over = (name: ModelHead) => scores[name] >= this.heads[name].threshold;
    // The levels are ordered: a level counts only when every level below it does too.
    const categories = RISK_CATEGORIES.filter((c) => over(c));
    let level: RiskLevel = !over('concern') ? 'none' : !over('urgent') ? 'concern' : !over('emergency') ? 'urgent' : 'emergency';
    // A danger the model cannot name is not one it may act on alone: urgent needs a category it
    // is sure of, an emergency a medical one (or an overdose).
    if (level === 'emergency' && !over('medical_emergency') && !over('suicide_self_harm')) level = 'urgent';
    // Urgent is a danger of harm (CONTRACTS.md): a medical worry the emergency head is not sure of,
    // or money trouble, is concern, not urgent.
    if (level === 'urgent' && !categories.some((c) => URGENT_KINDS.has(c)) && scores.urgent < 0.97) level = 'concern';
    if (tokenCount < MIN_TOKENS_TO_RAISE) level = 'none';
    return { level, categories, scores };
  }
}
