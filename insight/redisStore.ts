/**
 * The counters in Redis, shared by every instance: one hash per organisation and week
 * (`insight:<org>:<week>`, fields `metric|category`), HINCRBY in one script (atomic, as a MULTI
 * was, but one command to send and one reply to read instead of one per counter), kept KEEP_WEEKS.
 *
 * Written in groups: counts gather for `gatherMs` (100 ms) and, while one write is on its way, the
 * counts of the turns that finish meanwhile go in the next, each counter summed (one HINCRBY by n),
 * so a busy instance sends about ten writes a second instead of one per turn. Each `add` resolves
 * once the write carrying its counts has succeeded, and fails with it.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Count, InsightEvent } from './model';
import { countOf, fieldOf, KEEP_WEEKS, type CounterStore } from './store';

const KEEP_SECONDS = KEEP_WEEKS * 7 * 86_400;

/** KEYS: the hashes. ARGV: seconds kept, then for each hash its number of counters and their field, n pairs. */
const ADD_SCRIPT = `
local at = 2
for i = 1, #KEYS do
  local count = tonumber(ARGV[at])
  at = at + 1
  for j = 1, count do
    redis.call('HINCRBY', KEYS[i], ARGV[at], ARGV[at + 1])
    at = at + 2
  end
  redis.call('EXPIRE', KEYS[i], ARGV[1])
end
return 1
`;
const ADD_SHA = createHash('sha1').update(ADD_SCRIPT).digest('hex');

interface Waiting {
  resolve(): void;
  reject(error: unknown): void;
}

export class RedisCounterStore implements CounterStore {
  /** key -> field -> increments not yet sent. */
  private pending = new Map<string, Map<string, number>>();
  private waiting: Waiting[] = [];
  private writing = false;
  private gathering?: NodeJS.Timeout;

  constructor(
    private readonly redis: Redis,
    readonly prefix = '',
    /** Resolves once the connection is first up (a client without an offline queue refuses commands before). */
    private readonly connected: () => Promise<void> = async () => undefined,
    /** How long counts gather before a write starts. */
    private readonly gatherMs = 100,
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
      if (!this.writing && !this.gathering)
        this.gathering = setTimeout(() => {
          this.gathering = undefined;
          void this.writeGroups();
        }, this.gatherMs);
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
    const keys: string[] = [];
    const args: Array<string | number> = [KEEP_SECONDS];
    for (const [key, fields] of counts) {
      keys.push(key);
      args.push(fields.size);
      for (const [field, n] of fields) args.push(field, n);
    }
    try {
      await this.redis.evalsha(ADD_SHA, keys.length, ...keys, ...args);
    } catch (error) {
      // A server that does not know the script yet (a restart, SCRIPT FLUSH): sent whole once, which loads it.
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      await this.redis.eval(ADD_SCRIPT, keys.length, ...keys, ...args);
    }
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
