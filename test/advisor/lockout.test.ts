import { expect } from 'chai';
import { ACCOUNT_POLICY, Lockout } from '../../advisor/lockout';

const MINUTE = 60_000;

describe('advisor lockout', () => {
  let now: number;
  let lockout: Lockout;
  beforeEach(() => {
    now = 0;
    lockout = new Lockout(ACCOUNT_POLICY, () => now);
  });
  const fail = (times: number, key = 'sam') => {
    for (let i = 0; i < times; i++) lockout.recordFailure(key);
  };

  const cases: Array<{ why: string; run: () => void; locked: boolean }> = [
    { why: '4 failures stay open', run: () => fail(4), locked: false },
    { why: '5 failures lock', run: () => fail(5), locked: true },
    {
      why: 'still locked 14 minutes later',
      run: () => {
        fail(5);
        now += 14 * MINUTE;
      },
      locked: true,
    },
    {
      why: 'open again after 15 minutes',
      run: () => {
        fail(5);
        now += 15 * MINUTE;
      },
      locked: false,
    },
    {
      why: 'failures spread over more than 15 minutes do not add up',
      run: () => {
        fail(4);
        now += 16 * MINUTE;
        fail(1);
      },
      locked: false,
    },
    {
      why: 'a success (reset) clears the count',
      run: () => {
        fail(4);
        lockout.reset('sam');
        fail(1);
      },
      locked: false,
    },
    { why: 'another key does not count', run: () => fail(5, 'alex'), locked: false },
  ];
  for (const { why, run, locked } of cases) {
    it(why, () => {
      run();
      expect(lockout.isLocked('sam')).to.equal(locked);
    });
  }
});
