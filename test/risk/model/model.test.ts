/** The trained model beside the rules: shipped, deterministic, bounded, and never able to lower a rule's level. */
import { expect } from 'chai';
import fc from 'fast-check';
import { riskRank, type RiskLevel } from '../../../core/risk';
import { assessRisk } from '../../../risk';
import { combine } from '../../../risk/assess';
import { emptyFinding, type Finding } from '../../../risk/engine';
import { FEATURE_BITS, featuresOf } from '../../../risk/model/features';
import { MODEL_HEADS, RiskModel, type ModelOpinion } from '../../../risk/model/model';
import { target, trainModel, type LabelledText } from '../../../risk/model/train';

describe('risk/model', () => {
  const model = RiskModel.load();

  it('the shipped model loads, with a version every assessment records', () => {
    expect(model.version).to.match(/^model-[0-9a-f]{12}$/);
    expect(assessRisk('hello').modelVersion).to.equal(model.version);
  });

  it('features are bucket indexes inside the hash space, the same for the same text', () => {
    const features = featuresOf('He has taken the whole box of his tablets');
    expect(features.length).to.be.greaterThan(10);
    for (const f of features) expect(f).to.be.within(0, (1 << FEATURE_BITS) - 1);
    expect(featuresOf('He has taken the whole box of his tablets')).to.deep.equal(features);
  });

  it('features fold what the rules fold: case, zero-width characters and look-alike letters change nothing', () => {
    const plain = featuresOf('i want to die');
    expect(featuresOf('I WANT TO DIE')).to.deep.equal(plain);
    expect(featuresOf('i w\u200bant to d\u200bie')).to.deep.equal(plain);
  });

  it('features of a 100,000-character paste stay bounded', () => {
    expect(featuresOf('word '.repeat(20_000)).length).to.be.below(10_000);
  });

  it('scores are probabilities for every head, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const scores = model.scores(text);
        for (const head of MODEL_HEADS) expect(scores[head]).to.be.within(0, 1);
      }),
      { numRuns: 200 },
    );
  });

  describe('training targets: a range that straddles a head says nothing for it', () => {
    const row = (min: RiskLevel, max: RiskLevel, categories: LabelledText['categories'] = []): LabelledText => ({
      id: 'x',
      text: 'x',
      risk_min: min,
      risk_max: max,
      categories,
    });
    const table: Array<[string, LabelledText, (typeof MODEL_HEADS)[number], 1 | -1 | 0]> = [
      ['urgent row is positive for >= concern', row('urgent', 'urgent'), 'concern', 1],
      ['urgent row is positive for >= urgent', row('urgent', 'urgent'), 'urgent', 1],
      ['urgent row is negative for emergency', row('urgent', 'urgent'), 'emergency', -1],
      ['none row is negative for >= concern', row('none', 'none'), 'concern', -1],
      ['concern..urgent says nothing for >= urgent', row('concern', 'urgent'), 'urgent', 0],
      ['a category listed is positive', row('urgent', 'urgent', ['abuse']), 'abuse', 1],
      ['another category of a labelled row is negative', row('urgent', 'urgent', ['abuse']), 'hardship', -1],
      ['a none row is negative for every category', row('none', 'none'), 'abuse', -1],
    ];
    for (const [name, labelled, head, expected] of table) it(name, () => expect(target(labelled, head)).to.equal(expected));
  });

  it('training is deterministic: the same rows give the same file', () => {
    const rows: LabelledText[] = [
      { id: 'a', text: 'I want to end it all tonight', risk_min: 'urgent', risk_max: 'urgent', categories: ['suicide_self_harm'] },
      { id: 'b', text: 'can I get help with money', risk_min: 'none', risk_max: 'none', categories: [] },
      { id: 'c', text: 'he is not breathing', risk_min: 'emergency', risk_max: 'emergency', categories: ['medical_emergency'] },
      { id: 'd', text: 'I cannot cope any more', risk_min: 'concern', risk_max: 'concern', categories: ['carer_breakdown'] },
    ];
    expect(JSON.stringify(trainModel(rows, 'test'))).to.equal(JSON.stringify(trainModel(rows, 'test')));
  });
});

describe('assessRisk with the model', () => {
  it('the model never lowers what a rule found (urgent stays urgent whatever the scores)', () => {
    fc.assert(
      fc.property(fc.constantFrom('I want to kill myself', 'he has stopped breathing', 'my son hits my mum'), fc.string({ maxLength: 80 }), (risky, noise) => {
        const alone = assessRisk(risky);
        const padded = assessRisk(`${noise} ${risky}`);
        expect(riskRank(padded.level)).to.be.at.least(riskRank(alone.level));
      }),
      { numRuns: 100 },
    );
  });

  it('an idiom the rules recognise vetoes a raise by the model alone', () => {
    const result = assessRisk('this form is killing me');
    expect(result.level).to.equal('none');
    expect(result.ruleIds.some((id) => id.startsWith('model.'))).to.equal(false);
  });

  describe('combining the layers (combine)', () => {
    const ZERO = Object.fromEntries(MODEL_HEADS.map((h) => [h, 0])) as Record<(typeof MODEL_HEADS)[number], number>;
    const opinion = (level: RiskLevel, categories: ModelOpinion['categories'] = [], scores: Partial<typeof ZERO> = {}): ModelOpinion => ({
      level,
      categories,
      scores: { ...ZERO, ...scores },
    });
    const finding = (level: RiskLevel, ruleIds: string[] = []): Finding => ({ ...emptyFinding(), level, ruleIds: new Set(ruleIds) });
    const idioms = new Set(['idiom.en']);
    const table: Array<[string, Finding, ModelOpinion, RiskLevel, string[], string[]]> = [
      ['the model raises, and says so with its categories', finding('none'), opinion('urgent', ['abuse']), 'urgent', ['model.urgent'], ['abuse']],
      [
        'a raise with no category takes the strongest category head',
        finding('concern'),
        opinion('emergency', [], { medical_emergency: 0.9, abuse: 0.2 }),
        'emergency',
        ['model.emergency'],
        ['medical_emergency'],
      ],
      ['the model never lowers a rule', finding('urgent', ['suicide.explicit_en']), opinion('none'), 'urgent', ['suicide.explicit_en'], []],
      [
        'the same level adds nothing',
        finding('concern', ['distress.hopeless_en']),
        opinion('concern', ['carer_breakdown']),
        'concern',
        ['distress.hopeless_en'],
        [],
      ],
      [
        'an idiom the rules found vetoes a raise by the model alone',
        finding('none', ['idiom.en']),
        opinion('urgent', ['suicide_self_harm']),
        'none',
        ['idiom.en'],
        [],
      ],
      ['no model, no change', finding('none'), undefined as unknown as ModelOpinion, 'none', [], []],
    ];
    for (const [name, before, model, level, ruleIds, categories] of table) {
      it(name, () => {
        combine(before, model, idioms);
        expect(before.level).to.equal(level);
        expect([...before.ruleIds]).to.deep.equal(ruleIds);
        expect([...before.categories]).to.deep.equal(categories);
      });
    }
  });
});
