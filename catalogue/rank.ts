/**
 * The one ranking of services, used by the results and by the plan: fit to what the
 * person said (topic, audience and age, nation and place, language, open now), then
 * verified before unverified at equal fit, then the catalogue's own order.
 */
import type { TopicId } from '../core/topics';

/** Fit weights, kept together so the ranking can be read in one place. */
export const WEIGHTS = {
  /** Per matched topic, by its position in the query: the first topic counts most. */
  topicByPosition: [10, 6, 4, 3, 2] as readonly number[],
  /** The person's main topic is among the service's own first topics: a specialist (by position). */
  specialistByPosition: [3, 2, 1] as readonly number[],
  /** A person to call matters more than a web page. */
  hasPhone: 5,
  local: 8,
  regionPreferred: 4,
  nation: 3,
  speaksLanguage: 5,
  interpreters: 2,
  openNow: 1.5,
};

export type Reach = 'local' | 'region' | 'nation' | 'uk';

/** What the fit is worked out from, for one service and one query. */
export interface FitFacts {
  /** The query's topics, in its order. */
  queryTopics: readonly TopicId[];
  /** The service's own topics, most central first. */
  ownTopics: readonly string[];
  reach: Reach;
  hasPhone: boolean;
  /** Points from the service's audience and ages (catalogue/audience.ts). */
  audience: number;
  /** The person's language when it is not English: the service speaks it, or offers interpreters. */
  language: 'speaks' | 'interpreters' | 'no' | 'english';
  openNow: boolean;
}

export function fitScore(f: FitFacts): number {
  let score = 0;
  f.queryTopics.forEach((topic, i) => {
    if (f.ownTopics.includes(topic)) score += WEIGHTS.topicByPosition[i] ?? 1;
  });
  const ownPosition = f.queryTopics.length > 0 ? f.ownTopics.indexOf(f.queryTopics[0]) : -1;
  if (ownPosition >= 0) score += WEIGHTS.specialistByPosition[ownPosition] ?? 0;
  if (f.hasPhone) score += WEIGHTS.hasPhone;
  if (f.reach === 'local') score += WEIGHTS.local;
  if (f.reach === 'region') score += WEIGHTS.regionPreferred;
  if (f.reach === 'nation') score += WEIGHTS.nation;
  if (f.language === 'speaks') score += WEIGHTS.speaksLanguage;
  if (f.language === 'interpreters') score += WEIGHTS.interpreters;
  if (f.openNow) score += WEIGHTS.openNow;
  return Math.round((score + f.audience) * 100) / 100;
}

/** 2: checked within a year with nothing left to check; 1: a detail is unverified; 0: not checked for over a year. */
export function trustOf(stale: boolean, unverified: boolean): 0 | 1 | 2 {
  if (stale) return 0;
  return unverified ? 1 : 2;
}

export interface Rankable {
  fit: number;
  trust: number;
  /** Position in the catalogue. */
  order: number;
}

/** Best first: fit, then trust, then catalogue order. */
export function byRank(a: Rankable, b: Rankable): number {
  return b.fit - a.fit || b.trust - a.trust || a.order - b.order;
}
