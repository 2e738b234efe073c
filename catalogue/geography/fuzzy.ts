/**
 * Spelling slips in place names ("Manchster", "Edinburough" is too far): one letter missing,
 * extra, wrong or swapped, found with a deletion index built once (symmetric delete), so a
 * lookup is a few Map reads, never a scan of every name.
 */
const MIN_LENGTH = 6;
/** Longer input is a sentence, not a misspelt name: no fuzzy matching (it would cost a Map read per letter). */
const MAX_LENGTH = 40;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Damerau-Levenshtein distance is at most 1 (one insertion, deletion, substitution or swap),
 * with the first letter kept: people rarely slip on it, and without it "mother" would be Rother.
 */
function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
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
