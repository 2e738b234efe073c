/**
 * One slip of the keyboard: at most one letter inserted, deleted, substituted or two swapped
 * (optimal-string-alignment distance ≤ 1). The risk lexicon's typo tolerance and the place-name
 * lookup both index words by their one-letter deletions (symmetric delete), so a lookup is a
 * few Map reads, and confirm a candidate with `withinOneEdit`.
 */

/** The word with each letter left out in turn. */
export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** True when `a` and `b` are at most one insertion, deletion, substitution or swap apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
