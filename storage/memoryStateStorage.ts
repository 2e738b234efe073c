import { MemoryStorage } from 'botbuilder';
import type { StateStorage } from './stateStorage';

/**
 * botbuilder's `MemoryStorage` (JSON round-trips, same eTag rules) plus `keys()` for the erasure
 * service. For tests and local runs: nothing expires, everything is lost on exit.
 */
export class MemoryStateStorage extends MemoryStorage implements StateStorage {
  async *keys(): AsyncIterable<string> {
    // MemoryStorage.delete leaves the key with an undefined value.
    for (const [key, value] of Object.entries(this.memory)) if (value) yield key;
  }

  async close(): Promise<void> {}
}
