/**
 * The counters in Redis, shared by every instance: one hash per organisation and week
 * (`insight:<org>:<week>`, fields `metric|category`), HINCRBY in one MULTI, kept KEEP_WEEKS.
 *
 * Written in groups: while one MULTI is on its way, the counts of the turns that finish meanwhile
 * are summed and go in the next (one HINCRBY by n per counter), so a busy instance sends one MULTI
 * per round trip instead of one per turn. No timer: a lone count is written at once. Each `add`
 * resolves once the MULTI carrying its counts has succeeded, and fails with it.
 */
import type { Redis } from 'ioredis';
import type { Count, InsightEvent } from './model';
import { countOf, fieldOf, KEEP_WEEKS, type CounterStore } from './store';

const KEEP_SECONDS = KEEP_WEEKS * 7 * 86_400;

interface Waiting {
  resolve(): void;
  reject(error: unknown): void;
}

export class RedisCounterStore implements CounterStore {
  /** key -> field -> increments not yet sent. */
  private pending = new Map<string, Map<string, number>>();
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly redis: Redis,
    readonly prefix = '',
    /** Resolves once the connection is first up (a client without an offline queue refuses commands before). */
    private readonly connected: () => Promise<void> = async () => undefined,
  ) {}

  private key(org: string, week: string): string {
    return `${this.prefix}insight:${org}:${week}`;
  }

  add(org: string, week: string, events: readonly InsightEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    const key = this.key(org, week);
    let fields = this.pending.get(key);
    if (!fields) this.pending.set(key, (fields = new Map()));
    for (const event of events) {
      const field = fieldOf(event);
      fields.set(field, (fields.get(field) ?? 0) + 1);
    }
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.writing) void this.writeGroups();
    });
  }

  /** Sends what is pending, then what gathered meanwhile, until nothing is left. */
  private async writeGroups(): Promise<void> {
    this.writing = true;
    while (this.waiting.length) {
      const [counts, waiting] = [this.pending, this.waiting];
      [this.pending, this.waiting] = [new Map(), []];
      try {
        await this.write(counts);
        for (const w of waiting) w.resolve();
      } catch (error) {
        for (const w of waiting) w.reject(error);
      }
    }
    this.writing = false;
  }

  private async write(counts: Map<string, Map<string, number>>): Promise<void> {
    await this.connected();
    const multi = this.redis.multi();
    for (const [key, fields] of counts) {
      for (const [field, n] of fields) multi.hincrby(key, field, n);
      multi.expire(key, KEEP_SECONDS);
    }
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
