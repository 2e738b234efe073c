/**
 * A read-only set of feature strings, each with a dense id (its position in the list it was
 * built from). Every key lives in one joined string and an open-addressing table of ids, so
 * 80,000 letter n-grams cost about 2 MB instead of a string and a map entry each (about 40 MB
 * as a Map<string, …> of the matcher's size). Lookups compare the characters themselves: no
 * hash collision can make two features one.
 */
import { fnv1a } from '../text/hash';

export class FeatureTable {
  /** Every key, end to end. */
  private readonly text: string;
  /** Where key i starts in `text`; key i ends where key i + 1 starts. */
  private readonly starts: Int32Array;
  /** id + 1 by hash slot (0 = empty); a power of two in size, at most half full. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(keys: readonly string[]) {
    this.text = keys.join('');
    this.starts = new Int32Array(keys.length + 1);
    let at = 0;
    keys.forEach((key, i) => {
      this.starts[i] = at;
      at += key.length;
    });
    this.starts[keys.length] = at;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    keys.forEach((key, i) => {
      let slot = fnv1a(key) & this.mask;
      while (this.slots[slot] !== 0) {
        if (this.matches(this.slots[slot]! - 1, key)) throw new Error(`FeatureTable: "${key}" is listed twice`);
        slot = (slot + 1) & this.mask;
      }
      this.slots[slot] = i + 1;
    });
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** The key's id, or -1 when it is not in the table. */
  id(key: string): number {
    let slot = fnv1a(key) & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      if (this.matches(entry - 1, key)) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The key with this id. */
  key(id: number): string {
    return this.text.slice(this.starts[id], this.starts[id + 1]);
  }

  private matches(id: number, key: string): boolean {
    const start = this.starts[id]!;
    return this.starts[id + 1]! - start === key.length && this.text.startsWith(key, start);
  }
}
