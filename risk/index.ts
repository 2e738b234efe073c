/** Public API of the risk engine. */
export { assessRisk, needsAction } from './assess';
export * from './types';
export type { RuleData, RuleSetData, RuleKind } from './rules';
