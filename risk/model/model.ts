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
  weights: Int8Array;
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
  ) {}

  static fromFile(file: ModelFile): RiskModel {
    if (file.featureBits !== FEATURE_BITS) throw new Error(`model has ${file.featureBits} feature bits, the code ${FEATURE_BITS}: retrain`);
    const heads = {} as Record<ModelHead, Head>;
    for (const name of MODEL_HEADS) {
      const head = file.heads[name];
      const bytes = Buffer.from(head.weights, 'base64');
      heads[name] = { bias: head.bias, scale: head.scale, threshold: head.threshold, weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
    }
    return new RiskModel(file.version, heads);
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
    const out = {} as Record<ModelHead, number>;
    for (const name of MODEL_HEADS) {
      const head = this.heads[name];
      let sum = 0;
      for (const f of features) sum += head.weights[f];
      const z = head.bias + sum * head.scale * norm;
      out[name] = 1 / (1 + Math.exp(-z));
    }
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
    if (level === 'urgent' && categories.length === 0 && scores.urgent < 0.97) level = 'concern';
    if (tokenCount < MIN_TOKENS_TO_RAISE) level = 'none';
    return { level, categories, scores };
  }
}
