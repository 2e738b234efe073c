/** From a risk assessment to the danger it describes: one row per kind of message, as the engine reports it. */
import { expect } from 'chai';
import { situationFor, type RiskFacts, type SituationChoice } from '../../conversation/crisisSituation';
import type { RiskCategory, RiskFlag, RiskLevel } from '../../core/risk';

const r = (level: RiskLevel, categories: RiskCategory[], ruleIds: string[] = [], flags: RiskFlag[] = []): RiskFacts => ({ level, categories, flags, ruleIds });

describe('situationFor', () => {
  const table: { name: string; risk: RiskFacts; young?: boolean; expected: SituationChoice | undefined }[] = [
    { name: 'nothing worrying', risk: r('none', []), expected: undefined },
    { name: 'a bare denial (concern, no body)', risk: r('concern', ['suicide_self_harm'], ['denial.suicide_en']), expected: undefined },
    { name: 'hardship at concern', risk: r('concern', ['hardship'], ['hardship.concern_all']), expected: undefined },
    {
      name: 'afraid of hurting the person cared for, at concern, by a rule: the harm reply',
      risk: r('concern', ['harm_to_others'], ['frame.harm_pt', 'model.concern']),
      expected: { situation: 'harm_to_others', also: [] },
    },
    {
      name: 'harm at concern from the model alone (a false alarm risk): no harm reply',
      risk: r('concern', ['harm_to_others'], ['model.concern']),
      expected: undefined,
    },
    { name: 'a denial of harming them (concern)', risk: r('concern', ['harm_to_others'], ['denial.harm_en']), expected: undefined },
    {
      name: 'a physical worry that is not an emergency',
      risk: r('concern', ['medical_emergency'], ['model.concern']),
      expected: { situation: 'physical', also: [] },
    },
    {
      name: 'an urgent physical worry (model only)',
      risk: r('urgent', ['medical_emergency'], ['model.urgent']),
      expected: { situation: 'physical', also: [] },
    },
    {
      name: 'collapsed and not breathing',
      risk: r('emergency', ['medical_emergency'], ['medical.breathing_en', 'medical.unresponsive_en']),
      expected: { situation: 'not_breathing', also: [] },
    },
    {
      name: 'not breathing in another language (frame)',
      risk: r('emergency', ['medical_emergency'], ['frame.breathing_en']),
      expected: { situation: 'not_breathing', also: [] },
    },
    {
      name: 'stroke signs',
      risk: r('emergency', ['medical_emergency'], ['frame.stroke_body_en', 'medical.chest_stroke_en']),
      expected: { situation: 'stroke', also: [] },
    },
    {
      name: 'chest pain',
      risk: r('emergency', ['medical_emergency'], ['frame.chest_pressure_en', 'medical.chest_stroke_en']),
      expected: { situation: 'chest_pain', also: [] },
    },
    {
      name: "the writer's own chest pain and a numb arm (a stray distress rule adds no suicide line)",
      risk: r(
        'emergency',
        ['suicide_self_harm', 'medical_emergency'],
        ['distress.hopeless_en', 'frame.chest_pressure_en', 'frame.stroke_body_en', 'medical.chest_stroke_en'],
      ),
      expected: { situation: 'chest_or_stroke', also: [] },
    },
    {
      name: 'chest or stroke, rule only',
      risk: r('emergency', ['medical_emergency'], ['medical.chest_stroke_en']),
      expected: { situation: 'chest_or_stroke', also: [] },
    },
    {
      name: 'heavy bleeding',
      risk: r('emergency', ['medical_emergency'], ['medical.bleeding_seizure_en']),
      expected: { situation: 'bleeding_or_seizure', also: [] },
    },
    {
      name: 'an overdose taken',
      risk: r('emergency', ['medical_emergency'], ['frame.overdose_amount_en', 'medical.overdose_en']),
      expected: { situation: 'overdose', also: [] },
    },
    {
      name: 'an overdose taken to die: 999 first, then the suicide line',
      risk: r('emergency', ['suicide_self_harm', 'medical_emergency'], ['medical.overdose_en', 'suicide.explicit_en']),
      expected: { situation: 'overdose', also: ['suicide'] },
    },
    {
      name: 'a medical emergency in Polish (no detail)',
      risk: r('emergency', ['medical_emergency'], ['medical.general_ml']),
      expected: { situation: 'medical_emergency', also: [] },
    },
    {
      name: 'chemotherapy fever',
      risk: r('emergency', ['medical_emergency'], ['medical.chemotherapy'], ['chemotherapy']),
      expected: { situation: 'chemo_fever', also: [] },
    },
    {
      name: 'chemotherapy, reported lower',
      risk: r('concern', ['medical_emergency'], ['medical.chemotherapy'], ['chemotherapy']),
      expected: { situation: 'chemo_fever', also: [] },
    },
    {
      name: 'spinal cord compression',
      risk: r('emergency', ['medical_emergency'], ['medical.spinal_cord_en']),
      expected: { situation: 'spinal_cord', also: [] },
    },
    { name: 'suicidal thoughts', risk: r('urgent', ['suicide_self_harm'], ['suicide.explicit_en']), expected: { situation: 'suicide', also: [] } },
    {
      name: 'someone else is suicidal',
      risk: r('urgent', ['suicide_self_harm'], ['suicide.third_party_en'], ['third_party']),
      expected: { situation: 'suicide_other', also: [] },
    },
    { name: 'thoughts of harming him', risk: r('urgent', ['harm_to_others'], ['harm.thoughts_en']), expected: { situation: 'harm_to_others', also: [] } },
    { name: 'a partner hits me', risk: r('urgent', ['abuse'], ['abuse.physical_en']), expected: { situation: 'abuse_partner', also: [] } },
    {
      name: 'an older person hurt by paid carers',
      risk: r('urgent', ['abuse'], ['abuse.older_person'], ['older_person']),
      expected: { situation: 'abuse_older', also: [] },
    },
    { name: 'a child hurt', risk: r('urgent', ['abuse'], ['abuse.child_en'], ['child']), expected: { situation: 'abuse_child', also: [] } },
    {
      name: 'a young writer disclosing abuse',
      risk: r('urgent', ['abuse'], ['abuse.physical_en']),
      young: true,
      expected: { situation: 'abuse_child', also: [] },
    },
    {
      name: 'scared of dropping him',
      risk: r('urgent', ['carer_breakdown'], ['breakdown.scared_drop_en']),
      expected: { situation: 'carer_breakdown', also: [] },
    },
    {
      name: 'collapsed with nobody to look after her',
      risk: r('urgent', ['carer_breakdown'], ['breakdown.collapse_unsafe_en']),
      expected: { situation: 'carer_collapse', also: [] },
    },
    {
      name: 'abused and suicidal: the suicide reply leads, the abuse line joins',
      risk: r('urgent', ['abuse', 'suicide_self_harm'], ['abuse.physical_en', 'suicide.explicit_en']),
      expected: { situation: 'suicide', also: ['abuse_partner'] },
    },
    { name: 'hardship raised to urgent: the 24/7 lines', risk: r('urgent', ['hardship']), expected: { situation: 'suicide', also: [] } },
    { name: 'a failed assessment (no categories)', risk: r('urgent', []), expected: { situation: 'suicide', also: [] } },
  ];
  for (const row of table) {
    it(row.name, () => {
      expect(situationFor(row.risk, row.young)).to.deep.equal(row.expected);
    });
  }
});
