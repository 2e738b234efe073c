import { expect } from 'chai';
import { RateLimiter } from '../../directline/rateLimiter';

describe('directline rate limiter', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => (now = 1_000_000));

  const cases: Array<{ name: string; limit: number; steps: Array<{ key: string; at?: number; allowed: boolean; retryAfter?: number }> }> = [
    {
      name: 'allows up to the limit in a window, then refuses with the seconds left',
      limit: 2,
      steps: [
        { key: 'a', allowed: true },
        { key: 'a', allowed: true },
        { key: 'a', at: 15_000, allowed: false, retryAfter: 45 },
      ],
    },
    {
      name: 'counts each address on its own',
      limit: 1,
      steps: [
        { key: 'a', allowed: true },
        { key: 'b', allowed: true },
        { key: 'a', allowed: false, retryAfter: 60 },
      ],
    },
    {
      name: 'starts a new window after a minute',
      limit: 1,
      steps: [
        { key: 'a', allowed: true },
        { key: 'a', at: 59_999, allowed: false, retryAfter: 1 },
        { key: 'a', at: 60_000, allowed: true },
      ],
    },
  ];
  for (const { name, limit, steps } of cases) {
    it(name, () => {
      const limiter = new RateLimiter(limit, 60_000, clock);
      const start = now;
      for (const step of steps) {
        if (step.at !== undefined) now = start + step.at;
        const decision = limiter.take(step.key);
        expect(decision.allowed, JSON.stringify(step)).to.equal(step.allowed);
        if (step.retryAfter !== undefined) expect(decision.retryAfterSeconds).to.equal(step.retryAfter);
      }
    });
  }

  it('sweep forgets finished windows only', () => {
    const limiter = new RateLimiter(5, 60_000, clock);
    limiter.take('old');
    now += 30_000;
    limiter.take('new');
    now += 30_000;
    limiter.sweep();
    expect(limiter.size).to.equal(1);
  });
});
