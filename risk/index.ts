/** Public API of the risk engine. */
export { assessRisk, isModelRuleId, needsAction, raisedByModelAlone } from './assess';
export * from './types';
export type { RuleData, RuleSetData, RuleKind } from './rules';
