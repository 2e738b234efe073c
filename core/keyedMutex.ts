/**
 * Runs async tasks one at a time per key, in call order; different keys run in parallel.
 * Entries are dropped once a key's queue drains, so memory follows the keys in use, not the keys ever seen.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    // The tail only ever resolves, so one failed task doesn't poison the queue behind it.
    const tail = previous ? previous.then(() => mine) : mine;
    this.tails.set(key, tail);
    try {
      if (previous) await previous;
      return await task();
    } finally {
      // Forgotten before the caller resumes, so an idle key costs nothing.
      if (this.tails.get(key) === tail) this.tails.delete(key);
      release();
    }
  }

  /** Resolves when every task queued so far has settled. */
  async settled(): Promise<void> {
    await Promise.all(this.tails.values());
  }

  /** Resolves once no key has a task queued or running, including tasks queued meanwhile (graceful shutdown). */
  async drained(): Promise<void> {
    while (this.tails.size > 0) await this.settled();
  }

  /** Keys with a task queued or running. */
  get activeKeys(): number {
    return this.tails.size;
  }
}
