/**
 * Rules 2026-12-07.19, found by the risk-replies conversation table: "mi marido dice que quiere
 * morir" (the person cared for says they want to die) was no risk in Spanish, Portuguese, Arabic
 * and Gujarati, and "my husband hits me" carried the child flag (an adult woman was given
 * Childline first). Rules alone, so a retrain cannot move these.
 */
import { expect } from 'chai';
import { emptyFinding, engine } from '../../risk/engine';

/** [text, the rules' level, whether the third_party / child flag is expected]. */
type Row = [string, 'urgent' | 'none', ('third_party' | 'child')[]];

const ROWS: Row[] = [
  // The person cared for says they want to die: urgent, about a third party.
  ['mi marido dice que quiere morir', 'urgent', ['third_party']],
  ['mi madre dice que se quiere morir', 'urgent', ['third_party']],
  ['mi padre quiere matarse', 'urgent', ['third_party']],
  ['minha mãe diz que quer morrer', 'urgent', ['third_party']],
  ['o meu pai quer se matar', 'urgent', ['third_party']],
  ['أمي تقول إنها تريد أن تموت', 'urgent', ['third_party']],
  ['زوجي يقول انه يبي يموت', 'urgent', ['third_party']],
  ['મમ્મી કહે છે કે તે મરવા માંગે છે', 'urgent', ['third_party']],
  // Where someone wishes to die at the end of an illness is not a wish to die now.
  ['mi madre quiere morir en casa, no en el hospital', 'none', []],
  ['a minha mãe quer morrer em casa', 'none', []],
  ['أمي تريد أن تموت في البيت وليس في المستشفى', 'none', []],
  ['لا أريد أن تموت أمي', 'none', []],
  // A partner hurting an adult is abuse, not child abuse; a child told of is.
  ["my husband hits me and I'm frightened", 'urgent', []],
  ['my boyfriend hurts me', 'urgent', []],
  ['my husband hits the kids', 'urgent', ['child']],
  ["my mum's boyfriend hits me", 'urgent', ['child']],
  ['im 11 and my stepdad hits me', 'urgent', ['child']],
];

describe('a third party wishing to die, and who is a child (rules 2026-12-07.19)', () => {
  for (const [text, level, flags] of ROWS) {
    it(`${level} ${flags.join(',')}: ${text}`, () => {
      const finding = emptyFinding();
      engine.evaluate(text, finding);
      const got = `${finding.level} [${[...finding.ruleIds].join(' ')}] flags ${[...finding.flags].join(',')}`;
      expect(finding.level, got).to.equal(level);
      for (const flag of ['third_party', 'child'] as const) {
        expect([...finding.flags].includes(flag), got).to.equal(flags.includes(flag));
      }
    });
  }
});
