/**
 * Whose money or right a question asks about: the writer's own ("can I get anything?", "¿puedo cobrar algo?") or
 * someone else's, most often the person they look after ("can she get any benefits?", "czy mama może dostać",
 * "meri ammi ko kuch mil sakta hai?", "هل تستحق أمي", "我妈能领什么"). One phrase table per language
 * (data/understanding/asked-for.json). Pure and linear in the text; called only when a card's answer depends on it.
 */
import { readFileSync } from 'node:fs';
import type { LanguageCode } from '../core/languages';
import { RELATION_WORDS_WRITTEN } from './caredFor';
import { isHan, matchForm, words as splitWords } from './match-text';

export type AskedFor = 'writer' | 'other';

interface AskedForFile {
  languages: Partial<Record<LanguageCode, Record<AskedFor, string[]>>>;
}

type Token = { kind: 'word'; text: string } | { kind: 'stem'; text: string } | { kind: 'rel' } | { kind: 'gap' };
interface Phrase {
  who: AskedFor;
  tokens: Token[];
}

const DATA = JSON.parse(readFileSync(new URL('../data/understanding/asked-for.json', import.meta.url), 'utf8')) as AskedForFile;

const REL = '{rel}';
/** "~" skips this many words at most, as in the lexicons. */
const MAX_GAP = 3;
/** Bengali and Gujarati glue case endings on ("মায়ের", "પપ્પાને"): their relation words are stems. */
const SUFFIXING_SCRIPT = /^[\u0980-\u09FF\u0A80-\u0AFF]/u;

/** Folded words; a Han run is one word a character (Chinese has no spaces). */
function tokensOf(text: string): string[] {
  return splitWords(matchForm(text)).flatMap((word) => (isHan(word[0] ?? '') ? [...word] : [word]));
}

const RELATION_WORDS = new Set<string>();
const RELATION_STEMS: string[] = [];
for (const written of Object.values(RELATION_WORDS_WRITTEN).flat()) {
  const folded = tokensOf(written);
  if (folded.length !== 1 || isHan(folded[0]![0] ?? '')) continue;
  RELATION_WORDS.add(folded[0]!);
  if (SUFFIXING_SCRIPT.test(folded[0]!) && folded[0]!.length >= 3) RELATION_STEMS.push(folded[0]!);
}

function isRelation(word: string): boolean {
  return RELATION_WORDS.has(word) || (SUFFIXING_SCRIPT.test(word) && RELATION_STEMS.some((stem) => word.startsWith(stem)));
}

/** A pattern's pieces, split on spaces before folding (folding drops "~" and "*"). */
function compile(pattern: string, who: AskedFor): Phrase {
  const tokens = pattern
    .trim()
    .split(/\s+/)
    .flatMap((piece): Token[] => {
      if (piece === '~') return [{ kind: 'gap' }];
      if (piece === REL) return [{ kind: 'rel' }];
      const folded = tokensOf(piece);
      const stem = piece.endsWith('*');
      return folded.map((text, i) => (stem && i === folded.length - 1 ? { kind: 'stem', text } : { kind: 'word', text }));
    });
  return { who, tokens };
}

const PHRASES = new Map<LanguageCode, Phrase[]>(
  (Object.entries(DATA.languages) as [LanguageCode, Record<AskedFor, string[]>][]).map(([lang, table]) => [
    lang,
    (['writer', 'other'] as const).flatMap((who) => table[who].map((pattern) => compile(pattern, who))),
  ]),
);

function tokenMatches(token: Token, word: string): boolean {
  switch (token.kind) {
    case 'word':
      return word === token.text;
    case 'stem':
      return word.startsWith(token.text);
    case 'rel':
      return isRelation(word);
    case 'gap':
      return false;
  }
}

/** The end of the phrase matched from word `at`, or -1. */
function matchFrom(tokens: readonly Token[], t: number, words: readonly string[], at: number): number {
  if (t === tokens.length) return at;
  const token = tokens[t]!;
  if (token.kind === 'gap') {
    for (let skip = 0; skip <= MAX_GAP && at + skip <= words.length; skip++) {
      const end = matchFrom(tokens, t + 1, words, at + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  return at < words.length && tokenMatches(token, words[at]!) ? matchFrom(tokens, t + 1, words, at + 1) : -1;
}

interface Found {
  who: AskedFor;
  start: number;
  end: number;
}

/**
 * 'writer' when the question asks for the person writing, 'other' when it asks only for someone else, undefined
 * when it says neither ("is there any money?"). The language's table and English (people mix them); where two
 * phrases overlap the longer is read ("para mi madre" is her, not "para mi").
 */
export function askedFor(text: string, language: LanguageCode | undefined): AskedFor | undefined {
  const words = tokensOf(text);
  const phrases = [...new Set([language, 'en' as const])].flatMap((lang) => (lang ? (PHRASES.get(lang) ?? []) : []));
  const found: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const phrase of phrases) {
      const end = matchFrom(phrase.tokens, 0, words, i);
      if (end > i) found.push({ who: phrase.who, start: i, end });
    }
  }
  const kept: Found[] = [];
  for (const f of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  if (kept.some((f) => f.who === 'writer')) return 'writer';
  return kept.length ? 'other' : undefined;
}
