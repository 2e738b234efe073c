/**
 * Spelling slips in place names ("Manchster", "Edinburough" is too far): one letter missing,
 * extra, wrong or swapped, found with a deletion index built once (symmetric delete), so a
 * lookup is a few binary searches, never a scan of every name. Two names one slip apart always
 * share a variant (the name or the name less one letter), so the index keeps only each
 * variant's 32-bit hash beside its name: a hash that two variants share only adds a candidate,
 * and every candidate is confirmed letter by letter. About 0.2 MB instead of 3 MB of strings.
 */
import { fnv1a } from '../../text/hash';
import { deletions, withinOneEdit } from '../../text/oneEdit';

const MIN_LENGTH = 6;
/** Longer input is a sentence, not a misspelt name: no fuzzy matching (it would cost a lookup per letter). */
const MAX_LENGTH = 40;
/** Keys an index can hold: 2^21, so a 32-bit hash and a key's number fit a double exactly. */
const OWNERS = 2 ** 21;

/** One slip, with the first letter kept: people rarely slip on it, and without it "mother" would be Rother. */
function withinOne(a: string, b: string): boolean {
  return a[0] === b[0] && withinOneEdit(a, b);
}

export class FuzzyIndex {
  private readonly keys: string[] = [];
  /** Variant hashes, ascending; `owners[i]` is the key (index into `keys`) whose variant `hashes[i]` is. */
  private readonly hashes: Uint32Array;
  private readonly owners: Int32Array;

  constructor(keys: Iterable<string>) {
    // Each (hash, key) pair packed in one double, hash high, so a plain numeric sort orders them.
    const packed: number[] = [];
    for (const key of keys) {
      if (key.length < MIN_LENGTH || key.length > MAX_LENGTH) continue;
      const owner = this.keys.push(key) - 1;
      packed.push(fnv1a(key) * OWNERS + owner);
      for (const v of deletions(key)) packed.push(fnv1a(v) * OWNERS + owner);
    }
    if (this.keys.length > OWNERS) throw new RangeError('FuzzyIndex: too many keys');
    const sorted = Float64Array.from(packed).sort();
    const unique = sorted.filter((x, i) => i === 0 || x !== sorted[i - 1]);
    this.hashes = Uint32Array.from(unique, (x) => Math.floor(x / OWNERS));
    this.owners = Int32Array.from(unique, (x) => x % OWNERS);
  }

  /** The one known key within one edit of the input; undefined when none or several. */
  find(input: string): string | undefined {
    if (input.length < MIN_LENGTH || input.length > MAX_LENGTH) return undefined;
    const found = new Set<string>();
    for (const v of [input, ...deletions(input)]) {
      const hash = fnv1a(v);
      for (let i = this.firstAtLeast(hash); i < this.hashes.length && this.hashes[i] === hash; i++) {
        const key = this.keys[this.owners[i]!]!;
        if (withinOne(input, key)) found.add(key);
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** The first position whose hash is `hash` or more. */
  private firstAtLeast(hash: number): number {
    let lo = 0;
    let hi = this.hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.hashes[mid]! < hash) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
