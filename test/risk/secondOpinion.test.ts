/**
 * The second opinion's rule (risk/secondOpinion.ts): it raises to urgent per category and threshold,
 * never lowers, never reaches emergency, and records its name, version and outcome (never text).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { RISK_CATEGORIES, RISK_LEVELS, riskRank, type RiskCategory, type RiskLevel } from '../../core/risk';
import { applySecondOpinion, DEFAULT_THRESHOLDS, notAsked, wantsSecondOpinion, type SecondOpinionResult } from '../../risk/secondOpinion';
import type { RiskAssessment } from '../../risk/types';

const SOURCE = { name: 'azure-content-safety', version: '2024-09-01' };

function embedded(level: RiskLevel, categories: RiskCategory[] = [], ruleIds: string[] = []): RiskAssessment {
  return { level, categories, ruleIds, flags: [], rulesVersion: 'rules-1', modelVersion: 'model-1' };
}
const answered = (SelfHarm: number, Violence: number): SecondOpinionResult => ({ kind: 'answered', severities: { SelfHarm, Violence } });

describe('risk: the second opinion raises, never lowers', () => {
  const CASES: {
    label: string;
    embedded: RiskAssessment;
    result: SecondOpinionResult;
    thresholds?: { selfHarm: number; violence: number };
    level: RiskLevel;
    categories: RiskCategory[];
    added: string[];
    outcome: 'raised' | 'no_raise' | 'unavailable';
  }[] = [
    { label: 'none, all safe', embedded: embedded('none'), result: answered(0, 0), level: 'none', categories: [], added: [], outcome: 'no_raise' },
    {
      label: 'none, low self-harm (2) stays',
      embedded: embedded('none'),
      result: answered(2, 2),
      level: 'none',
      categories: [],
      added: [],
      outcome: 'no_raise',
    },
    {
      label: 'none, self-harm 4 → urgent suicide',
      embedded: embedded('none'),
      result: answered(4, 0),
      level: 'urgent',
      categories: ['suicide_self_harm'],
      added: ['second_opinion.self_harm'],
      outcome: 'raised',
    },
    {
      label: 'none, self-harm 6 → urgent, never emergency',
      embedded: embedded('none'),
      result: answered(6, 0),
      level: 'urgent',
      categories: ['suicide_self_harm'],
      added: ['second_opinion.self_harm'],
      outcome: 'raised',
    },
    {
      label: 'concern carer breakdown, self-harm 4 → urgent, both kept',
      embedded: embedded('concern', ['carer_breakdown'], ['model.concern']),
      result: answered(4, 0),
      level: 'urgent',
      categories: ['suicide_self_harm', 'carer_breakdown'],
      added: ['second_opinion.self_harm'],
      outcome: 'raised',
    },
    {
      label: 'none, violence 4 → urgent harm to others',
      embedded: embedded('none'),
      result: answered(0, 4),
      level: 'urgent',
      categories: ['harm_to_others'],
      added: ['second_opinion.violence'],
      outcome: 'raised',
    },
    {
      label: 'concern abuse, violence 6 → urgent abuse',
      embedded: embedded('concern', ['abuse'], ['model.concern']),
      result: answered(0, 6),
      level: 'urgent',
      categories: ['abuse'],
      added: ['second_opinion.violence'],
      outcome: 'raised',
    },
    {
      label: 'both at 6 → urgent, both categories',
      embedded: embedded('none'),
      result: answered(6, 6),
      level: 'urgent',
      categories: ['suicide_self_harm', 'harm_to_others'],
      added: ['second_opinion.self_harm', 'second_opinion.violence'],
      outcome: 'raised',
    },
    {
      label: 'threshold 6: self-harm 4 stays',
      embedded: embedded('none'),
      result: answered(4, 4),
      thresholds: { selfHarm: 6, violence: 6 },
      level: 'none',
      categories: [],
      added: [],
      outcome: 'no_raise',
    },
    {
      label: 'threshold 2: low self-harm raises',
      embedded: embedded('concern', ['carer_breakdown']),
      result: answered(2, 0),
      thresholds: { selfHarm: 2, violence: 4 },
      level: 'urgent',
      categories: ['suicide_self_harm', 'carer_breakdown'],
      added: ['second_opinion.self_harm'],
      outcome: 'raised',
    },
    {
      label: 'violence threshold apart: violence 4 under 6 stays',
      embedded: embedded('none'),
      result: answered(0, 4),
      thresholds: { selfHarm: 4, violence: 6 },
      level: 'none',
      categories: [],
      added: [],
      outcome: 'no_raise',
    },
    {
      label: 'emergency stays emergency, all safe',
      embedded: embedded('emergency', ['medical_emergency'], ['medical.breathing_en']),
      result: answered(0, 0),
      level: 'emergency',
      categories: ['medical_emergency'],
      added: [],
      outcome: 'no_raise',
    },
    {
      label: 'emergency stays emergency, self-harm adds its category',
      embedded: embedded('emergency', ['medical_emergency'], ['medical.overdose_en']),
      result: answered(6, 0),
      level: 'emergency',
      categories: ['suicide_self_harm', 'medical_emergency'],
      added: ['second_opinion.self_harm'],
      outcome: 'raised',
    },
    {
      label: 'urgent suicide from a rule, all safe: never lowered',
      embedded: embedded('urgent', ['suicide_self_harm'], ['suicide.intent_en']),
      result: answered(0, 0),
      level: 'urgent',
      categories: ['suicide_self_harm'],
      added: [],
      outcome: 'no_raise',
    },
    {
      label: 'urgent suicide, unavailable: unchanged',
      embedded: embedded('urgent', ['suicide_self_harm'], ['suicide.intent_en']),
      result: { kind: 'unavailable', reason: 'timeout' },
      level: 'urgent',
      categories: ['suicide_self_harm'],
      added: [],
      outcome: 'unavailable',
    },
    {
      label: 'concern, unavailable: unchanged',
      embedded: embedded('concern', ['hardship']),
      result: { kind: 'unavailable', reason: 'http' },
      level: 'concern',
      categories: ['hardship'],
      added: [],
      outcome: 'unavailable',
    },
    {
      label: 'a category not analysed counts as nothing',
      embedded: embedded('none'),
      result: { kind: 'answered', severities: { Hate: 6, Sexual: 6 } },
      level: 'none',
      categories: [],
      added: [],
      outcome: 'no_raise',
    },
  ];

  for (const c of CASES) {
    it(c.label, () => {
      const out = applySecondOpinion(c.embedded, c.result, SOURCE, c.thresholds ?? DEFAULT_THRESHOLDS);
      expect(out.level).to.equal(c.level);
      expect(out.categories).to.deep.equal(c.categories);
      expect(out.ruleIds).to.deep.equal([...c.embedded.ruleIds, ...c.added].sort());
      expect(out.secondOpinion).to.deep.equal({ ...SOURCE, outcome: c.outcome });
      // Everything else of the embedded assessment is kept as it was.
      expect({ ...out, level: 0, categories: 0, ruleIds: 0, secondOpinion: 0 }).to.deep.equal({
        ...c.embedded,
        level: 0,
        categories: 0,
        ruleIds: 0,
        secondOpinion: 0,
      });
    });
  }

  it('is asked only below urgent; at urgent or above it is recorded as not asked', () => {
    expect(RISK_LEVELS.filter((level) => wantsSecondOpinion({ level }))).to.deep.equal(['none', 'concern']);
    expect(notAsked(embedded('urgent'), SOURCE).secondOpinion).to.deep.equal({ ...SOURCE, outcome: 'not_asked' });
  });

  it('never lowers, never removes a category or rule, never makes an emergency (any input)', () => {
    const severity = fc.oneof(fc.integer({ min: 0, max: 7 }), fc.constant(Number.NaN), fc.constant(-1));
    fc.assert(
      fc.property(
        fc.constantFrom(...RISK_LEVELS),
        fc.subarray([...RISK_CATEGORIES]),
        fc.record({ SelfHarm: severity, Violence: severity, Hate: severity, Sexual: severity }, { requiredKeys: [] }),
        fc.record({ selfHarm: fc.integer({ min: 1, max: 7 }), violence: fc.integer({ min: 1, max: 7 }) }),
        (level, categories, severities, thresholds) => {
          const before = embedded(level, categories, ['rule.a']);
          const out = applySecondOpinion(before, { kind: 'answered', severities }, SOURCE, thresholds);
          expect(riskRank(out.level)).to.be.at.least(riskRank(level));
          if (level !== 'emergency') expect(out.level).not.to.equal('emergency');
          expect(out.categories).to.include.members(categories);
          expect(out.ruleIds).to.include('rule.a');
          expect(JSON.stringify(out.secondOpinion)).not.to.match(/text/i);
        },
      ),
    );
  });
});
