/** Which raises came from the model alone (recorded as "model.<level>") and which from a rule. */
import { expect } from 'chai';
import { assessRisk, isModelRuleId, raisedByModelAlone } from '../../risk';

describe('risk: raised by the model alone', () => {
  const table: Array<[string[], boolean]> = [
    [['model.concern'], true],
    [['model.urgent'], true],
    [['model.concern', 'breakdown.concern_en'], false],
    [['suicide.explicit_en'], false],
    [[], false],
  ];
  for (const [ruleIds, alone] of table) it(`${JSON.stringify(ruleIds)} -> ${alone}`, () => expect(raisedByModelAlone({ ruleIds })).to.equal(alone));

  it("the engine's own model ids are the ones recognised", () => {
    const ids = assessRisk('I want to die').ruleIds;
    expect(
      ids.some((id) => !isModelRuleId(id)),
      'a rule fired',
    ).to.equal(true);
    expect(isModelRuleId('model.emergency')).to.equal(true);
    expect(isModelRuleId('modelling.x')).to.equal(false);
  });
});
