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
  /** The optional second opinion (risk/secondOpinion.ts), when one is configured: who, which version, what it did. */
  secondOpinion?: SecondOpinionRecord;
}

/** What the audit trail and state keep of a second opinion: never the text, never its scores. */
export interface SecondOpinionRecord {
  /** "azure-content-safety" */
  name: string;
  /** The service's API version. */
  version: string;
  /** raised: it raised the level or added a category; no_raise: it answered, nothing changed; unavailable: off, slow or
   *  failed, the embedded assessment stood alone; not_asked: the embedded level was already urgent or higher. */
  outcome: 'raised' | 'no_raise' | 'unavailable' | 'not_asked';
}
