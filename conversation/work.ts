/**
 * What the person said of their own work answers the work questions before they are asked:
 * "I've stopped working to look after her" is never asked "Are you working at the moment?",
 * nor "What's happening with work?", and never hears about juggling a job.
 */
import type { WorkStatus } from '../understanding/types';
import type { Situation } from './state';

const MONEY_WORK: Record<WorkStatus, string> = { stopped: 'gave_up', not_working: 'not_working', juggling: 'working', working: 'working' };

/** Takes in their work; the newest thing said wins. */
export function takeInWork(s: Situation, work: WorkStatus | undefined): void {
  if (!work) return;
  s.answers.money_work = MONEY_WORK[work];
  // Someone in work is still asked what is happening there (juggling, time off, thinking of leaving), unless they said.
  if (work === 'working') {
    if (s.answers.work_situation === 'stopped' || s.answers.work_situation === 'not_working') delete s.answers.work_situation;
  } else {
    s.answers.work_situation = work;
  }
}

/** Not in work now: told or answered (the money question's "No" and "I gave up work"). */
export function notInWork(s: Situation): boolean {
  const a = s.answers;
  return a.work_situation === 'stopped' || a.work_situation === 'not_working' || a.money_work === 'gave_up' || a.money_work === 'not_working';
}
