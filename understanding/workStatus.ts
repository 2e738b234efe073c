/**
 * Whether the person works, when their own words already say so ("I've stopped working to look
 * after her", "przestałam pracować"): the conversation then neither asks "Are you working?" nor
 * talks about juggling a job. First-person statements only (data/understanding/work-status.json);
 * "I'm not working any more" is a stop.
 */
import type { WorkStatus } from './types';
import { statementFinder } from './statements';

export const findWorkStatus = statementFinder<WorkStatus>(new URL('../data/understanding/work-status.json', import.meta.url), [
  'stopped',
  'not_working',
  'juggling',
  'working',
]);
