/**
 * The turn's part in insight (insight/): a hook in the guide for "nothing local" answers, and,
 * as the turn finishes, what this conversation adds to the counters (insight/facts.ts), recorded
 * without waiting. Counting can never break a turn: any failure is logged by name only.
 */
import type { TurnContext } from 'botbuilder';
import { canonicalCouncilCode } from '../catalogue';
import type { GuideContext } from '../conversation/context';
import type { ConversationData } from '../conversation/state';
import { turnEvents, type UnmetNeed } from '../insight/facts';
import type { InsightRecorder } from '../insight/recorder';
import type { Logger } from '../ops/logger';
import type { TurnRun } from './turnRun';

interface Watched {
  handoffBefore: string;
  unmet: UnmetNeed[];
}

const watched = new WeakMap<ConversationData, Watched>();

/** The guide of a turn, with the hook conversation/localHelpReply.ts calls when it finds nothing local. */
export function watchGuide(guide: GuideContext, data: ConversationData): GuideContext {
  const seen: Watched = { handoffBefore: data.handoff, unmet: [] };
  watched.set(data, seen);
  return { ...guide, noteNothingLocal: (topic, council) => void seen.unmet.push({ topic, council }) };
}

function councilOf(data: ConversationData): string | undefined {
  const { councilCodes, council } = data.situation;
  return councilCodes?.[0] ?? (council ? (canonicalCouncilCode(council) ?? council) : undefined);
}

/** Before the state is saved: the conversation's counted tags move on, and the new counts are recorded. */
export function countTurn(context: TurnContext, run: TurnRun, recorder: InsightRecorder | undefined, logger: Logger): void {
  if (!recorder || run.erased) return;
  try {
    const { data, guide, risk, org } = run.turn;
    const seen = watched.get(data);
    const { events, counted } = turnEvents({
      counted: data.insight ?? [],
      message: context.activity.type === 'message',
      channel: run.caps.kind,
      language: guide.language,
      risk: risk.level,
      topics: [...run.understanding.topics.map((t) => t.id), ...data.situation.topics, ...(data.situation.focus ? [data.situation.focus] : [])],
      council: councilOf(data),
      handoffBefore: seen?.handoffBefore,
      handoffAfter: data.handoff,
      unmet: seen?.unmet ?? [],
    });
    if (events.length === 0) return;
    data.insight = counted;
    recorder.record(org.id, events);
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.name : 'error' }, 'insight not counted');
  }
}
