/**
 * A tiny phrase matcher over folded words: the one engine behind topics, commands,
 * relations and idioms. Pattern syntax (written in data files, folded at load):
 *   "afford"        the exact word
 *   "afford*"       any word starting with "afford" (a stem)
 *   "sending ~ home" "~" skips 0 to 3 words ("sending him home")
 *   "出院"           Han text matches anywhere inside a Han run (no spaces in Chinese)
 * Work per message is linear: each word only looks at patterns sharing its first letters, and
 * of those whose first word is exact (most of them), only the ones written with this very word.
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

export interface Lexicon<L> {
  /** Entries whose first word is exact (not Han), by that word. */
  byFirstWord: Map<string, LexiconEntry<L>[]>;
  /** The other entries (a stem, or Han text found inside a word) by their first two letters. */
  byPrefix: Map<string, LexiconEntry<L>[]>;
  han: Map<string, LexiconEntry<L>[]>;
  size: number;
}

function push<L>(map: Map<string, LexiconEntry<L>[]>, key: string, entry: LexiconEntry<L>): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(entry);
  else map.set(key, [entry]);
}

function compileTokens(pattern: string): Token[] {
  const folded = pattern
    .split(/\s+/)
    .filter(Boolean)
    .map((part): Token => {
      if (part === '~') return { kind: 'gap' };
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
    parts.forEach((text, i) => out.push({ kind: i === parts.length - 1 ? token.kind : 'exact', text }));
  }
  return out;
}

function indexKey(text: string): string {
  return text.slice(0, 2);
}

export function createLexicon<L>(items: Iterable<{ pattern: string; label: L; weight: number }>): Lexicon<L> {
  const lexicon: Lexicon<L> = { byFirstWord: new Map(), byPrefix: new Map(), han: new Map(), size: 0 };
  for (const item of items) {
    const tokens = compileTokens(item.pattern);
    const first = tokens[0];
    if (!first || first.kind === 'gap' || first.text.length === 0) continue;
    const entry: LexiconEntry<L> = { source: item.pattern, label: item.label, weight: item.weight, tokens, order: lexicon.size };
    const firstChar = first.text[0]!;
    if (isHan(firstChar) && tokens.length === 1) push(lexicon.han, firstChar, entry);
    // An exact first word matches that word only (indexKey(word) is then indexKey(first.text) too).
    else if (first.kind === 'exact' && !isHan(firstChar)) push(lexicon.byFirstWord, first.text, entry);
    else push(lexicon.byPrefix, indexKey(first.text), entry);
    lexicon.size++;
  }
  return lexicon;
}

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

const NO_ENTRIES: readonly never[] = [];

/** All matches, at most one per entry (its first occurrence) unless `everyOccurrence`, in text order. */
export function matchLexicon<L>(lexicon: Lexicon<L>, words: string[], everyOccurrence = false): LexiconMatch<L>[] {
  const seen = new Set<LexiconEntry<L>>();
  const matches: LexiconMatch<L>[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.length === 0) continue;
    const exact = lexicon.byFirstWord.get(word) ?? NO_ENTRIES;
    const others = (word.length >= 2 ? lexicon.byPrefix.get(indexKey(word)) : lexicon.byPrefix.get(word)) ?? NO_ENTRIES;
    // Both lists in creation order, merged: the order of one bucket of all of them.
    for (let a = 0, b = 0; a < exact.length || b < others.length;) {
      const entry = b >= others.length || (a < exact.length && exact[a]!.order < others[b]!.order) ? exact[a++]! : others[b++]!;
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
