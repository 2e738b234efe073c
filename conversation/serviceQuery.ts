/**
 * The one way the conversation asks the catalogue for services: the results of a topic
 * and the plan ask alike, so the plan's first contact is the first service shown.
 */
import type { AudienceFacts, ServiceQuery } from '../catalogue';
import type { TopicId } from '../core/topics';
import type { GuideContext } from './context';
import type { Situation } from './state';
import { notInWork } from './work';

/** Under-18s get young people's services; "me, I'm under 18" counts as an age. */
export function ageOf(s: Situation): number | undefined {
  if (s.age !== undefined) return s.age;
  return s.answers.family_age === 'me_under_18' ? 16 : undefined;
}

/** What the person told us about their situation, for services made for one audience. */
export function audienceOf(s: Situation): AudienceFacts {
  const a = s.answers;
  const facts: AudienceFacts = { caredFor: s.caredFor.map((p) => p.relation) };
  if (s.bereaved) facts.bereaved = true;
  if (notInWork(s)) facts.work = 'not_working';
  else if (a.money_work === 'working' || a.work_situation !== undefined) facts.work = 'working';
  if (a.family_age === 'young_children' || a.family_age === 'teenagers') facts.children = true;
  return facts;
}

export function serviceQuery(topic: TopicId, s: Situation, ctx: GuideContext, options: { limit: number; excludeIds?: string[] }): ServiceQuery {
  const others = s.topics.filter((x) => x !== topic && x !== 'human');
  return {
    topics: [topic, ...others].slice(0, 3),
    district: s.district,
    nation: s.nation,
    council: s.council,
    age: ageOf(s),
    language: ctx.language,
    now: ctx.now,
    limit: options.limit,
    excludeIds: options.excludeIds ?? [],
    preferRegion: ctx.org.preferRegion,
    audience: audienceOf(s),
  };
}
