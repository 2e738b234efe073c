/**
 * Insight, composed: the counter store beside the state (a file when embedded, Redis when the
 * state is on Redis, memory for tests), the recorder the bot counts through, and the watcher of
 * the hand-off desk. app.ts builds it; web/insightRoutes.ts reads it.
 */
import type { Redis } from 'ioredis';
import { HandoffWatcher, type WatchedDesk } from './handoffWatcher';
import { ALWAYS_LEADS, redisLeadership } from './leadership';
import { CountingRecorder, type InsightRecorder } from './recorder';
import { RedisCounterStore } from './redisStore';
import { FileCounterStore, MemoryCounterStore, type CounterDocument, type CounterStore, type DocumentFile } from './store';

export type { InsightRecorder } from './recorder';
export type { CounterDocument, CounterStore } from './store';

export interface InsightOptions {
  /** Embedded: the file the counters are kept in (STATE_DIR/insight.json). */
  file?: DocumentFile<CounterDocument>;
  /** On Redis: a connection this owns and closes, and how to wait for its first connection. */
  redis?: { client: Redis; connected: () => Promise<void> };
  clock: () => Date;
  onError: (error: unknown) => void;
}

export interface Insight {
  store: CounterStore;
  recorder: InsightRecorder;
  /** Starts counting hand-off outcomes from the desk's events, for these organisations. */
  watch(desk: WatchedDesk, orgs: readonly string[]): Promise<void>;
  /** Every count started so far has been written (tests). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export function createInsight(options: InsightOptions): Insight {
  const { redis } = options;
  const store: CounterStore = redis
    ? new RedisCounterStore(redis.client, '', redis.connected)
    : options.file
      ? new FileCounterStore(options.file, options.onError)
      : new MemoryCounterStore();
  const recorder = new CountingRecorder(store, options.clock, options.onError);
  let watcher: HandoffWatcher | undefined;
  return {
    store,
    recorder,
    async watch(desk, orgs) {
      // On Redis every instance hears every desk event: one of them (holding a lease) counts.
      const leads = redis ? redisLeadership(redis.client, { ready: redis.connected }) : ALWAYS_LEADS;
      watcher ??= new HandoffWatcher(desk, recorder, () => options.clock().getTime(), options.onError, leads);
      await watcher.watch(orgs);
    },
    async settled() {
      await watcher?.settled();
      await recorder.settled();
    },
    async close() {
      watcher?.stop();
      await recorder.settled();
      await store.close();
      redis?.client.disconnect();
    },
  };
}
