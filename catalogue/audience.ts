/**
 * Who a service is made for: its ages and its audience terms ("carers-bot-audiences").
 * Decides whether a service may be offered to this person at all, and how much
 * better it fits them than a service for everyone. Unknown facts never exclude,
 * except for services made for one situation (after a death, abuse, an ill child):
 * those wait until the person has said so.
 */
import type { TopicId } from '../core/topics';
import { AUDIENCE_TAXONOMY, type Audience, type AudienceFacts, type Service } from './types';

/** Points a service made for this person's situation gains over one for everyone. */
export const AUDIENCE_WEIGHTS = {
  bereaved: 4,
  inWork: 3,
  abuse: 6,
  olderPeople: 1,
  illChild: 6,
  illParent: 3,
  familiesOfYoung: 2,
  condition: 6,
  /** A single-illness service for someone who has not named the illness: after the general ones. */
  otherCondition: -8,
  youngPersonForYoung: 6,
};

/** Ages at or under which a service is for children (Childline's "under 19" counts) or young people. */
const ADULT_AGE = 18;
const YOUNG_PEOPLE_MAX_AGE = 25;

/** The ill child may be theirs or a grandchild (grandparents often look after a grandchild with cancer). */
const CHILD = new Set(['son', 'daughter', 'child', 'grandson', 'granddaughter', 'grandchild']);
const PARENT = new Set(['mother', 'father']);
const OLDER = new Set(['mother', 'father', 'grandmother', 'grandfather', 'mother_in_law', 'father_in_law', 'stepmother', 'stepfather']);
const CONDITIONS: ReadonlySet<Audience> = new Set(['breast_cancer', 'prostate_cancer', 'mesothelioma']);

export function audiencesOf(service: Service): Set<Audience> {
  return new Set(service.attributes.filter((a) => a.taxonomy === AUDIENCE_TAXONOMY).map((a) => a.term as Audience));
}

/** The oldest a service's users may be: its own maximum, or 25 for a young people's service that gives none. */
function maximumAge(service: Service, terms: ReadonlySet<Audience>): number | undefined {
  return service.maximum_age ?? (terms.has('young_people') ? YOUNG_PEOPLE_MAX_AGE : undefined);
}

export function isForYoungPeople(service: Service, terms: ReadonlySet<Audience> = audiencesOf(service)): boolean {
  const max = maximumAge(service, terms);
  return max !== undefined && max <= YOUNG_PEOPLE_MAX_AGE;
}

/**
 * Age never hides a crisis line from a young person; adults never get children's or young
 * people's services, unless the service also helps the adults bringing them up and they asked
 * about their children. Unknown age is treated as an adult's (young people tend to say their
 * age, and most people using the bot are adults).
 */
export function ageAllows(service: Service, terms: ReadonlySet<Audience>, age: number | undefined, crisis: boolean, facts: AudienceFacts): boolean {
  const forParents = terms.has('families_of_young') && facts.children === true;
  const max = maximumAge(service, terms);
  if (age === undefined) return !isForYoungPeople(service, terms) || forParents;
  const inRange = (service.minimum_age === undefined || age >= service.minimum_age) && (max === undefined || age <= max);
  if (age >= ADULT_AGE) return inRange || forParents;
  return inRange || crisis;
}

const hasAny = (relations: readonly string[] | undefined, set: ReadonlySet<string>): boolean => (relations ?? []).some((r) => set.has(r));

/**
 * null: the service is not for this person; else the points its audience adds.
 * `topics` are what the person asked about (asking about a death counts as bereaved).
 */
export function audienceFit(
  service: Service,
  terms: ReadonlySet<Audience>,
  facts: AudienceFacts,
  topics: readonly TopicId[],
  age: number | undefined,
): number | null {
  const w = AUDIENCE_WEIGHTS;
  const caredFor = facts.caredFor ?? [];
  let points = 0;
  if (age !== undefined && age < ADULT_AGE && isForYoungPeople(service, terms)) points += w.youngPersonForYoung;
  if (terms.has('bereaved')) {
    if (!facts.bereaved && !topics.includes('bereavement')) return null;
    if (facts.bereaved) points += w.bereaved;
  }
  if (terms.has('in_work')) {
    if (facts.work === 'not_working') return null;
    if (facts.work === 'working') points += w.inWork;
  }
  if (terms.has('abuse')) {
    if (!facts.abuse) return null;
    points += w.abuse;
  }
  if (terms.has('ill_child')) {
    if (!hasAny(caredFor, CHILD)) return null;
    points += w.illChild;
  }
  if (terms.has('ill_parent')) {
    if (caredFor.length > 0 && !hasAny(caredFor, PARENT)) return null;
    if (hasAny(caredFor, PARENT)) points += w.illParent;
  }
  if (terms.has('older_people')) {
    // Looking after a son or daughter only: services for older people do not fit.
    if (caredFor.length > 0 && caredFor.every((r) => CHILD.has(r))) return null;
    if (hasAny(caredFor, OLDER)) points += w.olderPeople;
  }
  if (terms.has('families_of_young') && facts.children) points += w.familiesOfYoung;
  const own = [...terms].filter((t) => CONDITIONS.has(t));
  if (own.length > 0) {
    const named = facts.conditions ?? [];
    if (own.some((c) => named.includes(c))) points += w.condition;
    else if (named.length > 0) return null;
    else points += w.otherCondition;
  }
  return points;
}
