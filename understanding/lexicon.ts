/**
 * A tiny phrase matcher over folded words: the one engine behind topics, commands,
 * relations and idioms. Pattern syntax (written in data files, folded at load):
 *   "afford"        the exact word
 *   "afford*"       any word starting with "afford" (a stem)
 *   "sending ~ home" "~" skips 0 to 3 words ("sending him home")
 *   "出院"           Han text matches anywhere inside a Han run (no spaces in Chinese)
 * Work per message is linear: each word only looks at patterns sharing its first letters, and
 * of those whose first word is exact (most of them), only the ones written with this very word,
 * and of those whose second word is exact too, only the ones written with the word that follows
 * ("my" begins dozens of cues; "my mum" a few).
 */
import { isHan, matchForm } from './match-text';

const MAX_GAP_WORDS = 3;

type Token = { kind: 'exact' | 'prefix'; text: string } | { kind: 'gap' };

export interface LexiconEntry<L> {
  /** The pattern as written in the data file, for explanations. */
  source: string;
  label: L;
  weight: number;
  tokens: Token[];
  /** Order of creation: candidates are tried in it, so the matches come out in the same order however they are looked up. */
  order: number;
}

export interface LexiconMatch<L> {
  entry: LexiconEntry<L>;
  /** Word index range [start, end). */
  start: number;
  end: number;
}

/** Entries whose first word is one exact word: those whose second word is exact too, by that second word; the others. */
export interface FirstWordEntries<L> {
  bySecond: Map<string, LexiconEntry<L>[]>;
  rest: LexiconEntry<L>[];
}

export interface Lexicon<L> {
  /** Entries whose first word is exact (not Han), by that word. */
  byFirstWord: Map<string, FirstWordEntries<L>>;
  /** The other entries (a stem, or Han text found inside a word) by their first two letters (indexKey). */
  byPrefix: Map<number, LexiconEntry<L>[]>;
  han: Map<string, LexiconEntry<L>[]>;
  size: number;
}

function push<K, L>(map: Map<K, LexiconEntry<L>[]>, key: K, entry: LexiconEntry<L>): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(entry);
  else map.set(key, [entry]);
}

function addByFirstWord<L>(map: Map<string, FirstWordEntries<L>>, word: string, second: Token | undefined, entry: LexiconEntry<L>): void {
  let entries = map.get(word);
  if (!entries) map.set(word, (entries = { bySecond: new Map(), rest: [] }));
  // A Han second word may match inside a longer run (tokenMatches): only other exact words are keys.
  if (second?.kind === 'exact' && !isHan(second.text[0]!)) push(entries.bySecond, second.text, entry);
  else entries.rest.push(entry);
}

/** Equal tokens shared within one lexicon (memory only: tokens are never changed once compiled). */
type TokenInterner = Map<string, Token>;
const GAP: Token = { kind: 'gap' };

function compileTokens(pattern: string, interner: TokenInterner): Token[] {
  const folded = pattern
    .split(/\s+/)
    .filter(Boolean)
    .map((part): Token => {
      if (part === '~') return GAP;
      const prefix = part.endsWith('*');
      return { kind: prefix ? 'prefix' : 'exact', text: matchForm(prefix ? part.slice(0, -1) : part) };
    });
  // Folding may split a written word in two ("carer's-allowance"): re-split exact parts.
  const out: Token[] = [];
  for (const token of folded) {
    if (token.kind === 'gap') {
      out.push(token);
      continue;
    }
    const parts = token.text.split(' ').filter(Boolean);
    parts.forEach((text, i) => out.push(interned(interner, i === parts.length - 1 ? token.kind : 'exact', text)));
  }
  return out;
}

function interned(interner: TokenInterner, kind: 'exact' | 'prefix', text: string): Token {
  const key = (kind === 'prefix' ? '*' : '=') + text;
  let token = interner.get(key);
  if (!token) interner.set(key, (token = { kind, text }));
  return token;
}

/** The first two UTF-16 units of a text as one number (a text of one unit gets a negative key of its own): no string to build per word. */
function indexKey(text: string): number {
  return text.length >= 2 ? text.charCodeAt(0) * 0x10000 + text.charCodeAt(1) : -1 - text.charCodeAt(0);
}

