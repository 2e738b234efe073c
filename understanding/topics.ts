/**
 * Ranked topics from plain language. Each language has a lexicon of weighted cues
 * (data/understanding/topics/<lang>.json); idioms are masked first so "dying to know"
 * or "this form is killing me" never count as death or danger. English cues run for
 * every message too, because people mix in "PIP", "council" or "GP".
 */
import { readFileSync } from 'node:fs';
import { type ScoredTopic } from './types';
import { LANGUAGES, type LanguageCode } from '../core/languages';
import { TOPIC_IDS, type TopicId } from '../core/topics';
import { createLexicon, matchLexicon, type Lexicon } from './lexicon';
import { LOCAL_ASK_WEIGHT, localAskPhrases, localAsks, type LocalRole } from './localAsk';

interface TopicFile {
  idioms?: string[];
  topics: Partial<Record<TopicId, Record<string, string[]>>>;
}

interface LanguageTopics {
  idioms: Lexicon<'idiom'>;
  cues: Lexicon<TopicId>;
  /** "help near me", "pomoc w okolicy": asks for local help (localAsk.ts). */
  localAsk: Lexicon<LocalRole>;
}

/** A topic needs this much evidence to be reported. */
export const MIN_TOPIC_SCORE = 2;

/** Equal scores go to the more specific, more time-critical topic. */
const TIE_ORDER: readonly TopicId[] = [
  'bereavement',
  'end_of_life',
  'money',
  'hospital',
  'work',
  'break',
  'assessment',
  'human',
  'family',
  'peer_support',
  'own_health',
  'daily_care',
  'illness_info',
  'navigation',
  'feelings',
];

/**
 * Bengali and Gujarati glue case endings and postpositions onto nouns
 * ("હોસ્પિટલમાંથી" = from the hospital, "টাকার" = of money): every cue is a stem there.
 */
const SUFFIXING_LANGUAGES: ReadonlySet<LanguageCode> = new Set(['bn', 'gu']);

function asStem(pattern: string): string {
  return pattern.endsWith('*') || pattern.endsWith('~') ? pattern : `${pattern}*`;
}

/**
 * Arabic writes "the", "and", "with the" onto the word ("الاستحمام", "والفواتير"):
 * each one-word Arabic cue also matches with those prefixes.
 */
const ARABIC_PREFIXES = ['ال', 'وال', 'بال', 'لل', 'و', 'ب', 'ف'];

export function withArabicPrefixes(pattern: string): string[] {
  if (pattern.includes(' ') || !/^[\u0600-\u06FF]/.test(pattern) || pattern.startsWith('ال')) return [pattern];
  return [pattern, ...ARABIC_PREFIXES.map((prefix) => prefix + pattern)];
}

function loadLanguage(lang: LanguageCode): LanguageTopics | undefined {
  let data: TopicFile;
  try {
    data = JSON.parse(readFileSync(new URL(`../data/understanding/topics/${lang}.json`, import.meta.url), 'utf8')) as TopicFile;
  } catch {
    return undefined;
  }
  // Arabic prefixes and Bengali / Gujarati stems, as every cue of the language is written.
  const forms = (written: string) =>
    (lang === 'ar' ? withArabicPrefixes(written) : [written]).map((pattern) => (SUFFIXING_LANGUAGES.has(lang) ? asStem(pattern) : pattern));
  const cues: { pattern: string; label: TopicId; weight: number }[] = [];
  for (const topic of TOPIC_IDS) {
    for (const [weight, patterns] of Object.entries(data.topics[topic] ?? {})) {
      for (const written of patterns) for (const pattern of forms(written)) cues.push({ pattern, label: topic, weight: Number(weight) });
    }
  }
  const localAsk = localAskPhrases(lang).flatMap(({ pattern: written, label }) => forms(written).map((pattern) => ({ pattern, label, weight: 0 })));
  return {
    idioms: createLexicon((data.idioms ?? []).map((pattern) => ({ pattern, label: 'idiom' as const, weight: 0 }))),
    cues: createLexicon(cues),
    localAsk: createLexicon(localAsk),
  };
}

const BY_LANGUAGE = new Map<LanguageCode, LanguageTopics>();
for (const lang of LANGUAGES) {
  const loaded = loadLanguage(lang);
  if (loaded) BY_LANGUAGE.set(lang, loaded);
}

