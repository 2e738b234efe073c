/** A storage double for the fail-fast tests. */
import type { StoreItems } from 'botbuilder';
import { MemoryStateStorage } from '../../storage';

/** A store whose calls never settle, as ioredis's would with a dead server and a long retry. */
export class HangingStorage extends MemoryStateStorage {
  hanging = false;
  calls = 0;

  override read(keys: string[]): Promise<StoreItems> {
    this.calls++;
    return this.hanging ? new Promise(() => undefined) : super.read(keys);
  }

  override write(changes: StoreItems): Promise<void> {
    this.calls++;
    return this.hanging ? new Promise(() => undefined) : super.write(changes);
  }

  override delete(keys: string[]): Promise<void> {
    this.calls++;
    return this.hanging ? new Promise(() => undefined) : super.delete(keys);
  }

  ping(): Promise<void> {
    this.calls++;
    return this.hanging ? new Promise(() => undefined) : Promise.resolve();
  }
}
