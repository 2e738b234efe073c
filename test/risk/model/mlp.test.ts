/** The network beside the linear heads (risk/model/mlp.ts): deterministic, its file round-trips, and it learns what a sum of weights cannot. */
import { expect } from 'chai';
import { MODEL_HEADS, RiskModel, type ModelFile } from '../../../risk/model/model';
import { dequantiseMlp, mlpLogits, quantiseMlp, trainMlp, type MlpConfig, type MlpExample } from '../../../risk/model/mlp';
import { fit, isValidation, type Example, type LabelledText } from '../../../risk/model/train';

const TINY: MlpConfig = { bits: 8, dim: 8, hidden: 8, epochs: 300, learningRate: 0.02, dropout: 0, seed: 3 };
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** XOR over two words, with a word every text has: a, b alone are positive; both together, or neither, negative. */
const XOR: Array<[number[], 1 | -1]> = [
  [[0, 1], 1],
  [[0, 2], 1],
  [[0, 1, 2], -1],
  [[0], -1],
];

describe('risk/model/mlp', () => {
  const examples: MlpExample[] = XOR.map(([features, label]) => ({ features, targets: [label], weight: 1 }));

  it('training is deterministic: the same rows and seed give the same weights', () => {
    const config = { ...TINY, epochs: 5, dropout: 0.3 };
    const a = trainMlp(examples, 1, config);
    const b = trainMlp(examples, 1, config);
    expect(Buffer.from(a.embeddings.buffer).equals(Buffer.from(b.embeddings.buffer))).to.equal(true);
    expect([...a.w1, ...a.w2, ...a.b1, ...a.b2]).to.deep.equal([...b.w1, ...b.w2, ...b.b1, ...b.b2]);
  });

  it('learns an XOR-like conjunction that the linear heads cannot', () => {
    const network = trainMlp(examples, 1, TINY);
    for (const [features, label] of XOR) expect(sigmoid(mlpLogits(network, features)[0] ?? 0) >= 0.5, `features ${features}`).to.equal(label === 1);
    const linearExamples: Example[] = XOR.map(([features, label]) => ({ features, norm: 1 / Math.sqrt(features.length), label, max: 'none' }));
    const linear = fit(linearExamples, 1);
    const right = linearExamples.filter((e) => {
      let z = linear.bias;
      for (const f of e.features) z += (linear.weights[f] ?? 0) * e.norm;
      return z >= 0 === (e.label === 1);
    });
    expect(right.length).to.be.below(XOR.length);
  });

  describe('quantisation round trip', () => {
    const network = trainMlp(examples, 1, { ...TINY, epochs: 20 });
    const file = quantiseMlp(network);
    const back = dequantiseMlp(file, 1);
    const table: Array<[string, Float32Array, Float32Array, number]> = [
      ['embeddings: within half a step of int8', network.embeddings, back.embeddings, file.scale / 2 + 1e-7],
      ['hidden layer: six significant digits', network.w1, back.w1, 1e-5],
      ['output layer: six significant digits', network.w2, back.w2, 1e-5],
    ];
    for (const [name, before, after, tolerance] of table) {
      it(name, () => {
        expect(after.length).to.equal(before.length);
        before.forEach((x, i) => expect(Math.abs(x - (after[i] ?? 0))).to.be.at.most(tolerance));
      });
    }
    it('the file is the same for the same weights (byte for byte)', () => expect(JSON.stringify(quantiseMlp(network))).to.equal(JSON.stringify(file)));
  });

  it('the bot blends the network and the linear heads as training does', () => {
    const network = trainMlp(
      examples.map((e) => ({ ...e, targets: MODEL_HEADS.map(() => e.targets[0] ?? 0) })),
      MODEL_HEADS.length,
      { ...TINY, bits: 17, epochs: 30 },
    );
    const mlp = quantiseMlp(network);
    const zeros = Buffer.alloc(1 << 17).toString('base64');
    const heads = Object.fromEntries(MODEL_HEADS.map((h) => [h, { bias: 0.5, scale: 1, threshold: 0.5, weights: zeros }])) as ModelFile['heads'];
    const model = RiskModel.fromFile({ version: 'test', featureBits: 17, heads, mlp, linearShare: 0.25 });
    const expected = mlpLogits(dequantiseMlp(mlp, MODEL_HEADS.length), [5, 9]);
    // Features 5 and 9 stand in for a text's: the bot's path from features to scores.
    const scores = model.scoresOfFeatures([5, 9]);
    MODEL_HEADS.forEach((head, k) => expect(scores[head]).to.be.closeTo(sigmoid(0.25 * 0.5 + 0.75 * (expected[k] ?? 0)), 1e-5));
  });
});

describe('risk/model/train: which rows choose the thresholds', () => {
  const row = (id: string, lang: string, round?: string): LabelledText => ({ id, text: 'x', risk_min: 'none', risk_max: 'none', categories: [], lang, round });
  const languages = ['ar', 'bn', 'cy', 'en', 'es', 'gu', 'pa', 'pl', 'pt', 'ro', 'ur', 'zh'];
  const writerRounds = ['first', 'more', 'third', 'fourth'];

  it('by rounds: each language holds back exactly one whole writing round', () => {
    for (const lang of languages) {
      const held = writerRounds.filter((round) => isValidation(row(`${lang}-1`, lang, round), 'rounds'));
      expect(held, lang).to.have.length(1);
      // Every row of that round, whatever its id.
      for (let i = 0; i < 20; i++) expect(isValidation(row(`${lang}-${i}`, lang, held[0]), 'rounds')).to.equal(true);
    }
  });

  it('by rounds: rows of other sources (contrast pairs, real texts) fall back to the id split', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `r-${i}`);
    const byRounds = ids.filter((id) => isValidation(row(id, 'en', 'real'), 'rounds'));
    expect(byRounds).to.deep.equal(ids.filter((id) => isValidation(row(id, 'en', 'real'), 'ids')));
    expect(byRounds.length).to.be.within(30, 90);
  });
});
