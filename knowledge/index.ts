/** Facts and rights, answered: the knowledge cards, their matcher and their wording. No botbuilder here. */
import { readFileSync } from 'node:fs';
import { knowledgeBase, KNOWLEDGE_DIR } from './load';
import { CardMatcher } from './matcher';
import type { KnowledgeBase } from './types';

export * from './types';
export { loadKnowledge, validateKnowledge, readNegatives, knowledgeBase, placeholdersOf, textsOf, KnowledgeError, KNOWLEDGE_DIR } from './load';
export { bestCard, NO_CARD, CardIndex, CardMatcher, examplesOf, type CardMatch, type Example } from './matcher';
export { followUpOf, nationNamed, type FollowUp } from './followUp';
export { renderCard, fill, isStale, oldFiguresOf, taxYearOf, type CardAnswer } from './render';

export interface MatcherSettings {
  version: 1;
  /** A card is given only when its score reaches this (calibrated by `npm run knowledge:train`). */
  threshold: number;
  /** A follow-up that also looks like a new question moves to the new card only from this score. */
  switchThreshold: number;
}

export function readMatcherSettings(dir: URL = KNOWLEDGE_DIR): MatcherSettings {
  return JSON.parse(readFileSync(new URL('matcher.json', dir), 'utf8')) as MatcherSettings;
}

let shared: { kb: KnowledgeBase; matcher: CardMatcher; settings: MatcherSettings } | undefined;

/** The shipped cards and their matcher, built once per process (a few milliseconds). */
export function knowledge(): { kb: KnowledgeBase; matcher: CardMatcher; settings: MatcherSettings } {
  if (!shared) {
    const kb = knowledgeBase();
    const settings = readMatcherSettings();
    shared = { kb, matcher: CardMatcher.fromKnowledge(kb, settings.threshold), settings };
  }
  return shared;
}
