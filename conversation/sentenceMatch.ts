/**
 * A message's sentences and their card matches. The card a message asks for (its best question
 * sentence when the whole matches nothing) and its other question read the same sentences: each
 * is matched once for the latest message, per matcher.
 */
import type { LanguageCode } from '../core/languages';
import type { CardMatch, CardMatcher } from '../knowledge';

/** Sentence ends in the scripts we answer in. */
const SENTENCE_END = /(?<=[.!?。！？؟۔])\s*/u;

/** The message's sentences, trimmed, empty ones dropped. */
export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The first sentence of an answer: a full stop ends it only before a space or the end ("£86.45 a week" stays whole). */
export function firstSentence(text: string): string {
  return /^.*?(?:[.!?؟۔](?=\s|$)|[。！？])/su.exec(text.trim())?.[0] ?? text.trim();
}

const latest = new WeakMap<CardMatcher, { text: string; language: LanguageCode | undefined; found: Map<string, CardMatch | null> }>();

/** The card one sentence of `text` matches, matched at most once while `text` is the latest message. */
export function matchSentence(matcher: CardMatcher, text: string, language: LanguageCode | undefined, sentence: string): CardMatch | null {
  let kept = latest.get(matcher);
  if (kept?.text !== text || kept.language !== language) {
    kept = { text, language, found: new Map() };
    latest.set(matcher, kept);
  }
  if (!kept.found.has(sentence)) kept.found.set(sentence, matcher.match(sentence, language));
  return kept.found.get(sentence) ?? null;
}
