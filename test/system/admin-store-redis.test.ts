/** The Redis admin store against the same contract as the embedded ones, on a private redis-server; two instances' stores on one Redis. */
import { Redis } from 'ioredis';
import { RedisAdminStore } from '../../admin';
import { RedisServer } from '../../bench/scale/redisServer';
import { adminStoreContract } from '../admin/storeContract';

describe('admin store on Redis', function () {
  this.timeout(60_000);
  let redis: RedisServer;
  let prefix = 0;
  before(async () => {
    redis = await RedisServer.start();
  });
  after(async () => redis?.stop());

  adminStoreContract('redis', async () => {
    const clients = [0, 1, 2, 3].map(() => new Redis(redis.url));
    const key = `test${++prefix}:admin:`;
    const store = new RedisAdminStore(clients[0], clients[1], key);
    const other = new RedisAdminStore(clients[2], clients[3], key);
    await Promise.all([store.ready(), other.ready()]);
    return {
      store,
      other,
      cleanup: async () => {
        await store.close();
        await other.close();
        clients.forEach((c) => c.disconnect());
      },
    };
  });
});
