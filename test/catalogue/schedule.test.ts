import { expect } from 'chai';
import { formatSchedule } from '../../catalogue/schedule';
import { isAlwaysOpen, isOpenAt, londonClock } from '../../core/hours';
import type { Schedule } from '../../core/hours';
import { ALWAYS, WEEKDAYS_9_TO_5 } from './fixtures/build';

const LABELS = { always: 'Open 24 hours', closed: 'closed' };

describe('opening hours in UK time', () => {
  describe('londonClock follows GMT in winter and BST in summer', () => {
    const cases: Array<[string, string, number]> = [
      ['2026-01-12T16:30:00Z', 'MO', 16 * 60 + 30],
      ['2026-07-13T16:30:00Z', 'MO', 17 * 60 + 30],
      ['2026-03-29T00:59:00Z', 'SU', 59], // last minute of GMT
      ['2026-03-29T01:00:00Z', 'SU', 2 * 60], // clocks go forward
      ['2026-10-25T00:30:00Z', 'SU', 60 + 30], // still BST
      ['2026-10-25T01:30:00Z', 'SU', 60 + 30], // back to GMT: 01:30 happens twice
      ['2026-07-12T23:30:00Z', 'MO', 30], // Sunday night UTC is Monday in London
    ];
    for (const [iso, day, minutes] of cases) {
      it(iso, () => expect(londonClock(new Date(iso))).to.deep.equal({ day, minutes }));
    }
    it('answers alike within a minute and moves on with the clock, across a clock change', () => {
      const at = (iso: string) => londonClock(new Date(iso));
      expect(at('2026-03-29T00:59:05Z')).to.deep.equal({ day: 'SU', minutes: 59 });
      expect(at('2026-03-29T00:59:59.999Z')).to.deep.equal({ day: 'SU', minutes: 59 });
      expect(at('2026-03-29T01:00:00Z')).to.deep.equal({ day: 'SU', minutes: 120 });
      expect(at('2026-03-29T00:59:30Z')).to.deep.equal({ day: 'SU', minutes: 59 });
    });
  });

  describe('isOpenAt', () => {
    const overnight: Schedule[] = [{ byday: 'MO', opens_at: '19:00', closes_at: '07:00' }];
    const cases: Array<[string, readonly Schedule[], string, boolean | null]> = [
      ['winter, weekday afternoon', WEEKDAYS_9_TO_5, '2026-01-12T16:30:00Z', true],
      ['winter, just after closing', WEEKDAYS_9_TO_5, '2026-01-12T17:00:00Z', false],
      ['summer, 16:30 UTC is 17:30 BST: closed', WEEKDAYS_9_TO_5, '2026-07-13T16:30:00Z', false],
      ['summer, 08:30 UTC is 09:30 BST: open', WEEKDAYS_9_TO_5, '2026-07-13T08:30:00Z', true],
      ['Saturday', WEEKDAYS_9_TO_5, '2026-01-10T12:00:00Z', false],
      ['overnight line, Monday 20:00', overnight, '2026-01-12T20:00:00Z', true],
      ['overnight line, Tuesday 06:00 (spill-over)', overnight, '2026-01-13T06:00:00Z', true],
      ['overnight line, Monday 06:00 (Sunday not listed)', overnight, '2026-01-12T06:00:00Z', false],
      ['always open at 3am', ALWAYS, '2026-01-11T03:00:00Z', true],
      ['no schedule: unknown', [], '2026-01-12T12:00:00Z', null],
    ];
    for (const [what, schedules, iso, expected] of cases) {
      it(what, () => expect(isOpenAt(schedules, new Date(iso))).to.equal(expected));
    }
  });

  it('recognises round-the-clock services', () => {
    expect(isAlwaysOpen(ALWAYS)).to.equal(true);
    expect(isAlwaysOpen(WEEKDAYS_9_TO_5)).to.equal(false);
    expect(isAlwaysOpen([{ byday: 'MO,TU,WE,TH,FR,SA', opens_at: '00:00', closes_at: '24:00' }])).to.equal(false);
  });
});

describe('formatSchedule', () => {
  const weekdayName = (locale: string, mondayOffset: number) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + mondayOffset)));

  const cases: Array<[string, Schedule[], string, string]> = [
    ['weekdays', WEEKDAYS_9_TO_5, 'en-GB', 'Mon–Fri 09:00–17:00; Sat, Sun closed'],
    ['every day', [{ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '08:00', closes_at: '20:00' }], 'en-GB', 'Mon–Sun 08:00–20:00'],
    ['24/7', ALWAYS, 'en-GB', 'Open 24 hours'],
    [
      'weekdays and weekend hours',
      [
        { byday: 'MO,TU,WE,TH,FR', opens_at: '08:00', closes_at: '18:00' },
        { byday: 'SA,SU', opens_at: '11:00', closes_at: '17:00' },
      ],
      'en-GB',
      'Mon–Fri 08:00–18:00; Sat, Sun 11:00–17:00',
    ],
    [
      'split days grouped by hours',
      [
        { byday: 'MO,WE', opens_at: '10:00', closes_at: '12:00' },
        { byday: 'FR', opens_at: '10:00', closes_at: '12:00' },
      ],
      'en-GB',
      'Mon, Wed, Fri 10:00–12:00; Tue, Thu, Sat, Sun closed',
    ],
    ['no schedule', [], 'en-GB', ''],
  ];
  for (const [what, schedules, locale, expected] of cases) {
    it(what, () => expect(formatSchedule(schedules, locale, LABELS)).to.equal(expected));
  }

  for (const locale of ['pl', 'cy', 'ar', 'zh']) {
    it(`localises weekday names in ${locale}`, () => {
      const text = formatSchedule(WEEKDAYS_9_TO_5, locale, { always: '24/7', closed: '—' });
      expect(text).to.equal(`${weekdayName(locale, 0)}–${weekdayName(locale, 4)} 09:00–17:00; ${weekdayName(locale, 5)}, ${weekdayName(locale, 6)} —`);
      expect(text).not.to.contain('Mon');
    });
  }
});
