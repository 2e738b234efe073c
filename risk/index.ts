/** Public API of the risk engine. */
export { assessRisk, isModelRuleId, needsAction, raisedByModelAlone } from './assess';
export * from './types';
export {
  applySecondOpinion,
  DEFAULT_THRESHOLDS,
  HARM_CATEGORIES,
  isSecondOpinionRuleId,
  notAsked,
  wantsSecondOpinion,
  type HarmCategory,
  type SecondOpinion,
  type SecondOpinionResult,
  type SecondOpinionThresholds,
  type UnavailableReason,
} from './secondOpinion';
export type { RuleData, RuleSetData, RuleKind } from './rules';