export interface TopicEvidence {
  topic: TopicId;
  pattern: string;
  weight: number;
  language: LanguageCode;
}

export interface TopicResult {
  topics: ScoredTopic[];
  /** Which cues fired, for debugging and tests. */
  evidence: TopicEvidence[];
  /** Idioms that were masked before scoring. */
  idioms: string[];
  /** They ask for help near where they live (localAsk.ts). */
  nearby: boolean;
}

/** Languages whose cues apply: the message's own, the conversation's, and English. */
export function topicLanguages(...candidates: (LanguageCode | null | undefined)[]): LanguageCode[] {
  const out: LanguageCode[] = [];
  for (const lang of [...candidates, 'en' as const]) if (lang && !out.includes(lang)) out.push(lang);
  return out;
}

function lexiconsFor(languages: LanguageCode[]): (readonly [LanguageCode, LanguageTopics])[] {
  return languages.map((lang) => [lang, BY_LANGUAGE.get(lang)] as const).filter((pair): pair is readonly [LanguageCode, LanguageTopics] => !!pair[1]);
}

/** Blanks out idioms ("dying to know") so no later matcher reads them literally. */
export function maskIdioms(words: string[], languages: LanguageCode[]): { masked: string[]; idioms: string[] } {
  const masked = [...words];
  const idioms: string[] = [];
  for (const [, lexicon] of lexiconsFor(languages)) {
    for (const match of matchLexicon(lexicon.idioms, words)) {
      idioms.push(match.entry.source);
      for (let i = match.start; i < match.end; i++) masked[i] = '';
    }
  }
  return { masked, idioms };
}

/** Scores topics on match words already idiom-masked (see maskIdioms). */
export function scoreTopics(masked: string[], languages: LanguageCode[], extra: Partial<Record<TopicId, number>> = {}, idioms: string[] = []): TopicResult {
  const lexicons = lexiconsFor(languages);
  const scores = new Map<TopicId, number>();
  const evidence: TopicEvidence[] = [];
  // Overlapping cues of one topic ("nobody told" inside "nobody told us anything") count
  // once, at the highest weight: saying a thing in more words is not more evidence.
  const counted = new Map<TopicId, { start: number; end: number; weight: number }[]>();
  let nearby = false;
  const count = (label: TopicId, weight: number, source: string, lang: LanguageCode, start: number, end: number) => {
    const spans = counted.get(label) ?? [];
    counted.set(label, spans);
    const overlapping = weight > 0 ? spans.find((s) => s.weight > 0 && start < s.end && s.start < end) : undefined;
    evidence.push({ topic: label, pattern: source, weight, language: lang });
    if (overlapping) {
      if (weight > overlapping.weight) {
        scores.set(label, (scores.get(label) ?? 0) + weight - overlapping.weight);
        overlapping.weight = weight;
      }
      overlapping.start = Math.min(overlapping.start, start);
      overlapping.end = Math.max(overlapping.end, end);
      return;
    }
    spans.push({ start, end, weight });
    scores.set(label, (scores.get(label) ?? 0) + weight);
  };
  for (const [lang, lexicon] of lexicons) {
    for (const match of matchLexicon(lexicon.cues, masked)) count(match.entry.label, match.entry.weight, match.entry.source, lang, match.start, match.end);
    // An ask for help near where they live (assessment, or a group: peer support): both answers ask where they live.
    for (const ask of localAsks(lexicon.localAsk, masked)) {
      count(ask.topic, ask.weight, ask.source, lang, ask.start, ask.end);
      nearby ||= ask.weight >= LOCAL_ASK_WEIGHT;
    }
  }
  for (const [topic, bonus] of Object.entries(extra) as [TopicId, number][]) scores.set(topic, (scores.get(topic) ?? 0) + bonus);
  const topics = [...scores.entries()]
    .filter(([, score]) => score >= MIN_TOPIC_SCORE)
    .sort((a, b) => b[1] - a[1] || TIE_ORDER.indexOf(a[0]) - TIE_ORDER.indexOf(b[0]))
    .map(([id, score]) => ({ id, score }));
  return { topics, evidence, idioms, nearby };
}
