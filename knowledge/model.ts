/**
 * A discriminative opinion beside the similarity (knowledge/matcher.ts): a multinomial logistic
 * regression (softmax over the cards and "none") on the matcher's own features (features.ts),
 * hashed to 2^FEATURE_BITS buckets. The similarity finds the nearest wordings; this one learns
 * which words tell two close cards apart ("assessment" with "refused" against "assessment" alone).
 * Trained deterministically (seeded order, fixed epochs) by `npm run knowledge:train`, shipped
 * int8-quantised in data/knowledge/model.json.
 */
import { fnv1a } from '../text/hash';
import { featuresOf, type Bag } from './features';
import { seededRandom } from '../core/seededRandom';

export const FEATURE_BITS = 15;
const SIZE = 1 << FEATURE_BITS;
/** Letter n-grams count half as much as words: they only forgive spelling. */
const LETTER_WEIGHT = 0.7;

/** A text's hashed features and their values (sublinear tf, each block normalised, then the whole). */
export interface Hashed {
  ids: number[];
  values: number[];
}

export function hashedFeatures(text: string): Hashed {
  const { words, letters } = featuresOf(text);
  const sums = new Map<number, number>();
  let total = 0;
  const block = (bag: Bag, scale: number) => {
    let norm = 0;
    for (const tf of bag.values()) norm += (1 + Math.log(tf)) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (const [key, tf] of bag) {
      const v = ((1 + Math.log(tf)) / norm) * scale;
      const id = fnv1a(key) & (SIZE - 1);
      sums.set(id, (sums.get(id) ?? 0) + v);
    }
    total += bag.size ? scale * scale : 0;
  };
  block(words, 1);
  block(letters, LETTER_WEIGHT);
  const norm = Math.sqrt(total) || 1;
  const ids = [...sums.keys()].sort((a, b) => a - b);
  return { ids, values: ids.map((id) => sums.get(id)! / norm) };
}

export interface LabelledText {
  text: string;
  /** Index into the model's labels. */
  label: number;
}

/** A model's (or held-out model's) probability for each label, for the matcher to blend with its similarity. */
export interface Opinion {
  labels: readonly string[];
  probabilities: ArrayLike<number>;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

export const TRAIN_OPTIONS: TrainOptions = { epochs: 12, rate: 0.5, l2: 1e-5, seed: 17 };

/** Weights feature by feature, every label's side by side (weights[feature * labels + label]), and one bias per label. */
export interface Weights {
  labels: readonly string[];
  weights: Float64Array;
  bias: Float64Array;
}

function softmaxInto(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k]! - max);
  for (let k = 0; k < z.length; k++) z[k] = z[k]! / sum;
}

/** SGD with AdaGrad and lazy L2 on the features a text has; deterministic for the same texts and options. */
export function trainWeights(
  labels: readonly string[],
  texts: readonly LabelledText[],
  options: TrainOptions = TRAIN_OPTIONS,
  hashed?: readonly Hashed[],
): Weights {
  const c = labels.length;
  const weights = new Float64Array(SIZE * c);
  const squares = new Float64Array(SIZE * c).fill(1e-8);
  const bias = new Float64Array(c);
  const biasSquares = new Float64Array(c).fill(1e-8);
  const vectors = hashed ?? texts.map((t) => hashedFeatures(t.text));
  const z = new Float64Array(c);
  const order = texts.map((_, i) => i);
  const next = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { ids, values } = vectors[index]!;
      z.set(bias);
      for (let i = 0; i < ids.length; i++) {
        const row = ids[i]! * c;
        const v = values[i]!;
        for (let k = 0; k < c; k++) z[k] += weights[row + k]! * v;
      }
      softmaxInto(z);
      z[texts[index]!.label]! -= 1;
      for (let k = 0; k < c; k++) {
        const g = z[k]!;
        biasSquares[k] += g * g;
        bias[k] -= (options.rate * g) / Math.sqrt(biasSquares[k]!);
      }
      for (let i = 0; i < ids.length; i++) {
        const row = ids[i]! * c;
        const v = values[i]!;
        for (let k = 0; k < c; k++) {
          const at = row + k;
          const g = z[k]! * v + options.l2 * weights[at]!;
          squares[at] += g * g;
          weights[at] -= (options.rate * g) / Math.sqrt(squares[at]!);
        }
      }
    }
  }
  return { labels, weights, bias };
}

