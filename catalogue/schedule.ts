/** Opening hours: "open now" in UK time (BST/GMT via Intl) and localised summaries. */
import { WEEKDAYS, type Schedule, type Weekday } from './types';

const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const SHORT_DAY_TO_CODE: Record<string, Weekday> = {
  Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU',
};

/** Weekday and minutes since midnight on the UK wall clock at `now`. */
export function londonClock(now: Date): { day: Weekday; minutes: number } {
  const parts = Object.fromEntries(LONDON_CLOCK.formatToParts(now).map((p) => [p.type, p.value]));
  return { day: SHORT_DAY_TO_CODE[parts.weekday], minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function daysOf(byday: string): Weekday[] {
  return byday.split(',').map((d) => d.trim().toUpperCase()).filter((d): d is Weekday =>
    (WEEKDAYS as readonly string[]).includes(d));
}

function previousDay(day: Weekday): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(day) + 6) % 7];
}

/** Is one rule open at this wall-clock moment? Overnight rules spill into the next morning. */
function ruleOpen(rule: Schedule, day: Weekday, minutes: number): boolean {
  const opens = minutesOf(rule.opens_at);
  const closes = minutesOf(rule.closes_at);
  const days = daysOf(rule.byday);
  if (closes > opens) return days.includes(day) && minutes >= opens && minutes < closes;
  // Overnight (or closes at 00:00): open from `opens` today, and until `closes` the next morning.
  return (days.includes(day) && minutes >= opens) || (days.includes(previousDay(day)) && minutes < closes);
}

/** Every day, round the clock. */
export function isAlwaysOpen(schedules: readonly Schedule[]): boolean {
  return WEEKDAYS.every((day) => schedules.some((s) =>
    daysOf(s.byday).includes(day) && minutesOf(s.opens_at) === 0 && minutesOf(s.closes_at) >= 24 * 60));
}

/** null when there is no schedule to judge by. */
export function isOpenAt(schedules: readonly Schedule[], now: Date): boolean | null {
  if (schedules.length === 0) return null;
  const { day, minutes } = londonClock(now);
  return schedules.some((rule) => ruleOpen(rule, day, minutes));
}

/** Localised short weekday names, Monday first. 1 January 2024 was a Monday. */
function weekdayNames(locale: string): Record<Weekday, string> {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return Object.fromEntries(WEEKDAYS.map((code, i) => [code, format.format(new Date(Date.UTC(2024, 0, 1 + i)))])) as
    Record<Weekday, string>;
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
  return runs.map((run) => run.length >= 3
    ? `${names[WEEKDAYS[run[0]]]}–${names[WEEKDAYS[run.at(-1) ?? run[0]]]}`
    : run.map((i) => names[WEEKDAYS[i]]).join(', ')).join(', ');
}

/**
 * "Mon–Fri 08:00–20:00; Sat, Sun 10:00–16:00" in the given locale; `labels.always`
 * for round-the-clock services; days with no hours end as "<days> <closed>".
 * Empty string when there is no schedule.
 */
export function formatSchedule(
  schedules: readonly Schedule[], locale: string, labels: { always: string; closed: string },
): string {
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
