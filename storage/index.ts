import { LowdbStorage } from './lowdbStorage';
import { MemoryStateStorage } from './memoryStateStorage';
import { join } from 'node:path';
import { DEFAULT_STORAGE_TIMEOUT_MS, withinBudget } from './budget';
import { LocalSeenActivities } from './seenActivities';
import { RedisSeenActivities } from './redisSeenActivities';
import { RedisTurnLease } from './redisTurnLease';
import { RedisStorage } from './redisStorage';
import type { StateStorage } from './stateStorage';
import { TimedStorage } from './timedStorage';

export { LocalSeenActivities } from './seenActivities';
export { SnapshotFile } from './snapshotFile';
export { RedisTurnLease, LeaseTimeoutError, type TurnStart, type TurnStartKeys } from './redisTurnLease';
export { RedisSeenActivities } from './redisSeenActivities';
export { LowdbStorage, type ExpiryReport, type LowdbStorageOptions } from './lowdbStorage';
export { MemoryStateStorage } from './memoryStateStorage';
export { RedisStorage, type RedisStorageOptions } from './redisStorage';
export { DEFAULT_IDLE_MS, type StateStorage } from './stateStorage';
export { TimedStorage } from './timedStorage';
export { DEFAULT_STORAGE_TIMEOUT_MS, StorageUnavailableError, withinBudget } from './budget';

export interface StorageConfig {
  /** `lowdb`: embedded, one instance. `redis`: shared by several instances. `memory`: tests, nothing kept. */
  kind: 'lowdb' | 'memory' | 'redis';
  /** lowdb root folder; default `.data/state`. */
  dir?: string;
  /** Redis connection; default `redis://127.0.0.1:6379`. */
  redisUrl?: string;
  /** Idle time after which state expires (lowdb sweep, Redis TTL). Memory never expires. */
  idleMs: number;
  /** lowdb: how often to delete idle state; default every 15 minutes. */
  sweepEveryMs?: number;
  /** lowdb: where a failed background sweep is reported. */
  onSweepError?: (error: unknown) => void;
  /** Budget of every call (STORAGE_TIMEOUT_MS); past it the turn's fail-safe runs. Memory is not wrapped. */
  timeoutMs?: number;
  /** Redis: where connection errors are reported. */
  onError?: (error: Error) => void;
}

const DEFAULT_SWEEP_EVERY_MS = 15 * 60 * 1000;

/** Builds the conversation and user state store the composition root hands to botbuilder, each call within its budget. */
export function createStorage(config: StorageConfig): StateStorage {
  const inner = createInner(config);
  return config.kind === 'memory' ? inner : new TimedStorage(inner, config.timeoutMs ?? DEFAULT_STORAGE_TIMEOUT_MS);
}

function createInner(config: StorageConfig): StateStorage {
  switch (config.kind) {
    case 'lowdb':
      return new LowdbStorage({
        dir: config.dir,
        idleMs: config.idleMs,
        sweepEveryMs: config.sweepEveryMs ?? DEFAULT_SWEEP_EVERY_MS,
        onSweepError: config.onSweepError,
      });
    case 'redis':
      return new RedisStorage({ url: config.redisUrl, idleMs: config.idleMs, timeoutMs: config.timeoutMs, onError: config.onError });
    case 'memory':
      return new MemoryStateStorage();
  }
}

/** How long a handled activity id is remembered (a channel's retries come within minutes). */
const SEEN_FOR_MS = 24 * 60 * 60 * 1000;

/**
 * Where handled activity ids are remembered, beside the state: in Redis (shared by every
 * instance), in a file in the lowdb folder (kept across restarts), or in memory.
 * Every call within the storage budget.
 */
export function createSeenActivities(
  config: StorageConfig,
  storage: StateStorage,
): { firstSighting(key: string): Promise<boolean>; close(): Promise<void>; readonly recordedAtTurnStart?: boolean } {
  const inner = storage instanceof TimedStorage ? storage.inner : storage;
  const budget = config.timeoutMs ?? DEFAULT_STORAGE_TIMEOUT_MS;
  if (inner instanceof RedisStorage) {
    const seen = new RedisSeenActivities(inner.connection, SEEN_FOR_MS);
    const guard = guardOf(storage);
    // Recorded by the turn lease's start script, in the same round trip as the lease and the state (createTurnLease);
    // firstSighting is its fallback when that script could not run.
    return {
      firstSighting: (key) => guard('seen', () => withinBudget(seen.firstSighting(key), budget, 'seen')),
      close: async () => undefined,
      recordedAtTurnStart: true,
    };
  }
  const file = config.kind === 'lowdb' && inner instanceof LowdbStorage ? join(inner.dir, 'seen-activities.log') : undefined;
  const seen = new LocalSeenActivities({ ttlMs: SEEN_FOR_MS, file });
  return { firstSighting: (key) => withinBudget(seen.firstSighting(key), budget, 'seen'), close: () => seen.close() };
}

/** Redis: turns of one conversation one at a time across instances. Embedded and memory: one process, none needed. */
export function createTurnLease(storage: StateStorage): RedisTurnLease | undefined {
  const inner = storage instanceof TimedStorage ? storage.inner : storage;
  if (!(inner instanceof RedisStorage)) return undefined;
  // Each Redis call within the storage's budget and breaker; waiting for another instance's turn is bounded by the lease.
  return new RedisTurnLease(inner.connection, { guard: guardOf(storage), state: inner, seenMs: SEEN_FOR_MS });
}

/** The storage's budget and breaker for other calls to the same server, when it has them. */
function guardOf(storage: StateStorage): <T>(what: string, call: () => Promise<T>) => Promise<T> {
  return storage instanceof TimedStorage ? (what, call) => storage.guard(what, call) : (_what, call) => call();
}
