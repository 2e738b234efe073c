/** Risk vocabulary of ../shared/CONTRACTS.md. Pure types: no botbuilder here. */
import type { RiskCategory, RiskFlag, RiskLevel } from '../core/risk';

export interface RiskAssessment {
  level: RiskLevel;
  categories: RiskCategory[];
  /** IDs of the rules that fired, for audit and tests. */
  ruleIds: string[];
  flags: RiskFlag[];
  /** Version of the reviewed rule set in data/risk. */
  rulesVersion: string;
  /** Version of the trained model (data/risk/model.json), "none" when it could not be loaded. */
  modelVersion?: string;
  /** Set when the assessment itself failed: level is then `concern`. */
  failure?: string;
}
