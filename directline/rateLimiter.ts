/**
 * Fixed-window rate limit per key (a client address): `limit` requests per `windowMs`.
 * `RateLimiter` is in memory and per process; `RateLimit` is what the Direct Line routes hold,
 * in process (`localRateLimit`) or shared by every instance on Redis (redisRateLimit.ts).
 */
export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the window resets (for Retry-After); 0 when allowed. */
  retryAfterSeconds: number;
}

interface Window {
  startedAt: number;
  count: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000)) };
    }
    window.count++;
    return { allowed: true, retryAfterSeconds: 0 };
  }

  /** Forgets finished windows so addresses seen once do not accumulate. */
  sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
  }

  get size(): number {
    return this.windows.size;
  }
}

/** What the Direct Line routes need of a rate limit, whichever store counts. */
export interface RateLimit {
  take(key: string): Promise<RateDecision>;
  sweep(): void;
}

export function localRateLimit(limiter: RateLimiter): RateLimit {
  return { take: async (key) => limiter.take(key), sweep: () => limiter.sweep() };
}
