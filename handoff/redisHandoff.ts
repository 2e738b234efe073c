/**
 * The hand-off's shared parts for several instances on one Redis (STORAGE=redis), composed in
 * app.ts from the one client the state storage opened: queue, presence, call backs, the
 * hand-offs themselves and the console events, all under one deployment prefix. Only the event
 * subscriber has a connection of its own.
 */
import type { Redis } from 'ioredis';
import { RedisCallbackStore } from './redisCallbacks';
import { RedisDeskEvents } from './redisDeskEvents';
import { RedisPresence } from './redisPresence';
import { RedisQueue } from './redisQueue';
import { RedisSessionStore } from './redisSessionStore';

export interface RedisHandoffOptions {
  /** The deployment's key prefix, e.g. `carers-bot:`; every key of the hand-off starts with it. */
  prefix: string;
  heartbeatTimeoutMs: number;
  callbackKeepMs: number;
  /** A hand-off nobody touched this long is dropped. */
  sessionKeepMs: number;
  onError?: (what: string, error: unknown) => void;
}

export function createRedisHandoff(client: Redis, options: RedisHandoffOptions) {
  const { prefix } = options;
  // A subscribed connection runs nothing else; it needs the offline queue for its SUBSCRIBE.
  const subscriber = client.duplicate({ enableOfflineQueue: true, lazyConnect: false, connectionName: 'handoff-events' });
  subscriber.on('error', (error: Error) => options.onError?.('event connection', error));
  return {
    queue: new RedisQueue(client, `${prefix}queue:`),
    presence: new RedisPresence(client, options.heartbeatTimeoutMs, `${prefix}presence:`),
    callbacks: new RedisCallbackStore(client, options.callbackKeepMs, `${prefix}callbacks:`),
    sessions: new RedisSessionStore(client, { prefix: `${prefix}handoff:`, keepMs: options.sessionKeepMs }),
    events: new RedisDeskEvents(client, subscriber, `${prefix}handoff:events`, options.onError),
  };
}
