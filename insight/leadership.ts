/**
 * Which instance counts hand-off outcomes. On Redis every instance receives every desk event,
 * so each would count the same hand-off; one instance at a time holds a short lease
 * (`insight:watcher`, renewed while it lives) and only the holder records. The others keep
 * their view of the desk up to date, so a new holder carries on without counting twice.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Take the lease when free, renew it when ours; 1 when held. */
const TAKE_OR_RENEW = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`;

export type Leadership = () => Promise<boolean>;

/** One process: it always leads. */
export const ALWAYS_LEADS: Leadership = async () => true;

export function redisLeadership(
  redis: Redis,
  options: { prefix?: string; ttlMs?: number; now?: () => number; id?: string; ready?: () => Promise<void> } = {},
): Leadership {
  const key = `${options.prefix ?? ''}insight:watcher`;
  const id = options.id ?? randomUUID();
  const ttlMs = options.ttlMs ?? 15_000;
  const now = options.now ?? Date.now;
  let known: { held: boolean; until: number } = { held: false, until: 0 };
  return async () => {
    if (now() < known.until) return known.held;
    await options.ready?.();
    const held = (await redis.eval(TAKE_OR_RENEW, 1, key, id, String(ttlMs))) === 1;
    // Asked again a third of the lease later: a holder renews well before it lapses.
    known = { held, until: now() + ttlMs / 3 };
    return held;
  };
}
