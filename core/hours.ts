/**
 * Opening hours: weekly rules in UK wall-clock time (BST/GMT via Intl) and
 * "open now". Used by the catalogue and the advice line alike.
 */

/** Weekday codes as in RFC 5545 / HSDS `byday`. */
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * One weekly opening rule, in Europe/London local time. `closes_at` "24:00"
 * means midnight at the end of the day; a closing time earlier than the
 * opening time means the line runs overnight into the next day.
 */
export interface Schedule {
  byday: string;
  opens_at: string;
  closes_at: string;
  description?: string;
}

const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const SHORT_DAY_TO_CODE: Record<string, Weekday> = {
  Mon: 'MO',
  Tue: 'TU',
  Wed: 'WE',
  Thu: 'TH',
  Fri: 'FR',
  Sat: 'SA',
  Sun: 'SU',
};

/** The last minute asked about: a turn asks for every service it ranks, all in the same minute. */
let lastClock: { minute: number; day: Weekday; minutes: number } | undefined;

/** Weekday and minutes since midnight on the UK wall clock at `now`. */
export function londonClock(now: Date): { day: Weekday; minutes: number } {
  // UK clock changes fall on whole UTC minutes, so one UTC minute is one wall-clock minute.
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastClock?.minute !== minute) {
    const parts = Object.fromEntries(LONDON_CLOCK.formatToParts(now).map((p) => [p.type, p.value]));
    lastClock = { minute, day: SHORT_DAY_TO_CODE[parts.weekday], minutes: Number(parts.hour) * 60 + Number(parts.minute) };
  }
  return { day: lastClock.day, minutes: lastClock.minutes };
}

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function daysOf(byday: string): Weekday[] {
  return byday
    .split(',')
    .map((d) => d.trim().toUpperCase())
    .filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d));
}

/** One rule as numbers: its days as bits (MO = 1 … SU = 64), opening and closing minutes. */
interface CompiledRule {
  byday: string;
  opens_at: string;
  closes_at: string;
  days: number;
  opens: number;
  closes: number;
}

const DAY_BIT = Object.fromEntries(WEEKDAYS.map((day, i) => [day, 1 << i])) as Record<Weekday, number>;
/** The day before each day, as a bit. */
const PREVIOUS_DAY_BIT = Object.fromEntries(WEEKDAYS.map((day, i) => [day, 1 << ((i + 6) % 7)])) as Record<Weekday, number>;

/**
 * Each rule parsed once, not on every ask (a turn ranks many services; nextOpening asks up to 1,344
 * times): kept beside the rule object and used while the rule's three strings are still the same.
 */
const compiledRules = new WeakMap<Schedule, CompiledRule>();

function compiled(rule: Schedule): CompiledRule {
  const known = compiledRules.get(rule);
  if (known && known.byday === rule.byday && known.opens_at === rule.opens_at && known.closes_at === rule.closes_at) return known;
  const fresh: CompiledRule = {
    byday: rule.byday,
    opens_at: rule.opens_at,
    closes_at: rule.closes_at,
    days: daysOf(rule.byday).reduce((bits, day) => bits | DAY_BIT[day], 0),
    opens: minutesOf(rule.opens_at),
    closes: minutesOf(rule.closes_at),
  };
  compiledRules.set(rule, fresh);
  return fresh;
}

/** Is one rule open at this wall-clock moment? Overnight rules spill into the next morning. */
function ruleOpen(schedule: Schedule, day: Weekday, minutes: number): boolean {
  const { days, opens, closes } = compiled(schedule);
  if (closes > opens) return (days & DAY_BIT[day]) !== 0 && minutes >= opens && minutes < closes;
  // Overnight (or closes at 00:00): open from `opens` today, and until `closes` the next morning.
  return ((days & DAY_BIT[day]) !== 0 && minutes >= opens) || ((days & PREVIOUS_DAY_BIT[day]) !== 0 && minutes < closes);
}

/** Every day, round the clock. */
export function isAlwaysOpen(schedules: readonly Schedule[]): boolean {
  let allDay = 0;
  for (const schedule of schedules) {
    const { days, opens, closes } = compiled(schedule);
    if (opens === 0 && closes >= 24 * 60) allDay |= days;
  }
  return allDay === 0b1111111;
}

/** null when there is no schedule to judge by. */
export function isOpenAt(schedules: readonly Schedule[], now: Date): boolean | null {
  if (schedules.length === 0) return null;
  const { day, minutes } = londonClock(now);
  return schedules.some((rule) => ruleOpen(rule, day, minutes));
}
