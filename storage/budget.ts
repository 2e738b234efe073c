/**
 * A time budget for storage calls: past it, the caller's fail-safe runs instead of waiting
 * for a dead server to give up. The timer uses the global setTimeout, so tests move time
 * with sinon fake timers instead of waiting.
 */

/** Default budget of one storage call (STORAGE_TIMEOUT_MS). */
export const DEFAULT_STORAGE_TIMEOUT_MS = 2000;

export class StorageUnavailableError extends Error {
  constructor(
    readonly what: string,
    readonly reason: 'timeout' | 'open',
  ) {
    super(reason === 'timeout' ? `Storage: ${what} took longer than its budget` : `Storage: ${what} skipped, storage is unreachable`);
    this.name = 'StorageUnavailableError';
  }
}

/** The promise's result if it settles within `ms`, else a StorageUnavailableError. The late result is ignored. */
export function withinBudget<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageUnavailableError(what, 'timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * After a call ran out of budget, calls fail at once for a while (then one is let through to
 * probe): turns queued behind a dead store each answer at once instead of each waiting the budget.
 */
export class Breaker {
  private openUntil = 0;
  private lastSuccess = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly budgetMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async run<T>(what: string, call: () => Promise<T>): Promise<T> {
    const started = this.now();
    if (started < this.openUntil) throw new StorageUnavailableError(what, 'open');
    try {
      const result = await withinBudget(call(), this.budgetMs, what);
      this.lastSuccess = this.now();
      return result;
    } catch (error) {
      // Opens only when nothing at all succeeded meanwhile: a store that answers other calls is
      // slow (or this process busy), not gone, and failing every turn for it would lose turns.
      const dead = isConnectionError(error) || (error instanceof StorageUnavailableError && this.lastSuccess <= started);
      if (dead) this.openUntil = this.now() + this.budgetMs;
      throw error;
    }
  }

  get open(): boolean {
    return this.now() < this.openUntil;
  }
}

/** ioredis's "not connected" errors (offline queue off) and socket errors count as unreachable. */
function isConnectionError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /Stream isn't writeable|Connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|Command timed out/i.test(message);
}
