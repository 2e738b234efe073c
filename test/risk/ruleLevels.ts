/** Table runner for the rules alone: each text, per language, gets exactly the level given. */
import { expect } from 'chai';
import { emptyFinding, engine } from '../../risk/engine';
import type { RiskLevel } from '../../core/risk';

export type LevelTables = Record<string, [string, RiskLevel][]>;

export function describeRuleLevels(title: string, tables: LevelTables): void {
  describe(title, () => {
    for (const [lang, rows] of Object.entries(tables)) {
      describe(lang, () => {
        for (const [text, level] of rows) {
          it(`${level}: ${text}`, () => {
            const finding = emptyFinding();
            engine.evaluate(text, finding);
            expect(finding.level, [...finding.ruleIds].join(' ')).to.equal(level);
          });
        }
      });
    }
  });
}
