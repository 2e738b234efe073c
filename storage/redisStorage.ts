import { randomUUID } from 'node:crypto';
import type { StoreItem, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';
import { hashKey } from './lowdbLayout';
import { createRedisClient, firstConnection, LuaScript } from './redisClient';
import { DEFAULT_IDLE_MS, eTagConflict, isConditionalETag, writeEach, type StateStorage } from './stateStorage';

export interface RedisStorageOptions {
  /** Default `redis://127.0.0.1:6379`. Ignored when `client` is given. */
  url?: string;
  /** An existing connection; the caller then owns closing it. */
  client?: Redis;
  /** TTL: Redis deletes state not written for this long; default 24 h. */
  idleMs?: number;
  /** Prefix of every Redis key, so several bots or test runs can share a server. */
  prefix?: string;
  /** Connection and command budget (STORAGE_TIMEOUT_MS) of the client made here. */
  timeoutMs?: number;
  /** Where the client's connection errors go (the logger); never thrown. */
  onError?: (error: Error) => void;
}

/**
 * Check-and-set in one step on the server, so instances racing on a key can't both win.
 * KEYS[1] the Redis key; ARGV: expected eTag ('' = unconditional), new eTag, original key, item JSON, TTL ms.
 * A missing (or expired) key accepts any eTag, as in MemoryStorage.
 */
const WRITE_SCRIPT = new LuaScript(
  `
if ARGV[1] ~= '' then
  local current = redis.call('HGET', KEYS[1], 'eTag')
  if current and current ~= ARGV[1] then return 0 end
end
redis.call('HSET', KEYS[1], 'key', ARGV[3], 'eTag', ARGV[2], 'item', ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
`,
  1,
);

/**
 * A botbuilder `Storage` shared by several bot instances. Each key is a Redis hash named
 * `<prefix><sha256 of key>` (no channel ids or phone numbers in key names) holding the
 * original key, the eTag and the item JSON, with a TTL refreshed on every write.
 */
export class RedisStorage implements StateStorage {
  readonly idleMs: number;
  readonly prefix: string;
  private readonly client: Redis;
  private readonly ownsClient: boolean;
  /** Rows a turn's start script read under the conversation's lease (redisTurnLease.ts), each answering one read. */
  private readonly primed = new Map<string, Row>();

  /** The connection, for the other shared records on the same server (seen activities, the hand-off). */
  get connection(): Redis {
    return this.client;
  }

  constructor(options: RedisStorageOptions = {}) {
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.prefix = options.prefix ?? 'carers-bot:state:';
    if (!Number.isInteger(this.idleMs) || this.idleMs <= 0) {
      throw new RangeError('RedisStorage: idleMs must be a positive whole number of milliseconds');
    }
    this.ownsClient = options.client === undefined;
    // Fails fast (no offline queue, a command budget): the turn's fail-safe speaks instead of waiting on a dead server.
    this.client = options.client ?? createRedisClient(options.url, { timeoutMs: options.timeoutMs, onError: options.onError });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const rows = await Promise.all(keys.map((key) => this.takePrimed(key) ?? this.readRow(key)));
    const items: StoreItems = {};
    rows.forEach(([storedKey, item], i) => {
      if (item === null) return;
      if (storedKey !== keys[i]) throw new Error(`RedisStorage: ${this.redisKey(keys[i])} holds another key`);
      items[keys[i]] = JSON.parse(item);
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const key of Object.keys(changes)) this.primed.delete(key);
    await writeEach(changes, (key, item) => this.writeOne(key, item));
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.primed.delete(key);
    await firstConnection(this.client);
    if (keys.length > 0) await this.client.del(...keys.map((key) => this.redisKey(key)));
  }

  /** Every stored key, via SCAN over the prefix. A full scan. */
  async *keys(): AsyncIterable<string> {
    await firstConnection(this.client);
    const stream = this.client.scanStream({ match: `${escapeGlob(this.prefix)}*`, count: 500 });
    for await (const batch of stream as AsyncIterable<string[]>) {
      const originals = await Promise.all(batch.map((redisKey) => this.client.hget(redisKey, 'key')));
      for (const key of originals) if (key !== null) yield key;
    }
  }

  async ping(): Promise<void> {
    await firstConnection(this.client);
    await this.client.ping();
  }

  async close(): Promise<void> {
    if (this.ownsClient) await this.client.quit().catch(() => this.client.disconnect());
  }

  /**
   * The stored row of `key` as a turn's start script read it, while that turn holds the
   * conversation's lease: the next read of the key is answered from it, once. Returns its
   * disposal (the turn's end), which leaves a later turn's row alone.
   */
  prime(key: string, row: Row): () => void {
    this.primed.set(key, row);
    return () => {
      if (this.primed.get(key) === row) this.primed.delete(key);
    };
  }

  /** The Redis key holding `key`'s state. */
  redisKey(key: string): string {
    return this.prefix + hashKey(key);
  }

  private takePrimed(key: string): Row | undefined {
    const row = this.primed.get(key);
    if (row) this.primed.delete(key);
    return row;
  }

  private async readRow(key: string): Promise<Row> {
    await firstConnection(this.client);
    return this.client.hmget(this.redisKey(key), 'key', 'item') as Promise<Row>;
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    // Copied now, before any wait: the caller may change `item` once write() has been called.
    const eTag = randomUUID();
    const expected = isConditionalETag(item.eTag) ? item.eTag : '';
    const json = JSON.stringify({ ...item, eTag });
    await firstConnection(this.client);
    const written = await WRITE_SCRIPT.run(this.client, this.redisKey(key), expected, eTag, key, json, this.idleMs);
    if (written !== 1) throw eTagConflict(hashKey(key));
  }
}

/** A stored state's original key and item JSON (null, null: nothing stored). */
export type Row = [storedKey: string | null, item: string | null];

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}
