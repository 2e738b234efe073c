/**
 * Which risk concepts (data/risk/concepts/<lang>.json: means, body parts, "took", "not coping",
 * a family member who controls...) a message names, in any language. The model reads them as
 * features beside its n-grams, so what it learns from "took + amount + tablets" in English
 * carries to "wzięła + całe opakowanie + tabletek" in Polish: the concept is the same feature
 * whatever the words. Language-blind on purpose (a word of one language's lexicon rarely means
 * something else in another); the rules keep their concepts per language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tokenize, normalizeForMatching } from '../../text/normalize';
import { tokenForms } from '../match';
import { compileExcept, exceptAt, type ExceptPattern } from '../except';

interface Entry {
  concept: number;
  /** Words after the first (the first is the index key). */
  rest: string[];
  /** The last word is a prefix ("swallow*"). */
  prefixLast: boolean;
}

export interface ConceptIndex {
  names: readonly string[];
  /** Entries keyed by their first word, exact. */
  byFirst: ReadonlyMap<string, readonly Entry[]>;
  /** Entries whose first word is a prefix, keyed by that prefix. */
  byPrefix: ReadonlyMap<string, readonly Entry[]>;
  /** Lengths of the prefixes in byPrefix, so a token looks up only those. */
  prefixLengths: readonly number[];
  /** Per concept id, its exceptions (the files' `except`, see risk/except.ts): an entry does not count where one starts. */
  exceptions: ReadonlyMap<number, readonly ExceptPattern[]>;
}

/** A concept file as the model reads it: its entries, and exceptions to them. */
export interface ConceptSource {
  concepts: Record<string, string[]>;
  except?: Record<string, string[]>;
}

const CONCEPTS_DIR = new URL('../../data/risk/concepts/', import.meta.url);

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Builds the index from concept files ({ concepts: { name: ["word", "two_words", "prefix*"] }, except: { name: [...] } }). */
export function buildConceptIndex(files: readonly ConceptSource[]): ConceptIndex {
  const names = [...new Set(files.flatMap((file) => Object.keys(file.concepts)))].sort();
  const ids = new Map(names.map((name, i) => [name, i]));
  const byFirst = new Map<string, Entry[]>();
  const byPrefix = new Map<string, Entry[]>();
  for (const file of files) {
    for (const [name, entries] of Object.entries(file.concepts)) {
      const concept = ids.get(name) ?? 0;
      for (const raw of entries) {
        const prefix = raw.endsWith('*');
        const words = tokenize(normalizeForMatching((prefix ? raw.slice(0, -1) : raw).replace(/_/g, ' ')));
        const [first, ...rest] = words;
        if (!first) continue;
        const entry: Entry = { concept, rest, prefixLast: prefix };
        if (prefix && rest.length === 0) push(byPrefix, first, entry);
        else push(byFirst, first, entry);
      }
    }
  }
  const exceptions = new Map<number, ExceptPattern[]>();
  for (const file of files) {
    for (const [name, list] of Object.entries(file.except ?? {})) {
      const concept = ids.get(name);
      if (concept === undefined) throw new Error(`exception to unknown concept "${name}"`);
      exceptions.set(concept, [...(exceptions.get(concept) ?? []), ...list.map(compileExcept)]);
    }
  }
  const prefixLengths = [...new Set([...byPrefix.keys()].map((key) => key.length))].sort((a, b) => a - b);
  return { names, byFirst, byPrefix, prefixLengths, exceptions };
}

function loadIndex(): ConceptIndex {
  const files = readdirSync(CONCEPTS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, CONCEPTS_DIR), 'utf8')) as ConceptSource);
  return buildConceptIndex(files);
}

let shared: ConceptIndex | undefined;

/** The shipped lexicons' index, built on first use. */
export function conceptIndex(): ConceptIndex {
  return (shared ??= loadIndex());
}

function restMatches(entry: Entry, tokens: readonly string[], at: number): boolean {
  for (let k = 0; k < entry.rest.length; k++) {
    const token = tokens[at + 1 + k];
    const word = entry.rest[k] ?? '';
    if (token === undefined) return false;
    const last = k === entry.rest.length - 1;
    if (!(last && entry.prefixLast ? token.startsWith(word) : token === word)) return false;
  }
  return true;
}

/** Distinct tokens remembered per index before the memory is cleared. */
const MEMO_LIMIT = 20_000;
const memos = new WeakMap<ConceptIndex, Map<string, readonly Entry[]>>();

/**
 * The entries that may start at this token, in the order the lookups find them (exact first
 * words, then prefixes, shortest first, form by form). A pure function of the token, and words
 * repeat from message to message: remembered per index.
 */
function entriesAt(token: string, index: ConceptIndex): readonly Entry[] {
  let memo = memos.get(index);
  if (!memo) memos.set(index, (memo = new Map()));
  const known = memo.get(token);
  if (known) return known;
  let found: Entry[] = [];
  for (const form of tokenForms(token)) {
    const exact = index.byFirst.get(form);
    if (exact) found = found.concat(exact);
    for (const length of index.prefixLengths) {
      if (length > form.length) break;
      const byPrefix = index.byPrefix.get(form.slice(0, length));
      if (byPrefix) found = found.concat(byPrefix);
    }
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(token, found);
  return found;
}

/** The ids (indexes into `index.names`) of the concepts named in the tokens, each once, in first-seen order. */
export function conceptsIn(tokens: readonly string[], index: ConceptIndex = conceptIndex()): number[] {
  const found = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const entries = entriesAt(tokens[i] ?? '', index);
    // A prefix entry has no words after its first: restMatches holds at once.
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k]!;
      if (found.has(entry.concept) || !restMatches(entry, tokens, i)) continue;
      const exceptions = index.exceptions.get(entry.concept);
      if (exceptions && exceptAt(exceptions, tokens, i)) continue;
      found.add(entry.concept);
    }
  }
  return [...found];
}
