import type { Storage, StoreItem, StoreItems } from 'botbuilder';

/** Default idle time after which conversation and user state expire. */
export const DEFAULT_IDLE_MS = 24 * 60 * 60 * 1000;

/**
 * A botbuilder `Storage` the erasure service can also enumerate and the process can shut down.
 */
export interface StateStorage extends Storage {
  /**
   * Every stored (unexpired) key, for "delete my data": the caller picks the keys of one
   * person and passes them to `delete`. A full scan: never on the turn path.
   */
  keys(): AsyncIterable<string>;
  /** Waits for pending writes and releases files, timers and connections. */
  close(): Promise<void>;
  /** Rejects when the store cannot be reached (readiness); stores that are always there omit it. */
  ping?(): Promise<void>;
}

/** The error every implementation throws for a refused optimistic write. The key is not in the message: keys hold channel ids and phone numbers. */
export function eTagConflict(keyHash: string): Error {
  return new Error(`Storage: error writing key #${keyHash.slice(0, 12)} due to eTag conflict.`);
}

/** botbuilder's rule: no eTag (or an empty one) and `*` mean "write whatever is stored". */
export function isConditionalETag(eTag: unknown): eTag is string {
  return typeof eTag === 'string' && eTag !== '' && eTag !== '*';
}

/**
 * Writes every change with `writeOne`. Like MemoryStorage, keys that don't
 * conflict are still written; the first failure is then reported.
 */
export async function writeEach(changes: StoreItems, writeOne: (key: string, item: StoreItem) => Promise<void>): Promise<void> {
  const results = await Promise.allSettled(Object.entries(changes).map(([key, item]: [string, StoreItem]) => writeOne(key, item)));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}
