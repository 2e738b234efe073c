/**
 * Call-back requests shared by every instance, on Redis: each request one key that expires on
 * its own after the keep period (Redis's clock), listed in a sorted set per organisation by the
 * time it was made and in a set per conversation (for "delete my data"). Listing also drops
 * what is older than the keep period by the caller's clock, as the in-process store does.
 * Conversation keys are hashed in key names: no channel ids or numbers in them.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { CallbackRequest, CallbackStore } from './callbacks';

/** KEYS: org set. ARGV: oldest time kept, request key prefix. Deletes the older requests; returns the ids kept, oldest first. */
const LIST = `
local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
for _, id in ipairs(old) do redis.call('DEL', ARGV[2] .. id) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
return redis.call('ZRANGE', KEYS[1], 0, -1)
`;

/** KEYS: conversation set. ARGV: request key prefix, org set prefix. Returns how many requests were there. */
const ERASE = `
local ids = redis.call('SMEMBERS', KEYS[1])
local removed = 0
for _, id in ipairs(ids) do
  local json = redis.call('GET', ARGV[1] .. id)
  if json then
    redis.call('ZREM', ARGV[2] .. cjson.decode(json).org, id)
    redis.call('DEL', ARGV[1] .. id)
    removed = removed + 1
  end
end
redis.call('DEL', KEYS[1])
return removed
`;

export class RedisCallbackStore implements CallbackStore {
  constructor(
    private readonly client: Redis,
    private readonly keepMs: number,
    private readonly prefix = 'carers-bot:callbacks:',
  ) {}

  async add(request: CallbackRequest): Promise<void> {
    const id = `${String(request.createdAt).padStart(15, '0')}-${randomUUID()}`;
    const conversation = this.conversationKey(request.conversationKey);
    await this.client
      .multi()
      .set(this.requestKey(id), JSON.stringify({ ...request }), 'PX', this.keepMs)
      .zadd(this.orgKey(request.org), request.createdAt, id)
      .sadd(conversation, id)
      .pexpire(conversation, this.keepMs)
      .exec();
  }

  async list(org: string, now: number): Promise<CallbackRequest[]> {
    const ids = (await this.client.eval(LIST, 1, this.orgKey(org), now - this.keepMs, `${this.prefix}r:`)) as string[];
    if (ids.length === 0) return [];
    const found = await this.client.mget(...ids.map((id) => this.requestKey(id)));
    // A request whose key expired (Redis's clock) is gone even if the caller's clock says otherwise.
    return found.flatMap((json) => (json ? [JSON.parse(json) as CallbackRequest] : []));
  }

  async eraseConversation(conversationKey: string): Promise<number> {
    return Number(await this.client.eval(ERASE, 1, this.conversationKey(conversationKey), `${this.prefix}r:`, `${this.prefix}org:`));
  }

  private requestKey(id: string): string {
    return `${this.prefix}r:${id}`;
  }

  private orgKey(org: string): string {
    return `${this.prefix}org:${org}`;
  }

  private conversationKey(conversationKey: string): string {
    return `${this.prefix}c:${createHash('sha256').update(conversationKey).digest('hex')}`;
  }
}
