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
import { FEATURE_BITS, featuresOfTokens, modelTokens, wordCount } from './features';
import { fallbackCategory, liftedThreshold, needsMoreEvidence, shortTextWords } from './evidence';
import type { MlpFile } from './mlp';
import { SENTENCE_HEADS, SENTENCE_MIN_WORDS, sentencesOf } from './sentences';

/** The categories an urgent level is about (a medical danger is an emergency or nothing). */
const URGENT_KINDS: ReadonlySet<RiskCategory> = new Set(['suicide_self_harm', 'harm_to_others', 'abuse', 'carer_breakdown']);

export const MODEL_HEADS = ['concern', 'urgent', 'emergency', ...RISK_CATEGORIES] as const;
export type ModelHead = (typeof MODEL_HEADS)[number];

export interface ModelFile {
  version: string;
  featureBits: number;
  heads: Record<ModelHead, { bias: number; scale: number; threshold: number; weights: string }>;
  /** The network beside the linear heads (mlp.ts), and the linear heads' share of the blended logit. */
  mlp?: MlpFile;
  linearShare?: number;
}

/** The network as the bot runs it: int8 embeddings summed as integers, scaled once. */
interface Network {
  mask: number;
  dim: number;
  hidden: number;
  scale: number;
  embeddings: Int8Array;
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
  linearShare: number;
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
    private readonly network?: Network,
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
    return new RiskModel(file.version, heads, interleaved, file.mlp && networkOf(file.mlp, file.linearShare ?? 0.5));
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
    return this.scoresOfFeatures(featuresOfTokens(tokens));
  }

  /** Scores from feature buckets (features.ts). */
  scoresOfFeatures(features: readonly number[]): Record<ModelHead, number> {
    const norm = 1 / Math.sqrt(Math.max(1, features.length));
    const heads = MODEL_HEADS.length;
    // Sums of int8 weights are whole numbers: exact in an Int32Array as in doubles.
    const sums = new Int32Array(heads);
    const weights = this.weights;
    for (let i = 0; i < features.length; i++) {
      const row = (features[i] ?? 0) * heads;
      for (let h = 0; h < heads; h++) sums[h] += weights[row + h] ?? 0;
    }
    const network = this.network && networkLogits(this.network, features, norm);
    const share = this.network?.linearShare ?? 1;
    const out = {} as Record<ModelHead, number>;
    MODEL_HEADS.forEach((name, h) => {
      const head = this.heads[name];
      const linear = head.bias + (sums[h] ?? 0) * head.scale * norm;
      const z = network ? share * linear + (1 - share) * (network[h] ?? 0) : linear;
      out[name] = 1 / (1 + Math.exp(-z));
    });
    return out;
  }

  assess(text: string): ModelOpinion {
    return this.assessTokens(modelTokens(text), text);
  }

  /** `text`, when given (the text of these tokens), is also read sentence by sentence (sentences.ts). */
  assessTokens(tokens: readonly string[], text?: string): ModelOpinion {
    const scores = this.scoresOfTokens(tokens);
    if (text !== undefined && wordCount(tokens) >= SENTENCE_MIN_WORDS) this.raiseBySentence(text, scores);
    return this.opinion(scores, tokens);
  }

  /** A danger head takes a sentence's own score when that sentence alone is as sure as a short text must be. */
  private raiseBySentence(text: string, scores: Record<ModelHead, number>): void {
    const sentences = sentencesOf(text);
    if (sentences.length < 2) return;
    for (const sentence of sentences) {
      const tokens = modelTokens(sentence);
      if (wordCount(tokens) < MIN_TOKENS_TO_RAISE) continue;
      const own = this.scoresOfTokens(tokens);
      for (const head of SENTENCE_HEADS) {
        const score = own[head];
        if (score > scores[head] && score >= liftedThreshold(this.heads[head].threshold)) scores[head] = score;
      }
    }
  }

  private opinion(scores: Record<ModelHead, number>, tokens: readonly string[]): ModelOpinion {
    const tokenCount = wordCount(tokens);
    const over = (name: ModelHead) => scores[name] >= this.heads[name].threshold;
    // A short text that names no risk concept needs more evidence for a level (evidence.ts); asked only when a level head fires.
    let short: boolean | undefined;
    const overLevel = (name: 'concern' | 'urgent' | 'emergency') => {
      if (!over(name)) return false;
      short ??= needsMoreEvidence(shortTextWords(tokens), tokens);
      return !short || scores[name] >= liftedThreshold(this.heads[name].threshold);
    };
    // The levels are ordered: a level counts only when every level below it does too.
    const categories = RISK_CATEGORIES.filter((c) => over(c));
    let level: RiskLevel = !overLevel('concern') ? 'none' : !overLevel('urgent') ? 'concern' : !overLevel('emergency') ? 'urgent' : 'emergency';
    // A danger the model cannot name is not one it may act on alone: urgent needs a category it
    // is sure of, an emergency a medical one (or an overdose).
    if (level === 'emergency' && !over('medical_emergency') && !over('suicide_self_harm')) level = 'urgent';
    // Urgent is a danger of harm (CONTRACTS.md): a medical worry the emergency head is not sure of,
    // or money trouble, is concern, not urgent.
    if (level === 'urgent' && !categories.some((c) => URGENT_KINDS.has(c)) && scores.urgent < 0.97) level = 'concern';
    if (tokenCount < MIN_TOKENS_TO_RAISE) level = 'none';
    if (level !== 'none' && categories.length === 0) categories.push(fallbackCategory(level, scores));
    return { level, categories, scores };
  }
}

function networkOf(file: MlpFile, linearShare: number): Network {
  const bytes = Buffer.from(file.embeddings, 'base64');
  return {
    mask: (1 << file.bits) - 1,
    dim: file.dim,
    hidden: file.hidden,
    scale: file.scale,
    embeddings: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    w1: Float32Array.from(file.w1),
    b1: Float32Array.from(file.b1),
    w2: Float32Array.from(file.w2),
    b2: Float32Array.from(file.b2),
    linearShare,
  };
}

/** The network's logit per head (mlp.ts forward, on the int8 embeddings). */
function networkLogits(net: Network, features: readonly number[], norm: number): Float64Array {
  // Arrays in locals (the hot loop reads no properties); the arithmetic and its order are unchanged.
  const { dim, hidden, mask, embeddings, w1, b1, w2, b2 } = net;
  const sum = new Int32Array(dim);
  for (let i = 0; i < features.length; i++) {
    const row = ((features[i] ?? 0) & mask) * dim;
    for (let d = 0; d < dim; d++) sum[d] += embeddings[row + d];
  }
  const input = net.scale * norm;
  const activations = new Float64Array(hidden);
  for (let j = 0; j < hidden; j++) {
    let s = b1[j];
    const at = j * dim;
    for (let d = 0; d < dim; d++) s += w1[at + d] * sum[d] * input;
    activations[j] = s > 0 ? s : 0;
  }
  const heads = b2.length;
  const out = new Float64Array(heads);
  for (let k = 0; k < heads; k++) {
    let s = b2[k];
    const at = k * hidden;
    for (let j = 0; j < hidden; j++) s += w2[at + j] * activations[j];
    out[k] = s;
  }
  return out;
}
