/**
 * The advice line's opening hours as an admin sets them: stricter than the files in data/orgs/
 * (which allow an overnight rule). In the admin space a rule that closes before it opens is a
 * typo, two rules of one day may not overlap, and a line needs at least one opening.
 */
import { daysOf, minutesOf, WEEKDAYS, type Schedule } from '../core/hours';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function hoursProblems(hours: readonly Schedule[]): string[] {
  if (hours.length === 0) return ['adviceLine.hours needs at least one opening time'];
  const problems: string[] = [];
  const byDay = new Map<string, { from: number; to: number; rule: number }[]>();
  hours.forEach((rule, i) => {
    const field = `adviceLine.hours[${i}]`;
    if (!TIME.test(rule.opens_at) || !TIME.test(rule.closes_at)) {
      problems.push(`${field} times must be HH:MM (00:00 to 24:00)`);
      return;
    }
    const days = daysOf(rule.byday).filter((d) => WEEKDAYS.includes(d));
    if (days.length === 0) {
      problems.push(`${field} needs at least one day`);
      return;
    }
    const from = minutesOf(rule.opens_at);
    const to = minutesOf(rule.closes_at);
    if (to <= from) {
      problems.push(`${field} closes at ${rule.closes_at}, which is not after it opens at ${rule.opens_at}`);
      return;
    }
    for (const day of days) {
      const spans = byDay.get(day) ?? [];
      const clash = spans.find((s) => from < s.to && s.from < to);
      if (clash) problems.push(`${field} overlaps adviceLine.hours[${clash.rule}] on ${day}`);
      spans.push({ from, to, rule: i });
      byDay.set(day, spans);
    }
  });
  return problems;
}

/** Closed days: real calendar dates, each once. */
export function closedDateProblems(dates: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  dates.forEach((date, i) => {
    const m = DATE.exec(date);
    const real = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toISOString().slice(0, 10) === date;
    if (!real) problems.push(`adviceLine.closedDates[${i}] "${date}" is not a date (YYYY-MM-DD)`);
    else if (seen.has(date)) problems.push(`adviceLine.closedDates[${i}] ${date} is listed twice`);
    seen.add(date);
  });
  return problems;
}
