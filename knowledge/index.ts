/** Facts and rights, answered: the knowledge cards, their matcher and their wording. No botbuilder here. */
import { readFileSync } from 'node:fs';
import { knowledgeBase, KNOWLEDGE_DIR } from './load';
import { CardMatcher } from './matcher';
import { CardModel, type CardModelFile } from './model';
import type { KnowledgeBase } from './types';

export * from './types';
export { loadKnowledge, validateKnowledge, readNegatives, knowledgeBase, placeholdersOf, textsOf, KnowledgeError, KNOWLEDGE_DIR } from './load';
export { bestCard, NO_CARD, CardIndex, CardMatcher, examplesOf, type CardMatch, type Example } from './matcher';
export { CardModel, trainCardModel, quantise, type CardModelFile } from './model';
export { followUpOf, nationNamed, type FollowUp } from './followUp';
export { renderCard, relationGroupOf, fill, isStale, oldFiguresOf, taxYearOf, type CardAnswer } from './render';

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

/** The trained classifier (data/knowledge/model.json, `npm run knowledge:train`). */
export function readCardModel(dir: URL = KNOWLEDGE_DIR): CardModel {
  return CardModel.fromFile(JSON.parse(readFileSync(new URL('model.json', dir), 'utf8')) as CardModelFile);
}

let shared: { kb: KnowledgeBase; matcher: CardMatcher; settings: MatcherSettings } | undefined;

/** The shipped cards and their matcher (similarity index and classifier), built once per process (a few milliseconds). */
export function knowledge(): { kb: KnowledgeBase; matcher: CardMatcher; settings: MatcherSettings } {
  if (!shared) {
    const kb = knowledgeBase();
    const settings = readMatcherSettings();
    shared = { kb, matcher: CardMatcher.fromKnowledge(kb, settings.threshold, readCardModel()), settings };
  }
  return shared;
}
