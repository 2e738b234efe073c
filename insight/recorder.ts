/**
 * The one thing the bot and the hand-off know of insight: "count these, for this organisation,
 * now". Fire and forget: a turn never waits for it and never fails because of it; a failure
 * is logged with the error's name only (never text, never an identifier).
 */
import { isoWeek, validEvent, type InsightEvent } from './model';
import type { CounterStore } from './store';

export interface InsightRecorder {
  record(org: string, events: readonly InsightEvent[]): void;
}

/** For tests and for a bot built without insight. */
export const NO_INSIGHT: InsightRecorder = { record: () => undefined };

export class CountingRecorder implements InsightRecorder {
  private pending = new Set<Promise<void>>();

  constructor(
    private readonly store: CounterStore,
    private readonly clock: () => Date,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  record(org: string, events: readonly InsightEvent[]): void {
    try {
      const valid = events.filter((event) => validEvent(org, event));
      if (valid.length === 0) return;
      const write = this.store.add(org, isoWeek(this.clock()), valid).catch((error: unknown) => this.onError(error));
      this.pending.add(write);
      void write.finally(() => this.pending.delete(write));
    } catch (error) {
      this.onError(error);
    }
  }

  /** Resolves once every write started so far has ended (tests, and a graceful stop). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
}
