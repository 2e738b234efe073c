/**
 * Spelling slips in place names ("Manchster", "Edinburough" is too far): one letter missing,
 * extra, wrong or swapped, found with a deletion index built once (symmetric delete), so a
 * lookup is a few Map reads, never a scan of every name.
 */
import { deletions, withinOneEdit } from '../../text/oneEdit';

const MIN_LENGTH = 6;
/** Longer input is a sentence, not a misspelt name: no fuzzy matching (it would cost a Map read per letter). */
const MAX_LENGTH = 40;

/** One slip, with the first letter kept: people rarely slip on it, and without it "mother" would be Rother. */
function withinOne(a: string, b: string): boolean {
  return a[0] === b[0] && withinOneEdit(a, b);
}

export class FuzzyIndex {
  private readonly byVariant = new Map<string, string[]>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      if (key.length < MIN_LENGTH || key.length > MAX_LENGTH) continue;
      for (const v of [key, ...deletions(key)]) {
        const list = this.byVariant.get(v);
        if (!list) this.byVariant.set(v, [key]);
        else if (!list.includes(key)) list.push(key);
      }
    }
  }

  /** The one known key within one edit of the input; undefined when none or several. */
  find(input: string): string | undefined {
    if (input.length < MIN_LENGTH || input.length > MAX_LENGTH) return undefined;
    const found = new Set<string>();
    for (const v of [input, ...deletions(input)]) {
      for (const key of this.byVariant.get(v) ?? []) if (withinOne(input, key)) found.add(key);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }
}
