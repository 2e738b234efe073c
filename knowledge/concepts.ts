/**
 * What a question is about, whatever its words (data/knowledge/concepts.json): "turned down",
 * "said no" and "rejected" are one concept, so a question worded unlike any example still
 * shares a feature with the card whose examples name that concept another way. The matcher adds
 * each concept found as one more word feature; rarity across cards weighs it as any word.
 * Language-blind on purpose: an entry of one language's list rarely means something else in another.
 */
import { readFileSync } from 'node:fs';
import { normalizedTokens } from '../text/normalize';

interface Entry {
  concept: string;
  /** Words after the first, in order. */
  rest: readonly string[];
  /** The last word is a prefix ("appeal*" covers appealed, appealing). */
  prefixLast: boolean;
}

export interface ConceptLexicon {
  /** Entries by their first word (exact), and by their first word when it is itself the prefix. */
  byFirst: ReadonlyMap<string, readonly Entry[]>;
  byPrefix: ReadonlyMap<string, readonly Entry[]>;
}

type ConceptFile = Record<string, Record<string, string[]> | string>;

const CONCEPTS_URL = new URL('../data/knowledge/concepts.json', import.meta.url);

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export function buildLexicon(file: ConceptFile): ConceptLexicon {
  const byFirst = new Map<string, Entry[]>();
  const byPrefix = new Map<string, Entry[]>();
  for (const [key, concepts] of Object.entries(file)) {
    if (key.startsWith('$') || typeof concepts === 'string') continue;
    for (const [concept, entries] of Object.entries(concepts)) {
      for (const raw of entries) {
        const prefixLast = raw.endsWith('*');
        const [first, ...rest] = normalizedTokens(prefixLast ? raw.slice(0, -1) : raw);
        if (!first) continue;
        const entry = { concept, rest, prefixLast };
        push(prefixLast && rest.length === 0 ? byPrefix : byFirst, first, entry);
      }
    }
  }
  return { byFirst, byPrefix };
}

let shared: ConceptLexicon | undefined;

/** The lexicon of data/knowledge/concepts.json, read once. */
export function conceptLexicon(): ConceptLexicon {
  return (shared ??= buildLexicon(JSON.parse(readFileSync(CONCEPTS_URL, 'utf8')) as ConceptFile));
}

function wordMatches(token: string | undefined, word: string, prefix: boolean): boolean {
  return token !== undefined && (prefix ? token.startsWith(word) : token === word);
}

function entryMatches(tokens: readonly string[], at: number, entry: Entry): boolean {
  return entry.rest.every((word, i) => wordMatches(tokens[at + 1 + i], word, entry.prefixLast && i === entry.rest.length - 1));
}

/** The concepts named in already-normalised tokens, each once, in the order first met. */
export function conceptsIn(tokens: readonly string[], lexicon: ConceptLexicon = conceptLexicon()): string[] {
  const found = new Set<string>();
  tokens.forEach((token, at) => {
    for (const entry of lexicon.byFirst.get(token) ?? []) if (entryMatches(tokens, at, entry)) found.add(entry.concept);
    // Prefix entries are few: each is tried against the token's own start.
    // forEach, not for-of: no [prefix, entries] pair allocated per prefix per token.
    lexicon.byPrefix.forEach((entries, prefix) => {
      if (token.startsWith(prefix)) for (const entry of entries) found.add(entry.concept);
    });
  });
  return [...found];
}
