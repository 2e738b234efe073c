/**
 * A small fastText-style network beside the linear heads: each hashed feature has an
 * embedding; a text is the sum of its features' embeddings (scaled by 1/sqrt(n), like the
 * linear model), then one ReLU hidden layer, then one logit per head. The hidden layer can
 * learn conjunctions ("took" AND "tablets" AND an amount) that a sum of weights cannot.
 * Trained with Adam (lazy on the embeddings), seeded order and init, fixed epochs, feature
 * dropout: the same rows give the same weights on every machine. Pure TypeScript.
 */
import { seededRandom } from '../../core/seededRandom';

export interface MlpConfig {
  /** Embedding rows: 2^bits (feature buckets are folded into them). */
  bits: number;
  dim: number;
  hidden: number;
  epochs: number;
  learningRate: number;
  /** Share of a text's features left out at each training step, so no one feature carries a text. */
  dropout: number;
  seed: number;
}

export const MLP_CONFIG: MlpConfig = { bits: 16, dim: 16, hidden: 32, epochs: 4, learningRate: 0.003, dropout: 0.5, seed: 29 };

export interface MlpExample {
  features: readonly number[];
  /** Per head: 1, -1, or 0 (this text says nothing for that head). */
  targets: readonly (1 | -1 | 0)[];
  /** Loss weight (language balance). */
  weight: number;
}

