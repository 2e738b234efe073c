/**
 * Asking for help where they live (issue 16): "help near me", "pomoc w okolicy", "ayuda en mi zona",
 * "mere ilaqe mein madad", "附近的帮助". A word for help or a service within three words of a word for
 * nearby, in either order, is a clear ask for local help: the assessment topic, whose answer asks where
 * they live; a group near them ("grupa wsparcia blisko mnie") is peer support, which asks too. Pairs,
 * not single words: "near" alone is also "she's near the end" and "the hospital is near".
 * Per language in data/understanding/local-ask.json; topics.ts scores what this finds.
 */
import { readFileSync } from 'node:fs';
import type { LanguageCode } from '../core/languages';
import type { TopicId } from '../core/topics';
import { matchLexicon, type Lexicon, type LexiconMatch } from './lexicon';
import { isHan } from './match-text';

export type LocalRole = 'near' | 'what' | 'group' | 'alone' | 'not';

const ROLES: readonly LocalRole[] = ['near', 'what', 'group', 'alone', 'not'];

/** A near word and a what word together say it alone; an 'alone' phrase is a hint. */
export const LOCAL_ASK_WEIGHT = 3;
export const LOCAL_HINT_WEIGHT = 2;
/** As the lexicons' "~": up to three words between them ("help for my dad in my area"). */
const MAX_GAP_WORDS = 3;

interface LocalAskFile {
  languages: Partial<Record<LanguageCode, Partial<Record<LocalRole, string[]>>>>;
}

const DATA = JSON.parse(readFileSync(new URL('../data/understanding/local-ask.json', import.meta.url), 'utf8')) as LocalAskFile;

/** The phrases of one language, each with its role as label (weights are given by localAsks). */
export function localAskPhrases(lang: LanguageCode): { pattern: string; label: LocalRole }[] {
  const table = DATA.languages[lang] ?? {};
  return ROLES.flatMap((role) => (table[role] ?? []).map((pattern) => ({ pattern, label: role })));
}

export interface LocalAskMatch {
  topic: TopicId;
  start: number;
  end: number;
  weight: number;
  source: string;
}

const overlaps = (a: LexiconMatch<LocalRole>, b: LexiconMatch<LocalRole>) => a.start < b.end && b.start < a.end;

/** Chinese has no spaces: a near and a what phrase inside the same run of Han text are together. */
function sameHanRun(a: LexiconMatch<LocalRole>, b: LexiconMatch<LocalRole>, words: readonly string[]): boolean {
  return a.start === b.start && a.end === a.start + 1 && b.end === b.start + 1 && isHan(words[a.start]?.[0] ?? '');
}

function together(near: LexiconMatch<LocalRole>, what: LexiconMatch<LocalRole>, words: readonly string[]): boolean {
  if (overlaps(near, what)) return sameHanRun(near, what, words);
  const gap = Math.max(near.start, what.start) - Math.min(near.end, what.end);
  return gap <= MAX_GAP_WORDS;
}

/** The asks for local help in words already idiom-masked, as spans for the topic they ask about. */
export function localAsks(lexicon: Lexicon<LocalRole>, words: string[]): LocalAskMatch[] {
  if (lexicon.size === 0) return [];
  const matches = matchLexicon(lexicon, words, true);
  if (matches.length < 1) return [];
  const nots = matches.filter((m) => m.entry.label === 'not');
  // "my mum lives near me", "she's near the end": that near word says nothing about help.
  const free = (m: LexiconMatch<LocalRole>) => !nots.some((n) => overlaps(n, m));
  const near = matches.filter((m) => m.entry.label === 'near' && free(m));
  const asks = matches.filter((m) => m.entry.label === 'what' || m.entry.label === 'group');
  const out: LocalAskMatch[] = [];
  for (const n of near) {
    const w = asks.find((candidate) => together(n, candidate, words));
    if (!w) continue;
    const topic = w.entry.label === 'group' ? 'peer_support' : 'assessment';
    out.push({
      topic,
      start: Math.min(n.start, w.start),
      end: Math.max(n.end, w.end),
      weight: LOCAL_ASK_WEIGHT,
      source: `${w.entry.source} + ${n.entry.source}`,
    });
  }
  for (const m of matches) {
    if (m.entry.label === 'alone' && free(m)) out.push({ topic: 'assessment', start: m.start, end: m.end, weight: LOCAL_HINT_WEIGHT, source: m.entry.source });
  }
  return out;
}
