/**
 * Typo tolerance for longer Latin-script lexicon words ("sucidal",
 * "overdoes", "paracetemol"): one insertion, deletion, substitution or swap.
 *
 * Symmetric-delete index built at load: a word and each of its one-letter
 * deletions point back to the word, so a lookup costs O(token length).
 * The first letter must agree: real typos rarely hit it, and it keeps
 * unrelated words ("banging" / "hanging") apart.
 */

import { deletions, withinOneEdit } from '../text/oneEdit';

export const FUZZY_MIN_LENGTH = 6;

export class FuzzyLexicon {
  /** A key's words: nearly every key has one, kept as the word itself (memory: no array per key). */
  private readonly index = new Map<string, string | string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (word.length < FUZZY_MIN_LENGTH || !/^[a-z]+$/.test(word)) continue;
      for (const key of [word, ...deletions(word)]) {
        const bucket = this.index.get(key);
        if (bucket === undefined) this.index.set(key, word);
        else if (typeof bucket === 'string') {
          if (bucket !== word) this.index.set(key, [bucket, word]);
        } else if (!bucket.includes(word)) bucket.push(word);
      }
    }
  }

  /** The lexicon word this token is a one-edit typo of, if exactly one fits. */
  correct(token: string): string | undefined {
    if (token.length < FUZZY_MIN_LENGTH - 1 || token.length > 30 || !/^[a-z]+$/.test(token)) return undefined;
    const found = new Set<string>();
    for (const key of [token, ...deletions(token)]) {
      const bucket = this.index.get(key);
      for (const word of typeof bucket === 'string' ? [bucket] : (bucket ?? [])) {
        if (word[0] === token[0] && withinOneEdit(token, word)) found.add(word);
      }
    }
    // Several candidates ("suicida": suicide/suicidal) all mean the same kind of thing: take one.
    const [word] = [...found].sort();
    return word;
  }
}
