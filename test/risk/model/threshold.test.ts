import { expect } from 'chai';
import type { RiskLevel } from '../../../core/risk';
import { chooseThreshold, type Example, type Fitted } from '../../../risk/model/train';

/** A model that gives example i the probability scores[i] (one feature each, weight = logit). */
function modelOf(scores: number[]): { model: Fitted; examples: (label: 1 | -1, max: RiskLevel) => Example[] } {
  const weights = new Float64Array(scores.length);
  scores.forEach((p, i) => (weights[i] = Math.log(p / (1 - p))));
  return {
    model: { weights, bias: 0 },
    examples: (label, max) => scores.map((_, i) => ({ features: [i], norm: 1, label, max })),
  };
}

const spread = (n: number, from: number, to: number) => Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));

describe('risk model thresholds: each group of negatives keeps its own false-alarm budget', () => {
  // 100 calm texts scored 0.50..0.70 and 100 worried ones scored 0.60..0.98.
  const calm = spread(100, 0.5, 0.7);
  const worried = spread(100, 0.6, 0.98);
  const { model, examples } = modelOf([...calm, ...worried]);
  const negatives = [...examples(-1, 'none').slice(0, 100), ...examples(-1, 'concern').slice(100)];
  const flagged = (threshold: number, max: RiskLevel) =>
    negatives.filter((e) => e.max === max && model.weights[e.features[0]!]! >= Math.log(threshold / (1 - threshold))).length;

  const cases: { budget: number | Partial<Record<RiskLevel, number>>; calmAtMost: number; worriedAtMost: number }[] = [
    { budget: { none: 0.02, concern: 0.08 }, calmAtMost: 2, worriedAtMost: 8 },
    { budget: { none: 0.1, concern: 0.3 }, calmAtMost: 10, worriedAtMost: 30 },
    { budget: 0.02, calmAtMost: 2, worriedAtMost: 4 },
  ];
  for (const { budget, calmAtMost, worriedAtMost } of cases) {
    it(`budget ${JSON.stringify(budget)}: at most ${calmAtMost} calm and ${worriedAtMost} worried texts flagged`, () => {
      const threshold = chooseThreshold(model, negatives, budget);
      expect(flagged(threshold, 'none')).to.be.at.most(calmAtMost);
      expect(flagged(threshold, 'concern')).to.be.at.most(worriedAtMost);
    });
  }

  it('per-level budgets let the threshold go lower than one budget over all negatives would (recall)', () => {
    expect(chooseThreshold(model, negatives, { none: 0.02, concern: 0.08 })).to.be.below(chooseThreshold(model, negatives, 0.02));
  });
});
