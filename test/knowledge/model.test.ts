/** The knowledge classifier (knowledge/model.ts) and how the matcher blends it with the similarity. */
import { statSync } from 'node:fs';
import { expect } from 'chai';
import { KNOWLEDGE_DIR, knowledge, NO_CARD, readCardModel } from '../../knowledge';
import { FOLDS, heldOutOpinions } from '../../knowledge/calibrate';
import { blend, MODEL_WEIGHT, type Example } from '../../knowledge/matcher';
import { CardModel, FEATURE_BITS, hashedFeatures, quantise, trainCardModel } from '../../knowledge/model';

const TINY = [
  { cardId: 'blue-badge', text: 'can my mum get a blue badge for parking' },
  { cardId: 'blue-badge', text: 'disabled parking permit for my dad' },
  { cardId: 'blue-badge', text: 'how to apply for a blue badge' },
  { cardId: 'register', text: 'how do I register a death' },
  { cardId: 'register', text: 'where do we register my husband’s death' },
  { cardId: 'register', text: 'death certificate and registering' },
  { cardId: NO_CARD, text: 'what is the weather tomorrow' },
  { cardId: NO_CARD, text: 'hello' },
];
const OPTIONS = { epochs: 20, rate: 0.5, l2: 1e-5, seed: 1 };
const tiny = trainCardModel(TINY, OPTIONS);

describe('knowledge classifier', () => {
  for (const text of ['how much is carers allowance', 'Cómo registro una defunción', '我妈妈可以申请蓝色徽章吗', 'a', '']) {
    it(`hashes "${text}" to sorted buckets with unit norm`, () => {
      const { ids, values } = hashedFeatures(text);
      expect(ids).to.deep.equal([...ids].sort((a, b) => a - b));
      for (const id of ids) expect(id).to.be.within(0, (1 << FEATURE_BITS) - 1);
      const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));
      if (ids.length) expect(norm).to.be.closeTo(1, 1e-9);
      expect(hashedFeatures(text)).to.deep.equal({ ids, values });
    });
  }

  it('trains deterministically: the same texts and seed give the same weights', () => {
    const again = trainCardModel(TINY, OPTIONS);
    expect(again.labels).to.deep.equal(['blue-badge', 'register', NO_CARD]);
    expect(Buffer.from(again.weights.buffer).equals(Buffer.from(tiny.weights.buffer))).to.equal(true);
  });

  const CASES: [string, string][] = [
    ['apply for a blue badge for my wife', 'blue-badge'],
    ['registering a death', 'register'],
    ['hello there', NO_CARD],
  ];
  for (const [text, label] of CASES) {
    it(`"${text}" -> ${label}, exact and int8-quantised`, () => {
      for (const model of [CardModel.fromWeights(tiny), CardModel.fromFile(quantise(tiny))]) {
        const p = model.probabilities(text);
        expect(p.reduce((a, b) => a + b, 0)).to.be.closeTo(1, 1e-9);
        expect(model.labels[p.indexOf(Math.max(...p))]).to.equal(label);
      }
    });
  }

  it('the shipped model knows every card and "none", and stays small', () => {
    const { kb } = knowledge();
    expect([...readCardModel().labels].sort()).to.deep.equal([...kb.cards.map((c) => c.id), NO_CARD].sort());
    expect(statSync(new URL('model.json', KNOWLEDGE_DIR)).size).to.be.at.most(3_000_000);
  });

  it(`scores each example by a model trained without its fold (${FOLDS}-fold), the wording by none`, () => {
    const examples: Example[] = [
      ...TINY.map((e) => ({ ...e, language: 'en' as const })),
      { cardId: 'register', language: 'en', text: 'Register a death within 5 days', wording: true },
    ];
    const opinions = heldOutOpinions(examples, OPTIONS);
    expect(opinions.map((o) => o === undefined)).to.deep.equal(examples.map((e) => e.wording === true));
    for (const o of opinions) if (o) expect(Array.from(o.probabilities).reduce((a, b) => a + b, 0)).to.be.closeTo(1, 1e-9);
    expect(heldOutOpinions(examples, OPTIONS)).to.deep.equal(opinions);
  });

  const BLENDS: { name: string; similarity: { cardId: string; score: number }[]; probabilities?: number[]; best: string }[] = [
    {
      name: 'no opinion: the similarity alone',
      similarity: [
        { cardId: 'a', score: 0.5 },
        { cardId: 'b', score: 0.4 },
      ],
      best: 'a',
    },
    {
      name: 'a sure classifier overturns a small lead',
      similarity: [
        { cardId: 'a', score: 0.5 },
        { cardId: 'b', score: 0.45 },
      ],
      probabilities: [0, 1, 0],
      best: 'b',
    },
    { name: 'a card the similarity never reached still counts', similarity: [{ cardId: 'a', score: 0.05 }], probabilities: [0, 0, 1], best: NO_CARD },
  ];
  for (const { name, similarity, probabilities, best } of BLENDS) {
    it(`blend: ${name}`, () => {
      const out = blend(similarity, probabilities && { labels: ['a', 'b', NO_CARD], probabilities });
      expect(out[0]!.cardId).to.equal(best);
      if (probabilities)
        expect(out.find((s) => s.cardId === 'a')!.score).to.be.closeTo((1 - MODEL_WEIGHT) * similarity[0]!.score + MODEL_WEIGHT * probabilities[0]!, 1e-12);
    });
  }
});
