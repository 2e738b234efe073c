/**
 * What insight counts: aggregate counters, one per (organisation, week, metric, category).
 * Conversations, not people: no text, no conversation key, no identifier of any kind is part
 * of a counter, so "delete my data" has nothing here to erase (docs/DATA-INVENTORY.md).
 */

/** The tables of the dashboard, in the order it shows them. */
export const METRICS = ['conversations', 'channel', 'language', 'topic', 'risk', 'council', 'handoff', 'wait', 'unmet'] as const;
export type Metric = (typeof METRICS)[number];

/** What became of a request for a person. `requested` is the row the others are out of. */
export const HANDOFF_OUTCOMES = ['requested', 'taken', 'callback', 'left'] as const;
export type HandoffOutcome = (typeof HANDOFF_OUTCOMES)[number];

/** Waiting time until an advisor took the conversation, in buckets (upper bounds in minutes). */
export const WAIT_BUCKETS = [
  { id: 'under-1m', maxMinutes: 1 },
  { id: '1-5m', maxMinutes: 5 },
  { id: '5-15m', maxMinutes: 15 },
  { id: '15-30m', maxMinutes: 30 },
  { id: '30-60m', maxMinutes: 60 },
  { id: 'over-1h', maxMinutes: Infinity },
] as const;

export function waitBucket(ms: number): string {
  const minutes = Math.max(0, ms) / 60_000;
  return (WAIT_BUCKETS.find((b) => minutes < b.maxMinutes) ?? WAIT_BUCKETS[WAIT_BUCKETS.length - 1]).id;
}

/** One increment: `category` is a topic id, a language code, a council code, …; `unmet` is `topic/council`. */
export interface InsightEvent {
  metric: Metric;
  category: string;
}

/** A counter as stored and read back. */
export interface Count {
  org: string;
  week: string;
  metric: Metric;
  category: string;
  value: number;
}

/** Categories are short codes we produce ourselves; anything else is refused rather than stored. */
const CATEGORY = /^[A-Za-z0-9_.:/-]{1,64}$/;
const ORG = /^[A-Za-z0-9_-]{1,64}$/;

export function validEvent(org: string, event: InsightEvent): boolean {
  return ORG.test(org) && (METRICS as readonly string[]).includes(event.metric) && CATEGORY.test(event.category);
}

/** ISO 8601 week of a date, in UTC: `2026-W49`. Weeks start on Monday. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export const WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

/** The Monday (UTC) a week starts on. */
export function weekStart(week: string): Date {
  const [year, w] = [Number(week.slice(0, 4)), Number(week.slice(6))];
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * 86_400_000);
  return new Date(monday.getTime() + (w - 1) * 7 * 86_400_000);
}

/** `count` weeks ending with `last`, oldest first. */
export function weeksEnding(last: string, count: number): string[] {
  const end = weekStart(last).getTime();
  return Array.from({ length: count }, (_, i) => isoWeek(new Date(end - (count - 1 - i) * 7 * 86_400_000)));
}

/** The weeks from `from` to `to` inclusive (at most `max`), oldest first. */
export function weeksBetween(from: string, to: string, max = 53): string[] {
  const start = weekStart(from).getTime();
  const end = weekStart(to).getTime();
  if (end < start) return [];
  const count = Math.min(max, Math.round((end - start) / (7 * 86_400_000)) + 1);
  return weeksEnding(isoWeek(new Date(start + (count - 1) * 7 * 86_400_000)), count);
}
