/**
 * What one turn adds to the counters. A conversation counts once in each row it reaches
 * (it started, it used Welsh, it raised money worries, it reached urgent risk, …): what it
 * has already been counted for is kept as short tags in its own state, which expires and is
 * erased with it. Pure: the bot (bots/turnSteps.ts) gathers the observation and records.
 */
import type { InsightEvent } from './model';

export interface UnmetNeed {
  topic: string;
  council: string;
}

export interface TurnObservation {
  /** Tags already counted for this conversation (from its state). */
  counted: readonly string[];
  /** The person wrote (a welcome on opening the chat is not a conversation yet). */
  message: boolean;
  channel: string;
  language: string;
  risk: string;
  topics: readonly string[];
  /** The council code of the place they gave, when they gave one. */
  council?: string;
  /** The conversation's hand-off state before and after the turn. */
  handoffBefore?: string;
  handoffAfter?: string;
  /** Topics answered with "nothing local" this turn, by council. */
  unmet: readonly UnmetNeed[];
}

/** Enough for every topic, language and council a conversation can reach; past it nothing new is counted. */
export const MAX_TAGS = 200;

export function turnEvents(o: TurnObservation): { events: InsightEvent[]; counted: string[] } {
  const counted = [...o.counted];
  const seen = new Set(counted);
  const events: InsightEvent[] = [];
  const once = (tag: string, ...add: InsightEvent[]) => {
    if (seen.has(tag) || counted.length >= MAX_TAGS) return;
    seen.add(tag);
    counted.push(tag);
    events.push(...add);
  };
  if (!o.message && !seen.has('start')) return { events, counted };
  once('start', { metric: 'conversations', category: 'started' }, { metric: 'channel', category: o.channel });
  if (o.message) once(`l:${o.language}`, { metric: 'language', category: o.language });
  if (o.risk !== 'none') once(`r:${o.risk}`, { metric: 'risk', category: o.risk });
  for (const topic of new Set(o.topics)) once(`t:${topic}`, { metric: 'topic', category: topic });
  if (o.council) once(`p:${o.council}`, { metric: 'council', category: o.council });
  for (const { topic, council } of o.unmet) once(`u:${topic}/${council}`, { metric: 'unmet', category: `${topic}/${council}` });
  if (o.handoffAfter !== o.handoffBefore && o.handoffAfter === 'callback_requested') once('h:callback', { metric: 'handoff', category: 'callback' });
  return { events, counted };
}
