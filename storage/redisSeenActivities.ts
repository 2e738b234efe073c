/** Activity ids seen recently, shared by every instance: `SET key 1 NX PX ttl` answers "first time?" atomically. */
import type { Redis } from 'ioredis';
import { hashKey } from './lowdbLayout';
import { firstConnection } from './redisClient';

export class RedisSeenActivities {
  constructor(
    private readonly client: Redis,
    private readonly ttlMs: number,
    private readonly prefix = 'carers-bot:seen:',
  ) {}

  async firstSighting(key: string): Promise<boolean> {
    await firstConnection(this.client);
    return (await this.client.set(this.prefix + hashKey(key), '1', 'PX', this.ttlMs, 'NX')) === 'OK';
  }
}