/** Float weights: embeddings [row * dim + d], w1 [j * dim + d], w2 [k * hidden + j]. */
export interface MlpWeights {
  bits: number;
  dim: number;
  hidden: number;
  heads: number;
  embeddings: Float32Array;
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/** Adam over one dense array (every entry updated each step). */
class Adam {
  private readonly m: Float32Array;
  private readonly v: Float32Array;
  constructor(private readonly params: Float32Array) {
    this.m = new Float32Array(params.length);
    this.v = new Float32Array(params.length);
  }
  update(index: number, gradient: number, rate: number): void {
    const m = (this.m[index] = BETA1 * this.m[index] + (1 - BETA1) * gradient);
    const v = (this.v[index] = BETA2 * this.v[index] + (1 - BETA2) * gradient * gradient);
    this.params[index] = this.params[index] - (rate * m) / (Math.sqrt(v) + EPSILON);
  }
}

/** Forward pass over a feature list; fills h0 (input), a (pre-activation), returns logits into z. */
export function forward(w: MlpWeights, features: readonly number[], h0: Float32Array, a: Float32Array, z: Float32Array): void {
  const { dim, hidden, heads } = w;
  const mask = (1 << w.bits) - 1;
  h0.fill(0);
  for (const f of features) {
    const row = (f & mask) * dim;
    for (let d = 0; d < dim; d++) h0[d] += w.embeddings[row + d];
  }
  const norm = 1 / Math.sqrt(Math.max(1, features.length));
  for (let d = 0; d < dim; d++) h0[d] *= norm;
  for (let j = 0; j < hidden; j++) {
    let s = w.b1[j];
    for (let d = 0; d < dim; d++) s += w.w1[j * dim + d] * h0[d];
    a[j] = s;
  }
  for (let k = 0; k < heads; k++) {
    let s = w.b2[k];
    for (let j = 0; j < hidden; j++) s += w.w2[k * hidden + j] * Math.max(0, a[j]);
    z[k] = s;
  }
}

/** Positive examples of a rare head weigh more (as in the linear heads), at most 3×. */
function positiveWeights(examples: readonly MlpExample[], heads: number): number[] {
  return Array.from({ length: heads }, (_, k) => {
    let positive = 0;
    let negative = 0;
    for (const e of examples) {
      if (e.targets[k] === 1) positive++;
      else if (e.targets[k] === -1) negative++;
    }
    return positive ? Math.min(3, Math.max(1, negative / positive)) : 1;
  });
}

export function trainMlp(examples: readonly MlpExample[], heads: number, config: MlpConfig = MLP_CONFIG): MlpWeights {
  const { dim, hidden } = config;
  const rows = 1 << config.bits;
  const random = seededRandom(config.seed);
  const uniform = (scale: number) => (random() * 2 - 1) * scale;
  const w: MlpWeights = {
    bits: config.bits,
    dim,
    hidden,
    heads,
    embeddings: Float32Array.from({ length: rows * dim }, () => uniform(0.1)),
    w1: Float32Array.from({ length: hidden * dim }, () => uniform(Math.sqrt(6 / (dim + hidden)))),
    b1: new Float32Array(hidden).fill(0.01),
    w2: Float32Array.from({ length: heads * hidden }, () => uniform(Math.sqrt(6 / (hidden + heads)))),
    b2: new Float32Array(heads),
  };
  const adam = { w1: new Adam(w.w1), b1: new Adam(w.b1), w2: new Adam(w.w2), b2: new Adam(w.b2) };
  // Lazy Adam on the embeddings: only the rows a text touches move, with the global step's bias correction.
  const em = new Float32Array(rows * dim);
  const ev = new Float32Array(rows * dim);
  const weightOf = positiveWeights(examples, heads);
  const mask = rows - 1;
  const h0 = new Float32Array(dim);
  const a = new Float32Array(hidden);
  const z = new Float32Array(heads);
  const gz = new Float32Array(heads);
  const ga = new Float32Array(hidden);
  const gh0 = new Float32Array(dim);
  const order = examples.map((_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const example = examples[index];
      const kept = example.features.filter(() => random() >= config.dropout);
      const features = kept.length ? kept : example.features;
      forward(w, features, h0, a, z);
      let any = false;
      for (let k = 0; k < heads; k++) {
        const t = example.targets[k];
        if (!t) {
          gz[k] = 0;
          continue;
        }
        any = true;
        const p = 1 / (1 + Math.exp(-z[k]));
        gz[k] = (p - (t === 1 ? 1 : 0)) * example.weight * (t === 1 ? weightOf[k] : 1);
      }
      if (!any) continue;
      step++;
      const rate = (config.learningRate * Math.sqrt(1 - BETA2 ** step)) / (1 - BETA1 ** step);
      ga.fill(0);
      for (let k = 0; k < heads; k++) {
        const g = gz[k];
        if (g === 0) continue;
        for (let j = 0; j < hidden; j++) {
          if (a[j] > 0) ga[j] += g * w.w2[k * hidden + j];
        }
      }
      gh0.fill(0);
      for (let j = 0; j < hidden; j++) {
        const g = ga[j];
        if (g === 0) continue;
        for (let d = 0; d < dim; d++) gh0[d] += g * w.w1[j * dim + d];
      }
      for (let k = 0; k < heads; k++) {
        const g = gz[k];
        adam.b2.update(k, g, rate);
        for (let j = 0; j < hidden; j++) adam.w2.update(k * hidden + j, g * Math.max(0, a[j]), rate);
      }
      for (let j = 0; j < hidden; j++) {
        const g = ga[j];
        adam.b1.update(j, g, rate);
        for (let d = 0; d < dim; d++) adam.w1.update(j * dim + d, g * h0[d], rate);
      }
      const norm = 1 / Math.sqrt(Math.max(1, features.length));
      for (const f of new Set(features.map((x) => x & mask))) {
        const row = f * dim;
        for (let d = 0; d < dim; d++) {
          const g = gh0[d] * norm;
          const at = row + d;
          const m = (em[at] = BETA1 * em[at] + (1 - BETA1) * g);
          const v = (ev[at] = BETA2 * ev[at] + (1 - BETA2) * g * g);
          w.embeddings[at] = w.embeddings[at] - (rate * m) / (Math.sqrt(v) + EPSILON);
        }
      }
    }
  }
  return w;
}

/** Logits of every head for one feature list. */
export function mlpLogits(w: MlpWeights, features: readonly number[]): Float32Array {
  const z = new Float32Array(w.heads);
  forward(w, features, new Float32Array(w.dim), new Float32Array(w.hidden), z);
  return z;
}

/** What model.json holds: int8 embeddings with one scale, the small dense layers as rounded numbers. */
export interface MlpFile {
  bits: number;
  dim: number;
  hidden: number;
  scale: number;
  embeddings: string;
  w1: number[];
  b1: number[];
  w2: number[];
  b2: number[];
}

const round = (x: number) => Number(x.toPrecision(6));

export function quantiseMlp(w: MlpWeights): MlpFile {
  let max = 0;
  for (const x of w.embeddings) max = Math.max(max, Math.abs(x));
  const scale = Number((max / 127 || 1).toPrecision(8));
  const bytes = new Int8Array(w.embeddings.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.round(w.embeddings[i] / scale);
  return {
    bits: w.bits,
    dim: w.dim,
    hidden: w.hidden,
    scale,
    embeddings: Buffer.from(bytes.buffer).toString('base64'),
    w1: Array.from(w.w1, round),
    b1: Array.from(w.b1, round),
    w2: Array.from(w.w2, round),
    b2: Array.from(w.b2, round),
  };
}

/** The float weights a file stands for (int8 embeddings times their scale). */
export function dequantiseMlp(file: MlpFile, heads: number): MlpWeights {
  const bytes = Buffer.from(file.embeddings, 'base64');
  const int8 = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const embeddings = new Float32Array(int8.length);
  for (let i = 0; i < int8.length; i++) embeddings[i] = int8[i] * file.scale;
  return {
    bits: file.bits,
    dim: file.dim,
    hidden: file.hidden,
    heads,
    embeddings,
    w1: Float32Array.from(file.w1),
    b1: Float32Array.from(file.b1),
    w2: Float32Array.from(file.w2),
    b2: Float32Array.from(file.b2),
  };
}
