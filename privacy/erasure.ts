/**
 * "Delete my data": one service that every store holding something of a
 * person registers with. Erasing asks every store, and reports which failed
 * so a failure is never silent.
 */
export interface ErasureSubject {
  /** Opaque key of the conversation (queue, call backs, plans, transcripts). */
  conversationKey: string;
  /** Keys of the state storage (conversation and user state). */
  storageKeys: string[];
}

export interface Erasable {
  /** Name used in the data inventory (docs/DATA-INVENTORY.md). */
  readonly storeName: string;
  erase(subject: ErasureSubject): Promise<void>;
}

export class ErasureService {
  private readonly stores: Erasable[] = [];

  register(store: Erasable): void {
    if (this.stores.some((s) => s.storeName === store.storeName)) throw new Error(`store ${store.storeName} is registered twice`);
    this.stores.push(store);
  }

  get registered(): string[] {
    return this.stores.map((s) => s.storeName);
  }

  /** Erases from every store; throws listing the stores that failed, after trying them all. */
  async erase(subject: ErasureSubject): Promise<void> {
    const results = await Promise.allSettled(this.stores.map((store) => store.erase(subject)));
    const failed = this.stores.filter((_, i) => results[i].status === 'rejected').map((s) => s.storeName);
    if (failed.length) throw new Error(`erasure failed in: ${failed.join(', ')}`);
  }
}
