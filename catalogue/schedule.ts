/** Opening hours in words: localised summaries of the weekly rules in core/hours.ts. */
import { daysOf, isAlwaysOpen, WEEKDAYS, type Schedule, type Weekday } from '../core/hours';

/** locale -> its weekday names: an Intl formatter is costly to build, and every result card asks. */
const NAMES = new Map<string, Record<Weekday, string>>();

/** Localised short weekday names, Monday first. 1 January 2024 was a Monday. */
function weekdayNames(locale: string): Record<Weekday, string> {
  let names = NAMES.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    names = Object.fromEntries(WEEKDAYS.map((code, i) => [code, format.format(new Date(Date.UTC(2024, 0, 1 + i)))])) as Record<Weekday, string>;
    NAMES.set(locale, names);
  }
  return names;
}

/** "Mon–Fri" for a run of 3+ days, "Sat, Sun" otherwise. */
function dayRanges(days: readonly Weekday[], names: Record<Weekday, string>): string {
  const indexes = [...new Set(days.map((d) => WEEKDAYS.indexOf(d)))].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const i of indexes) {
    const last = runs.at(-1);
    if (last && last.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${names[WEEKDAYS[run[0]]]}–${names[WEEKDAYS[run.at(-1) ?? run[0]]]}` : run.map((i) => names[WEEKDAYS[i]]).join(', ')))
    .join(', ');
}

/**
 * "Mon–Fri 08:00–20:00; Sat, Sun 10:00–16:00" in the given locale; `labels.always`
 * for round-the-clock services; days with no hours end as "<days> <closed>".
 * Empty string when there is no schedule.
 */
export function formatSchedule(schedules: readonly Schedule[], locale: string, labels: { always: string; closed: string }): string {
  if (schedules.length === 0) return '';
  if (isAlwaysOpen(schedules)) return labels.always;
  const names = weekdayNames(locale);
  const byHours = new Map<string, Weekday[]>();
  for (const rule of schedules) {
    const hours = `${rule.opens_at}–${rule.closes_at}`;
    byHours.set(hours, [...(byHours.get(hours) ?? []), ...daysOf(rule.byday)]);
  }
  const groups = [...byHours.entries()]
    .sort(([, a], [, b]) => Math.min(...a.map((d) => WEEKDAYS.indexOf(d))) - Math.min(...b.map((d) => WEEKDAYS.indexOf(d))))
    .map(([hours, days]) => `${dayRanges(days, names)} ${hours}`);
  const covered = new Set(schedules.flatMap((s) => daysOf(s.byday)));
  const closedDays = WEEKDAYS.filter((d) => !covered.has(d));
  if (closedDays.length > 0) groups.push(`${dayRanges(closedDays, names)} ${labels.closed}`);
  return groups.join('; ');
}
