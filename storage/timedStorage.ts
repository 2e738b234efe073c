/**
 * Every call to the state store within a time budget (STORAGE_TIMEOUT_MS): a store that hangs
 * (Redis down, a stuck disk) fails the call quickly, so the turn's fail-safe speaks (the
 * crisis contacts for any risk) instead of the person waiting for the client to give up.
 */
import type { StoreItems } from 'botbuilder';
import { Breaker } from './budget';
import type { StateStorage } from './stateStorage';

export class TimedStorage implements StateStorage {
  private readonly breaker: Breaker;

  constructor(
    readonly inner: StateStorage,
    budgetMs: number,
    now: () => number = Date.now,
  ) {
    this.breaker = new Breaker(budgetMs, now);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.breaker.run('read', () => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.breaker.run('write', () => this.inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.breaker.run('delete', () => this.inner.delete(keys));
  }

  /** A full scan (erasure), never on the turn path: not budgeted per call. */
  keys(): AsyncIterable<string> {
    return this.inner.keys();
  }

  /**
   * Another call to the same store within the same budget and breaker (the activity record, the
   * turn lease): once one call found the store dead, the rest of the turn does not wait on it again.
   */
  guard<T>(what: string, call: () => Promise<T>): Promise<T> {
    return this.breaker.run(what, call);
  }

  /** Reachable within the budget (readiness). */
  ping(): Promise<void> {
    return this.breaker.run('ping', () => this.inner.ping?.() ?? Promise.resolve());
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
