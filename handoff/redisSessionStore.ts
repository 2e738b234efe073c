/**
 * Hand-offs shared by every instance, on Redis. Each hand-off is one hash (`v`: a version from
 * one counter, `json`: the hand-off) under a hashed key (no channel ids in key names), listed
 * in a set per organisation and one set of all. A change reads the version, decides, and writes
 * through one Lua check-and-set that fails if anyone wrote in between; it is then read and
 * decided again. So a claim is atomic across instances and a person's message on one instance
 * never overwrites an advisor's line written on another.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Change, HandoffSessionStore, StoredHandoff } from './sessionStore';

/** KEYS: hash, all set, old org set, new org set, version counter. ARGV: expected version, JSON ('' deletes), conversation key, ttl ms. */
const WRITE = `
local v = redis.call('HGET', KEYS[1], 'v') or '0'
if v ~= ARGV[1] then return 0 end
if ARGV[2] == '' then
  redis.call('DEL', KEYS[1])
  redis.call('SREM', KEYS[2], ARGV[3])
  redis.call('SREM', KEYS[3], ARGV[3])
  redis.call('SREM', KEYS[4], ARGV[3])
  return 1
end
redis.call('HSET', KEYS[1], 'v', tostring(redis.call('INCR', KEYS[5])), 'json', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
if KEYS[3] ~= KEYS[4] then redis.call('SREM', KEYS[3], ARGV[3]) end
redis.call('SADD', KEYS[2], ARGV[3])
redis.call('SADD', KEYS[4], ARGV[3])
return 1
`;

/** KEYS: hash, set. ARGV: member. Drops the member only if its hand-off is really gone (not written since the read). */
const FORGET = `
if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('SREM', KEYS[2], ARGV[1]) end
return 1
`;

/** Concurrent writes to one hand-off are a handful at most (the person, an advisor, a sweep). */
const MAX_TRIES = 50;

export interface RedisSessionStoreOptions {
  prefix?: string;
  /** A hand-off untouched this long is gone (a forgotten one never stays for ever). */
  keepMs: number;
}

export class RedisSessionStore implements HandoffSessionStore {
  private readonly prefix: string;

  constructor(
    private readonly client: Redis,
    private readonly options: RedisSessionStoreOptions,
  ) {
    this.prefix = options.prefix ?? 'carers-bot:handoff:';
  }

  async get(conversationKey: string): Promise<StoredHandoff | undefined> {
    return parse(await this.client.hget(this.hashKey(conversationKey), 'json'));
  }

  async list(org: string): Promise<StoredHandoff[]> {
    return this.read(this.orgKey(org), await this.client.smembers(this.orgKey(org)));
  }

  async all(): Promise<StoredHandoff[]> {
    return this.read(`${this.prefix}all`, await this.client.smembers(`${this.prefix}all`));
  }

  async update<T>(conversationKey: string, change: (current: StoredHandoff | undefined) => Change<T>): Promise<T> {
    const hash = this.hashKey(conversationKey);
    for (let i = 0; i < MAX_TRIES; i++) {
      const [version, json] = await this.client.hmget(hash, 'v', 'json');
      const current = parse(json);
      const { next, result } = change(current);
      if (next === undefined) return result;
      const oldOrg = this.orgKey(current?.org ?? next?.org ?? '');
      const newOrg = next ? this.orgKey(next.org) : oldOrg;
      const written = await this.client.eval(
        WRITE,
        5,
        hash,
        `${this.prefix}all`,
        oldOrg,
        newOrg,
        `${this.prefix}version`,
        version ?? '0',
        next ? JSON.stringify(next) : '',
        conversationKey,
        this.options.keepMs,
      );
      if (written === 1) return result;
    }
    throw new Error('hand-off changed too often to write');
  }

  /** The key that exists while the conversation has a hand-off (the turn's start script checks it, bots/turnLease.ts). */
  existenceKey(conversationKey: string): string {
    return this.hashKey(conversationKey);
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  /** The hand-offs behind a set's members; members whose hand-off expired are dropped from that set. */
  private async read(set: string, keys: string[]): Promise<StoredHandoff[]> {
    if (keys.length === 0) return [];
    const pipeline = this.client.pipeline();
    for (const key of keys) pipeline.hget(this.hashKey(key), 'json');
    const replies = (await pipeline.exec()) ?? [];
    const found: StoredHandoff[] = [];
    const gone: string[] = [];
    replies.forEach(([error, json], i) => {
      if (error) throw error;
      const session = parse(json as string | null);
      if (session) found.push(session);
      else gone.push(keys[i]);
    });
    for (const key of gone) await this.client.eval(FORGET, 2, this.hashKey(key), set, key);
    return found;
  }

  private hashKey(conversationKey: string): string {
    return `${this.prefix}s:${createHash('sha256').update(conversationKey).digest('hex')}`;
  }

  private orgKey(org: string): string {
    return `${this.prefix}org:${org}`;
  }
}

function parse(json: string | null | undefined): StoredHandoff | undefined {
  return json ? (JSON.parse(json) as StoredHandoff) : undefined;
}
