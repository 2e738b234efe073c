/**
 * A conversation's turn lease on Redis: `SET key token NX PX ms` takes it, a compare-and-delete
 * script gives it back (only the holder's token frees it), and the TTL frees it if the holder
 * dies (a live holder renews it). Waiters poll with a short back-off; past `maxWaitMs` they give up (the turn then runs
 * without it rather than not at all).
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { hashKey } from './lowdbLayout';
import { firstConnection, hasConnected, LuaScript } from './redisClient';

const RELEASE = new LuaScript(`if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`, 1);
const EXTEND = new LuaScript(`if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`, 1);

export interface RedisTurnLeaseOptions {
  /** How long a lease lasts if its holder never gives it back (a crashed instance); default 10 s. */
  leaseMs?: number;
  /** How long a turn waits for the lease (the turns before it in the conversation); default 30 s. */
  maxWaitMs?: number;
  prefix?: string;
  /** Runs each Redis call (TimedStorage.guard: the storage's budget and breaker); default: as is. */
  guard?: <T>(what: string, call: () => Promise<T>) => Promise<T>;
}

export class LeaseTimeoutError extends Error {
  constructor() {
    super('the conversation lease was not free in time');
    this.name = 'LeaseTimeoutError';
  }
}

export class RedisTurnLease {
  private readonly leaseMs: number;
  private readonly maxWaitMs: number;
  private readonly prefix: string;
  private readonly guard: <T>(what: string, call: () => Promise<T>) => Promise<T>;

  constructor(
    private readonly client: Redis,
    options: RedisTurnLeaseOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 10_000;
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
    this.prefix = options.prefix ?? 'carers-bot:lease:';
    this.guard = options.guard ?? ((_what, call) => call());
  }

  async acquire(conversationKey: string): Promise<() => Promise<void>> {
    // Once connected, not waited for again (a budget timer less per turn); a dropped connection fails the SET at once.
    if (!hasConnected(this.client)) await this.guard('lease', () => firstConnection(this.client));
    const key = this.prefix + hashKey(conversationKey);
    const token = randomUUID();
    const giveUpAt = Date.now() + this.maxWaitMs;
    for (let attempt = 0; ; attempt++) {
      if ((await this.guard('lease', () => this.client.set(key, token, 'PX', this.leaseMs, 'NX'))) === 'OK') {
        // A slow turn (a cold start, a loaded machine) keeps its lease while it runs; a dead instance's lapses.
        const renew = setInterval(() => void EXTEND.run(this.client, key, token, this.leaseMs).catch(() => undefined), this.leaseMs / 3);
        renew.unref();
        return async () => {
          clearInterval(renew);
          await this.guard('lease release', () => RELEASE.run(this.client, key, token));
        };
      }
      if (Date.now() >= giveUpAt) throw new LeaseTimeoutError();
      await new Promise((resolve) => setTimeout(resolve, Math.min(5 * 2 ** Math.min(attempt, 4), 50) + Math.random() * 5));
    }
  }
}