/** The labels (cards and "none") in the order first met, and a model trained on every text given (the cards' wording too). */
export function trainCardModel(
  examples: readonly { cardId: string; text: string }[],
  options: TrainOptions = TRAIN_OPTIONS,
  hashed?: readonly Hashed[],
): Weights {
  const labels = [...new Set(examples.map((e) => e.cardId))];
  const index = new Map(labels.map((label, i) => [label, i]));
  return trainWeights(
    labels,
    examples.map((e) => ({ text: e.text, label: index.get(e.cardId)! })),
    options,
    hashed,
  );
}

/** The model file (data/knowledge/model.json): int8 weights with one scale per label, base64. */
export interface CardModelFile {
  version: 1;
  featureBits: number;
  labels: string[];
  bias: number[];
  scales: number[];
  /** Int8, feature by feature, every label's side by side. */
  weights: string;
}

const round = (x: number) => Number(x.toPrecision(8));

export function quantise(w: Weights): CardModelFile {
  const c = w.labels.length;
  const scales = new Array<number>(c).fill(0);
  for (let at = 0; at < w.weights.length; at++) scales[at % c] = Math.max(scales[at % c]!, Math.abs(w.weights[at]!));
  const rounded = scales.map((s) => round(s / 127 || 1));
  const bytes = new Int8Array(w.weights.length);
  for (let at = 0; at < bytes.length; at++) bytes[at] = Math.round(w.weights[at]! / rounded[at % c]!);
  return {
    version: 1,
    featureBits: FEATURE_BITS,
    labels: [...w.labels],
    bias: Array.from(w.bias, round),
    scales: rounded,
    weights: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}

export class CardModel {
  private readonly z: Float64Array;

  constructor(
    readonly labels: readonly string[],
    private readonly bias: Float64Array,
    private readonly scales: Float64Array,
    /** Int8 (from the file) or exact weights (while calibrating), weights[feature * labels + label]. */
    private readonly weights: Int8Array | Float64Array,
  ) {
    this.z = new Float64Array(labels.length);
  }

  static fromFile(file: CardModelFile): CardModel {
    if (file.featureBits !== FEATURE_BITS)
      throw new Error(`knowledge model has ${file.featureBits} feature bits, the code ${FEATURE_BITS}: run npm run knowledge:train`);
    const bytes = Buffer.from(file.weights, 'base64');
    const weights = new Int8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    return new CardModel(file.labels, Float64Array.from(file.bias), Float64Array.from(file.scales), weights);
  }

  static fromWeights(w: Weights): CardModel {
    return new CardModel(w.labels, w.bias, new Float64Array(w.labels.length).fill(1), w.weights);
  }

  opinion(text: string, hashed?: Hashed): Opinion {
    return { labels: this.labels, probabilities: this.probabilities(text, hashed) };
  }

  /** Each label's probability for the text, in the order of `labels` (a fresh array). */
  probabilities(text: string, hashed: Hashed = hashedFeatures(text)): Float64Array {
    const c = this.labels.length;
    const sums = new Float64Array(c);
    const { ids, values } = hashed;
    for (let i = 0; i < ids.length; i++) {
      const row = ids[i]! * c;
      const v = values[i]!;
      for (let k = 0; k < c; k++) sums[k] += this.weights[row + k]! * v;
    }
    const z = this.z;
    for (let k = 0; k < c; k++) z[k] = this.bias[k]! + sums[k]! * this.scales[k]!;
    softmaxInto(z);
    return Float64Array.from(z);
  }
}
