/**
 * The counters in Redis, shared by every instance: one hash per organisation and week
 * (`insight:<org>:<week>`, fields `metric|category`), HINCRBY in one MULTI, kept KEEP_WEEKS.
 */
import type { Redis } from 'ioredis';
import type { Count, InsightEvent } from './model';
import { countOf, fieldOf, KEEP_WEEKS, type CounterStore } from './store';

const KEEP_SECONDS = KEEP_WEEKS * 7 * 86_400;

export class RedisCounterStore implements CounterStore {
  constructor(
    private readonly redis: Redis,
    readonly prefix = '',
    /** Resolves once the connection is first up (a client without an offline queue refuses commands before). */
    private readonly connected: () => Promise<void> = async () => undefined,
  ) {}

  private key(org: string, week: string): string {
    return `${this.prefix}insight:${org}:${week}`;
  }

  async add(org: string, week: string, events: readonly InsightEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.connected();
    const key = this.key(org, week);
    const multi = this.redis.multi();
    for (const event of events) multi.hincrby(key, fieldOf(event), 1);
    multi.expire(key, KEEP_SECONDS);
    const results = await multi.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('insight counters not written');
  }

  async read(orgs: readonly string[], weeks: readonly string[]): Promise<Count[]> {
    const pairs = orgs.flatMap((org) => weeks.map((week) => ({ org, week })));
    if (pairs.length === 0) return [];
    await this.connected();
    const pipeline = this.redis.pipeline();
    for (const { org, week } of pairs) pipeline.hgetall(this.key(org, week));
    const results = (await pipeline.exec()) ?? [];
    return pairs.flatMap(({ org, week }, i) => {
      const [error, fields] = results[i] ?? [new Error('no answer'), null];
      if (error) throw error;
      return Object.entries((fields ?? {}) as Record<string, string>).map(([field, value]) => countOf(org, week, field, Number(value)));
    });
  }

  /** The connection belongs to the caller (the app's storage). */
  async close(): Promise<void> {}
}
