/**
 * The hand-off queue shared by every instance, on Redis: per organisation a sorted set ordered
 * by risk, then by time joined (score = (4 − risk rank) × 10^13 + joined ms, exact in a double
 * and in Redis's 17-digit scores), and one hash of the entries as joined plus one of current
 * risk levels. Each change is one Lua script, so joins, raises and leaves from several instances
 * never interleave; `leave` answers true to exactly one caller: the atomic claim.
 */
import type { Redis } from 'ioredis';
import { RISK_LEVELS, riskRank, type RiskLevel } from '../core/risk';
import type { HandoffQueue, QueueEntry } from './queue';

const SPAN = 1e13;
const TOP = RISK_LEVELS.length;

/** KEYS: entries hash, risk hash. ARGV: key, org, entry JSON, rank, joinedAt, org set prefix, risk. Returns the 1-based place. */
const JOIN = `
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if existing then
  local zkey = ARGV[6] .. cjson.decode(existing).org
  local score = tonumber(redis.call('ZSCORE', zkey, ARGV[1]))
  local oldRank = ${TOP} - math.floor(score / ${SPAN})
  local joined = score - (${TOP} - oldRank) * ${SPAN}
  local rank = tonumber(ARGV[4])
  if rank > oldRank then
    redis.call('HSET', KEYS[2], ARGV[1], ARGV[7])
    redis.call('ZADD', zkey, string.format('%.0f', (${TOP} - rank) * ${SPAN} + joined), ARGV[1])
  end
  return redis.call('ZRANK', zkey, ARGV[1]) + 1
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[7])
local zkey = ARGV[6] .. ARGV[2]
redis.call('ZADD', zkey, string.format('%.0f', (${TOP} - tonumber(ARGV[4])) * ${SPAN} + tonumber(ARGV[5])), ARGV[1])
return redis.call('ZRANK', zkey, ARGV[1]) + 1
`;

/** KEYS: entries hash, risk hash. ARGV: key, org set prefix. Returns 1 when this call took the entry out. */
const LEAVE = `
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if not existing then return 0 end
redis.call('ZREM', ARGV[2] .. cjson.decode(existing).org, ARGV[1])
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
`;

export class RedisQueue implements HandoffQueue {
  private readonly entries: string;
  private readonly risks: string;
  private readonly orgPrefix: string;

  constructor(
    private readonly client: Redis,
    prefix = 'carers-bot:queue:',
  ) {
    this.entries = `${prefix}entries`;
    this.risks = `${prefix}risk`;
    this.orgPrefix = `${prefix}org:`;
  }

  async join(entry: QueueEntry): Promise<number> {
    const { conversationKey, org, risk, joinedAt } = entry;
    const json = JSON.stringify({ ...entry });
    const place = await this.client.eval(JOIN, 2, this.entries, this.risks, conversationKey, org, json, riskRank(risk), joinedAt, this.orgPrefix, risk);
    return Number(place);
  }

  async position(conversationKey: string): Promise<number | undefined> {
    const json = await this.client.hget(this.entries, conversationKey);
    if (!json) return undefined;
    const rank = await this.client.zrank(this.orgPrefix + (JSON.parse(json) as QueueEntry).org, conversationKey);
    return rank === null ? undefined : rank + 1;
  }

  async leave(conversationKey: string): Promise<boolean> {
    return (await this.client.eval(LEAVE, 2, this.entries, this.risks, conversationKey, this.orgPrefix)) === 1;
  }

  async list(org: string): Promise<QueueEntry[]> {
    const keys = await this.client.zrange(this.orgPrefix + org, '0', '-1');
    if (keys.length === 0) return [];
    const [entries, risks] = await Promise.all([this.client.hmget(this.entries, ...keys), this.client.hmget(this.risks, ...keys)]);
    return entries.flatMap((json, i) => (json ? [{ ...(JSON.parse(json) as QueueEntry), risk: (risks[i] ?? 'none') as RiskLevel }] : []));
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }
}
