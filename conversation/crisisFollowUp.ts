/**
 * After a crisis reply: is the crisis still on, does this message carry it on
 * or move on, and does the person say they are not safe. Pure: the dialogs
 * decide what to say from these answers.
 */
import { readFileSync } from 'node:fs';
import type { TopicId } from '../core/topics';
import { riskRank } from '../core/risk';
import { normalizeForMatching } from '../text/normalize';
import type { Understanding } from '../understanding/types';
import type { CrisisMemory } from './state';
import { FOCUS_SCORE } from './answers';

/** A crisis stays the subject this long after the latest reply about it. */
export const CRISIS_LAPSE_MS = 30 * 60 * 1000;

/** Topics that belong to a crisis ("I'm so scared", "they're taking him to hospital"): no new subject. */
const CRISIS_TOPICS: ReadonlySet<TopicId> = new Set(['feelings', 'illness_info', 'own_health', 'hospital', 'human']);

/** Commands that clearly leave the crisis behind; "help", "what now" and "next steps" do not. */
const MOVING_ON = new Set(['restart', 'delete_data', 'change_language', 'privacy', 'sms_stop']);

/** The crisis memory while it is still the subject, else undefined. */
export function liveCrisis(memory: CrisisMemory | undefined, now: Date): CrisisMemory | undefined {
  if (!memory) return undefined;
  const age = now.getTime() - Date.parse(memory.at);
  return Number.isFinite(age) && age >= 0 && age < CRISIS_LAPSE_MS ? memory : undefined;
}

/** An urgent or emergency crisis is live: a follow-up carries it on. */
export function carriesOn(memory: CrisisMemory | undefined, now: Date): boolean {
  const live = liveCrisis(memory, now);
  return Boolean(live) && riskRank(live!.level) >= riskRank('urgent');
}

/** A new subject: a clear ask about something else, a place to search, or a command that leaves. */
export function movesOn(understanding: Understanding): boolean {
  if (understanding.command && MOVING_ON.has(understanding.command)) return true;
  if (understanding.entities.postcode) return true;
  return understanding.topics.some((topic) => topic.score >= FOCUS_SCORE && !CRISIS_TOPICS.has(topic.id));
}

const PHRASES: string[] = Object.values(
  (JSON.parse(readFileSync(new URL('../data/crisis/not-safe.json', import.meta.url), 'utf8')) as { phrases: Record<string, string[]> }).phrases,
)
  .flat()
  .map((phrase) => normalizeForMatching(phrase));

/** "No, I'm not safe", in any of our languages. */
export function saysNotSafe(text: string): boolean {
  const folded = normalizeForMatching(text);
  return PHRASES.some((phrase) => folded.includes(phrase));
}
