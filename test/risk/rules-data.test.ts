import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { compileRuleSet, loadRuleSetData, type RuleSetData } from '../../risk/rules';
import { emptyFinding, evaluateTokens } from '../../risk/engine';
import { normalizedTokens } from '../../text/normalize';

const data = loadRuleSetData();
const schema = JSON.parse(readFileSync(new URL('../../data/risk/rules.schema.json', import.meta.url), 'utf8')) as object;
const compiled = compileRuleSet(data);

function firedIds(text: string, set = compiled): Set<string> {
  const finding = emptyFinding();
  evaluateTokens(normalizedTokens(text), set, finding);
  return finding.ruleIds;
}

describe('data/risk/rules.json', () => {
  it('matches its JSON Schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const ok = validate(data);
    expect(ok, JSON.stringify(validate.errors, null, 1)).to.equal(true);
  });

  it('covers all twelve languages', () => {
    const languages = new Set(data.rules.flatMap((r) => r.languages));
    for (const lang of ['en', 'cy', 'pl', 'ro', 'pa', 'ur', 'bn', 'ar', 'gu', 'pt', 'es', 'zh']) {
      expect(languages.has(lang), lang).to.equal(true);
    }
  });

  for (const rule of data.rules.filter((r) => r.enabled)) {
    describe(rule.id, () => {
      for (const example of rule.examples.flag) {
        it(`fires on: ${example}`, () => expect([...firedIds(example)]).to.include(rule.id));
      }
      for (const example of rule.examples.not) {
        it(`stays quiet on: ${example}`, () => expect([...firedIds(example)]).not.to.include(rule.id));
      }
    });
  }

  it('skips a rule with enabled:false', () => {
    const rule = data.rules.find((r) => r.id === 'suicide.explicit_en');
    expect(rule).to.not.equal(undefined);
    const disabled: RuleSetData = {
      ...data,
      rules: data.rules.map((r) => (r.id === 'suicide.explicit_en' ? { ...r, enabled: false, disabled_reason: 'test: proves disabled rules are skipped' } : r)),
    };
    expect([...firedIds('I want to die')]).to.include('suicide.explicit_en');
    expect([...firedIds('I want to die', compileRuleSet(disabled))]).not.to.include('suicide.explicit_en');
  });

  it('rejects duplicate rule ids', () => {
    const first = data.rules[0];
    if (!first) throw new Error('no rules');
    expect(() => compileRuleSet({ ...data, rules: [first, first] })).to.throw(/duplicate/);
  });
});
