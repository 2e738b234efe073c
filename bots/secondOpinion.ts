/**
 * The turn's optional second opinion on risk (issue 13; risk/secondOpinion.ts is the port and the
 * rule). The embedded assessment has already answered; the second opinion is asked only when it
 * could still raise the level (below urgent), and the turn waits for it at most its budget, whatever
 * the client does: a crisis the embedded engine found is never delayed, and a hung call costs at
 * most the budget (config.ts keeps it ≤ 1 s, so with the storage budget the fail-safe still speaks
 * within 3 s). Never throws.
 */
import type { ConversationData } from '../conversation/state';
import type { RiskAssessment } from '../risk/types';
import {
  applySecondOpinion,
  notAsked,
  wantsSecondOpinion,
  type SecondOpinion,
  type SecondOpinionResult,
  type SecondOpinionThresholds,
} from '../risk/secondOpinion';
import type { Logger } from '../ops/logger';

export interface SecondOpinionDeps {
  client: SecondOpinion;
  thresholds: SecondOpinionThresholds;
  /** The most a turn waits for it, in ms. */
  budgetMs: number;
}

export async function withSecondOpinion(
  second: SecondOpinionDeps | undefined,
  logger: Pick<Logger, 'warn'>,
  text: string,
  embedded: RiskAssessment,
  language?: string,
): Promise<RiskAssessment> {
  if (!second || !text.trim()) return embedded;
  if (!wantsSecondOpinion(embedded)) return notAsked(embedded, second.client);
  const result = await withinBudget(second.client, text, language, second.budgetMs, logger);
  try {
    return applySecondOpinion(embedded, result, second.client, second.thresholds);
  } catch {
    // A client that broke its contract (an answer of the wrong shape): as if it were unavailable.
    return applySecondOpinion(embedded, { kind: 'unavailable', reason: 'malformed' }, second.client);
  }
}

function withinBudget(client: SecondOpinion, text: string, language: string | undefined, budgetMs: number, logger: Pick<Logger, 'warn'>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unavailable = (reason: 'timeout' | 'network'): SecondOpinionResult => {
    logger.warn({ secondOpinion: client.name, reason }, 'second opinion unavailable: the embedded assessment stands');
    return { kind: 'unavailable', reason };
  };
  const late = new Promise<SecondOpinionResult>((resolve) => (timer = setTimeout(() => resolve(unavailable('timeout')), budgetMs)));
  const asked = Promise.resolve()
    .then(() => client.analyze(text, language))
    .catch(() => unavailable('network'));
  return Promise.race([asked, late]).finally(() => clearTimeout(timer));
}

/** What state and the turn's log keep of an assessment's sources: versions and the second opinion's outcome, never text. */
export function riskVersionsOf(risk: RiskAssessment): NonNullable<ConversationData['riskVersions']> {
  return { rules: risk.rulesVersion, model: risk.modelVersion ?? 'none', ...(risk.secondOpinion ? { second: risk.secondOpinion } : {}) };
}
