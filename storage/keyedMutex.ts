/**
 * Runs async tasks one at a time per key, in call order; different keys run in parallel.
 * Entries are dropped once a key's queue drains, so memory follows the keys in use, not the keys ever seen.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    // The tail never rejects, so one failed task doesn't poison the queue behind it.
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Resolves when every task queued so far has settled. */
  async settled(): Promise<void> {
    await Promise.all(this.tails.values());
  }
}
