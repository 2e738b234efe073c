import { expect } from 'chai';
import { daysOf, isAlwaysOpen, isOpenAt, londonClock, minutesOf, WEEKDAYS, type Schedule, type Weekday } from '../../core/hours';

/** The rules as core/hours.ts read them before they were compiled once: parsed on every ask. */
function parsedEachTime(schedules: readonly Schedule[], now: Date): boolean | null {
  if (schedules.length === 0) return null;
  const { day, minutes } = londonClock(now);
  const previous = (d: Weekday) => WEEKDAYS[(WEEKDAYS.indexOf(d) + 6) % 7];
  return schedules.some((rule) => {
    const opens = minutesOf(rule.opens_at);
    const closes = minutesOf(rule.closes_at);
    const days = daysOf(rule.byday);
    if (closes > opens) return days.includes(day) && minutes >= opens && minutes < closes;
    return (days.includes(day) && minutes >= opens) || (days.includes(previous(day)) && minutes < closes);
  });
}

function alwaysOpenParsedEachTime(schedules: readonly Schedule[]): boolean {
  return WEEKDAYS.every((day) => schedules.some((s) => daysOf(s.byday).includes(day) && minutesOf(s.opens_at) === 0 && minutesOf(s.closes_at) >= 24 * 60));
}

const RULES: Schedule[][] = [
  [],
  [{ byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }],
  [{ byday: 'MO', opens_at: '19:00', closes_at: '07:00' }],
  [{ byday: 'SU', opens_at: '22:00', closes_at: '00:00' }],
  [{ byday: 'SA,SU', opens_at: '00:00', closes_at: '24:00' }],
  [{ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00' }],
  [
    { byday: 'MO,TU,WE,TH,FR', opens_at: '00:00', closes_at: '24:00' },
    { byday: 'SA, su', opens_at: '00:00', closes_at: '24:00' },
  ],
  [
    { byday: 'mo,we', opens_at: '08:30', closes_at: '12:15' },
    { byday: 'WE', opens_at: '13:00', closes_at: '20:45' },
    { byday: 'FR,XX', opens_at: '23:00', closes_at: '02:00' },
  ],
  [{ byday: 'TU', opens_at: '10:00', closes_at: '10:00' }],
  [{ byday: 'TH', opens_at: 'noon', closes_at: '17:00' }],
];

describe('opening hours compiled once give the answers of rules parsed on every ask', () => {
  // Two weeks in 15-minute steps, one in winter (GMT) and one in summer (BST).
  const times = ['2026-01-05T00:00:00Z', '2026-07-06T00:00:00Z'].flatMap((start) =>
    Array.from({ length: 7 * 96 }, (_, i) => new Date(Date.parse(start) + i * 15 * 60_000 + 7 * 60_000)),
  );
  RULES.forEach((rules, i) => {
    it(`rules ${i}: ${rules.map((r) => `${r.byday} ${r.opens_at}-${r.closes_at}`).join('; ') || 'none'}`, () => {
      for (const now of times) expect(isOpenAt(rules, now), now.toISOString()).to.equal(parsedEachTime(rules, now));
      expect(isAlwaysOpen(rules)).to.equal(alwaysOpenParsedEachTime(rules));
    });
  });

  it('a rule changed after it was read is read again', () => {
    const rule: Schedule = { byday: 'MO', opens_at: '09:00', closes_at: '17:00' };
    const mondayNoon = new Date('2026-01-12T12:00:00Z');
    expect(isOpenAt([rule], mondayNoon)).to.equal(true);
    rule.opens_at = '13:00';
    expect(isOpenAt([rule], mondayNoon)).to.equal(false);
    rule.byday = 'TU';
    rule.opens_at = '00:00';
    expect(isOpenAt([rule], mondayNoon)).to.equal(false);
    rule.byday = 'MO,TU,WE,TH,FR,SA,SU';
    rule.closes_at = '24:00';
    expect(isAlwaysOpen([rule])).to.equal(true);
  });
});
