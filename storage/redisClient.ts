/**
 * The one way this bot opens a Redis connection: fail fast. With no offline queue a command
 * on a dropped connection fails at once; a command budget and a connect timeout bound the rest;
 * reconnection goes on in the background (capped back-off) and errors go to the logger.
 */
import { createHash } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { DEFAULT_STORAGE_TIMEOUT_MS } from './budget';

export interface RedisClientOptions {
  timeoutMs?: number;
  onError?: (error: Error) => void;
  /** Extra ioredis options (a subscriber connection needs the offline queue for its SUBSCRIBE). */
  extra?: RedisOptions;
}

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export function createRedisClient(url: string | undefined, options: RedisClientOptions = {}): Redis {
  const timeoutMs = options.timeoutMs ?? DEFAULT_STORAGE_TIMEOUT_MS;
  const client = new Redis(url ?? DEFAULT_REDIS_URL, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    retryStrategy: (times) => Math.min(100 * times, 1000),
    ...options.extra,
  });
  // Without a listener ioredis prints every failed reconnect to the console; with one, the logger decides.
  client.on('error', (error: Error) => options.onError?.(error));
  return client;
}

/**
 * Resolves once the client has connected for the first time (commands sent before that would
 * fail with the offline queue off); afterwards at once, so a dropped connection still fails fast.
 * Callers bound the wait with their budget.
 */
export function firstConnection(client: Redis): Promise<void> {
  if (connectedOnce.has(client)) return Promise.resolve();
  if (client.status === 'ready') {
    connectedOnce.add(client);
    return Promise.resolve();
  }
  let waiting = pending.get(client);
  if (!waiting) {
    waiting = new Promise<void>((resolve) =>
      client.once('ready', () => {
        connectedOnce.add(client);
        resolve();
      }),
    );
    pending.set(client, waiting);
    if (client.status === 'wait') client.connect().catch(() => undefined); // a lazyConnect client a caller passed in
  }
  return waiting;
}

const connectedOnce = new WeakSet<Redis>();
const pending = new WeakMap<Redis, Promise<void>>();

/** True once the client has been ready at least once (then firstConnection need not be awaited). */
export function hasConnected(client: Redis): boolean {
  return connectedOnce.has(client) || client.status === 'ready';
}

/**
 * A Lua script run by its SHA (EVALSHA): a turn sends 40 bytes instead of the script, and Redis
 * skips hashing its text on every call. The first call on a server that does not know it yet
 * (a restart, a SCRIPT FLUSH) answers NOSCRIPT: the script is then sent whole, which loads it.
 */
export class LuaScript {
  readonly sha: string;

  constructor(
    readonly lua: string,
    readonly keyCount: number,
  ) {
    this.sha = createHash('sha1').update(lua).digest('hex');
  }

  async run(client: Redis, ...args: (string | number)[]): Promise<unknown> {
    return this.runWithKeyCount(client, this.keyCount, args);
  }

  /** For a script whose number of keys varies by call (`args`: the keys first, then the arguments). */
  async runWithKeyCount(client: Redis, keyCount: number, args: (string | number)[]): Promise<unknown> {
    try {
      return await client.evalsha(this.sha, keyCount, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client.eval(this.lua, keyCount, ...args);
    }
  }
}
