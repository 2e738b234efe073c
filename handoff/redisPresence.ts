/**
 * Advisor presence shared by every instance, on Redis: per organisation a sorted set of
 * advisor ids scored by their last sign of life, and per advisor a key with their identity and
 * that time, which expires on its own a day after the last heartbeat. `online` reads the
 * sorted set from (now − timeout), so a console that stops beating drops out everywhere.
 */
import type { Redis } from 'ioredis';
import type { AdvisorIdentity } from './advisorDesk';
import type { AdvisorPresence } from './presence';

/** Long after any timeout: a forgotten advisor's key and set entry are cleaned up by then. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;

interface Seen {
  advisor: AdvisorIdentity;
  at: number;
}

/** KEYS: advisor key, new org set. ARGV: id, JSON, at, ttl ms, org set prefix. Moves the advisor if their organisation changed. */
const SEEN = `
local old = redis.call('GET', KEYS[1])
if old then
  local oldOrg = ARGV[5] .. cjson.decode(old).advisor.org
  if oldOrg ~= KEYS[2] then redis.call('ZREM', oldOrg, ARGV[1]) end
end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. (tonumber(ARGV[3]) - tonumber(ARGV[4])))
return 1
`;

/** KEYS: advisor key. ARGV: id, org set prefix. */
const GONE = `
local old = redis.call('GET', KEYS[1])
if not old then return 0 end
redis.call('ZREM', ARGV[2] .. cjson.decode(old).advisor.org, ARGV[1])
redis.call('DEL', KEYS[1])
return 1
`;

export class RedisPresence implements AdvisorPresence {
  private readonly orgPrefix: string;

  constructor(
    private readonly client: Redis,
    private readonly timeoutMs: number,
    private readonly prefix = 'carers-bot:presence:',
  ) {
    this.orgPrefix = `${prefix}org:`;
  }

  async seen(advisor: AdvisorIdentity, now: number): Promise<void> {
    const json = JSON.stringify({ advisor: { ...advisor, languages: [...advisor.languages] }, at: now } satisfies Seen);
    await this.client.eval(SEEN, 2, this.advisorKey(advisor.id), this.orgPrefix + advisor.org, advisor.id, json, now, FORGET_AFTER_MS, this.orgPrefix);
  }

  async gone(advisorId: string): Promise<void> {
    await this.client.eval(GONE, 1, this.advisorKey(advisorId), advisorId, this.orgPrefix);
  }

  async online(org: string, now: number): Promise<AdvisorIdentity[]> {
    const ids = await this.client.zrangebyscore(this.orgPrefix + org, now - this.timeoutMs, '+inf');
    if (ids.length === 0) return [];
    const found = await this.client.mget(...ids.map((id) => this.advisorKey(id)));
    return found.flatMap((json) => {
      const seen = json ? (JSON.parse(json) as Seen) : undefined;
      return seen && seen.advisor.org === org && now - seen.at <= this.timeoutMs ? [seen.advisor] : [];
    });
  }

  async lastSeen(advisorId: string): Promise<number | undefined> {
    const json = await this.client.get(this.advisorKey(advisorId));
    return json ? (JSON.parse(json) as Seen).at : undefined;
  }

  private advisorKey(id: string): string {
    return `${this.prefix}advisor:${id}`;
  }
}
