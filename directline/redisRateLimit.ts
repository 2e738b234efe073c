/**
 * The Direct Line rate limit shared by every instance: one counter per address and fixed window
 * (INCR, expiring with its window), so a client cannot get n times its budget by landing on n
 * instances. Keys hold the SHA-256 of the address, never the address.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RateDecision, RateLimit } from './rateLimiter';
import type { Guard } from './redisConversations';

const COUNT = `local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n`;

export interface RedisRateLimitOptions {
  client: Redis;
  limit: number;
  windowMs?: number;
  now?: () => number;
  prefix?: string;
  guard?: Guard;
}

export class RedisRateLimit implements RateLimit {
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly prefix: string;
  private readonly guard: Guard;

  constructor(private readonly options: RedisRateLimitOptions) {
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? Date.now;
    this.prefix = options.prefix ?? 'carers-bot:dl:rate:';
    this.guard = options.guard ?? ((_what, call) => call());
  }

  async take(key: string): Promise<RateDecision> {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    const redisKey = `${this.prefix}${createHash('sha256').update(key).digest('base64url')}:${window}`;
    const count = Number(await this.guard('directline rate', () => this.options.client.eval(COUNT, 1, redisKey, this.windowMs)));
    if (count <= this.options.limit) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((window + 1) * this.windowMs - now) / 1000)) };
  }

  /** Redis expires the windows. */
  sweep(): void {}
}