export function createLexicon<L>(items: Iterable<{ pattern: string; label: L; weight: number }>): Lexicon<L> {
  const lexicon: Lexicon<L> = { byFirstWord: new Map(), byPrefix: new Map(), han: new Map(), size: 0 };
  const interner: TokenInterner = new Map();
  for (const item of items) {
    const tokens = compileTokens(item.pattern, interner);
    const first = tokens[0];
    if (!first || first.kind === 'gap' || first.text.length === 0) continue;
    const entry: LexiconEntry<L> = { source: item.pattern, label: item.label, weight: item.weight, tokens, order: lexicon.size };
    const firstChar = first.text[0]!;
    if (isHan(firstChar) && tokens.length === 1) push(lexicon.han, firstChar, entry);
    // An exact first word matches that word only (indexKey(word) is then indexKey(first.text) too).
    else if (first.kind === 'exact' && !isHan(firstChar)) addByFirstWord(lexicon.byFirstWord, first.text, tokens[1], entry);
    else push(lexicon.byPrefix, indexKey(first.text), entry);
    lexicon.size++;
  }
  // Most first words have entries of one kind only: the other list is the shared empty one (memory).
  for (const entries of lexicon.byFirstWord.values()) {
    if (entries.bySecond.size === 0) entries.bySecond = NO_SECOND as Map<string, LexiconEntry<L>[]>;
    if (entries.rest.length === 0) entries.rest = NO_ENTRIES as unknown as LexiconEntry<L>[];
  }
  return lexicon;
}

/** Read-only once a lexicon is built. */
const NO_ENTRIES: readonly never[] = [];
const NO_SECOND = new Map<string, never[]>();

function tokenMatches(token: Token, word: string): boolean {
  if (token.kind === 'gap') return false;
  if (token.kind === 'exact') return word === token.text || (isHan(token.text[0]!) && word.includes(token.text));
  return word.startsWith(token.text);
}

/** Returns the end word index when tokens[t..] match from word i, else -1. */
function matchFrom(tokens: Token[], t: number, words: string[], i: number): number {
  if (t === tokens.length) return i;
  const token = tokens[t]!;
  if (token.kind === 'gap') {
    for (let skip = 0; skip <= MAX_GAP_WORDS && i + skip <= words.length; skip++) {
      const end = matchFrom(tokens, t + 1, words, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= words.length || !tokenMatches(token, words[i]!)) return -1;
  return matchFrom(tokens, t + 1, words, i + 1);
}

/** All matches, at most one per entry (its first occurrence) unless `everyOccurrence`, in text order. */
export function matchLexicon<L>(lexicon: Lexicon<L>, words: string[], everyOccurrence = false): LexiconMatch<L>[] {
  const seen = new Set<LexiconEntry<L>>();
  const matches: LexiconMatch<L>[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.length === 0) continue;
    const firstWord = lexicon.byFirstWord.get(word);
    const rest = firstWord?.rest ?? NO_ENTRIES;
    const next = words[i + 1];
    const bySecond = (firstWord && next !== undefined && firstWord.bySecond.get(next)) || NO_ENTRIES;
    const others = lexicon.byPrefix.get(indexKey(word)) ?? NO_ENTRIES;
    // The three lists in creation order, merged: the order of one bucket of all of them.
    for (let a = 0, b = 0, c = 0; a < rest.length || b < others.length || c < bySecond.length;) {
      const ra = a < rest.length ? rest[a]!.order : Infinity;
      const ob = b < others.length ? others[b]!.order : Infinity;
      const sc = c < bySecond.length ? bySecond[c]!.order : Infinity;
      const entry = ra < ob && ra < sc ? rest[a++]! : ob < sc ? others[b++]! : bySecond[c++]!;
      if (seen.has(entry)) continue;
      const end = matchFrom(entry.tokens, 0, words, i);
      if (end >= 0) {
        if (!everyOccurrence) seen.add(entry);
        matches.push({ entry, start: i, end });
      }
    }
    if (lexicon.han.size > 0 && isHan(word[0]!)) matchHan(lexicon, word, i, seen, matches, everyOccurrence);
  }
  return matches;
}

function matchHan<L>(lexicon: Lexicon<L>, word: string, index: number, seen: Set<LexiconEntry<L>>, out: LexiconMatch<L>[], everyOccurrence: boolean): void {
  for (let c = 0; c < word.length; c++) {
    const candidates = lexicon.han.get(word[c]!);
    if (!candidates) continue;
    for (const entry of candidates) {
      const token = entry.tokens[0];
      if (seen.has(entry) || !token || token.kind === 'gap') continue;
      if (word.startsWith(token.text, c)) {
        if (!everyOccurrence) seen.add(entry);
        out.push({ entry, start: index, end: index + 1 });
      }
    }
  }
}
