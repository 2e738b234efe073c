/** Activity ids seen recently, shared by every instance: `SET key 1 NX PX ttl` answers "first time?" atomically. */
import type { Redis } from 'ioredis';
import { hashKey } from './lowdbLayout';
import { firstConnection } from './redisClient';

/** Where the ids are kept; the turn lease's start script (redisTurnLease.ts) records them under the same keys. */
export const SEEN_PREFIX = 'carers-bot:seen:';

export class RedisSeenActivities {
  constructor(
    private readonly client: Redis,
    private readonly ttlMs: number,
    private readonly prefix = SEEN_PREFIX,
  ) {}

  async firstSighting(key: string): Promise<boolean> {
    await firstConnection(this.client);
    return (await this.client.set(this.prefix + hashKey(key), '1', 'PX', this.ttlMs, 'NX')) === 'OK';
  }
}
