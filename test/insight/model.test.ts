import { expect } from 'chai';
import { isoWeek, validEvent, waitBucket, weeksBetween, weeksEnding, weekStart } from '../../insight/model';

describe('insight model', () => {
  const weeks: Array<[string, string]> = [
    ['2026-12-07T10:00:00Z', '2026-W50'],
    ['2026-01-01T00:00:00Z', '2026-W01'],
    ['2027-01-01T00:00:00Z', '2026-W53'],
    ['2024-12-30T12:00:00Z', '2025-W01'],
    ['2021-01-03T23:59:59Z', '2020-W53'],
  ];
  for (const [at, week] of weeks) it(`puts ${at} in ${week}`, () => expect(isoWeek(new Date(at))).to.equal(week));

  it('finds the Monday a week starts on and walks weeks across a year end', () => {
    expect(weekStart('2026-W50').toISOString()).to.equal('2026-12-07T00:00:00.000Z');
    expect(weeksEnding('2027-W02', 4)).to.deep.equal(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(weeksBetween('2026-W52', '2027-W01')).to.deep.equal(['2026-W52', '2026-W53', '2027-W01']);
    expect(weeksBetween('2027-W01', '2026-W52')).to.deep.equal([]);
    expect(weeksBetween('2020-W01', '2026-W50', 10)).to.have.length(10);
  });

  const waits: Array<[number, string]> = [
    [0, 'under-1m'],
    [59_999, 'under-1m'],
    [60_000, '1-5m'],
    [14 * 60_000, '5-15m'],
    [29 * 60_000, '15-30m'],
    [59 * 60_000, '30-60m'],
    [5 * 3_600_000, 'over-1h'],
    [-5, 'under-1m'],
  ];
  for (const [ms, bucket] of waits) it(`puts a wait of ${ms} ms in ${bucket}`, () => expect(waitBucket(ms)).to.equal(bucket));

  it('refuses anything that is not one of our short codes', () => {
    expect(validEvent('demo', { metric: 'topic', category: 'money' })).to.equal(true);
    expect(validEvent('demo', { metric: 'topic', category: 'my mum has cancer' })).to.equal(false);
    expect(validEvent('demo', { metric: 'topic', category: 'x'.repeat(65) })).to.equal(false);
    expect(validEvent('de mo', { metric: 'topic', category: 'money' })).to.equal(false);
    expect(validEvent('demo', { metric: 'postcode' as 'topic', category: 'SW1' })).to.equal(false);
  });
});
