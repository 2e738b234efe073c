/**
 * Chooses the few services that fit a person best: right topic, covering where
 * they live, right age, open, recently checked. Local first, then their nation,
 * then UK-wide. "That doesn't fit me" = call again with `excludeIds`.
 */
import type { TopicId } from '../core/topics';
import { lookupPostcodeDistrict, COUNCILS } from './geography';
import { isAlwaysOpen, isOpenAt } from '../core/hours';
import { KIND_TAXONOMY, TOPIC_TAXONOMY, type Catalogue, type Phone, type Service, type ServiceMatch, type ServiceQuery } from './types';
import { NATIONS, type Nation } from '../core/nations';

/** Scoring weights, kept together so the ranking can be read in one place. */
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
  youngPersonForYoung: 6,
  youngServiceForAdult: -3,
  speaksLanguage: 5,
  interpreters: 2,
  openNow: 1.5,
  stale: -6,
  unverified: -1,
};

const STALE_AFTER_MONTHS = 12;
/** Age limit at or under which a service is for children and young people. */
const YOUNG_PEOPLE_MAX_AGE = 25;
const ADULT_AGE = 18;

type Reach = 'local' | 'region' | 'nation' | 'uk';

interface Place {
  district?: string;
  area?: string;
  nation?: Nation;
  councils: string[];
}

function resolvePlace(query: ServiceQuery): Place {
  const place: Place = { councils: query.council ? [query.council] : [] };
  if (query.district) {
    const info = lookupPostcodeDistrict(query.district);
    place.district = info.district;
    place.area = info.area;
    if (info.nation) place.nation = info.nation;
    place.councils.push(...(info.councils ?? []));
  }
  if (query.nation) place.nation = query.nation;
  if (!place.nation && place.councils.length > 0) place.nation = 'england'; // every council in our data is English
  return place;
}

function topicsOf(service: Service): string[] {
  return service.attributes.filter((a) => a.taxonomy === TOPIC_TAXONOMY).map((a) => a.term);
}

export function hasKind(service: Service, kind: string): boolean {
  return service.attributes.some((a) => a.taxonomy === KIND_TAXONOMY && a.term === kind);
}

/** How well the service's areas cover the person; null when it does not cover them. */
function reachOf(service: Service, place: Place, preferRegion: string | undefined): Reach | null {
  const areas = service.service_areas;
  const local = areas.some(
    (a) =>
      (a.extent_type === 'council' && place.councils.includes(a.extent)) ||
      (a.extent_type === 'postcode_district' && a.extent === place.district) ||
      (a.extent_type === 'postcode_area' && a.extent === place.area),
  );
  if (local) return 'local';
  const nations = new Set(areas.filter((a) => a.extent_type === 'nation').map((a) => a.extent));
  if (areas.some((a) => a.extent_type === 'uk') || NATIONS.every((n) => nations.has(n))) return 'uk';
  if (place.nation && nations.has(place.nation)) return 'nation';
  // No place known yet: the embedding organisation's region stands in for it.
  if (
    preferRegion &&
    !place.district &&
    place.councils.length === 0 &&
    areas.some((a) => a.extent_type === 'council' && COUNCILS[a.extent]?.region === preferRegion)
  )
    return 'region';
  return null;
}

function isYoungPeoples(service: Service): boolean {
  return service.maximum_age !== undefined && service.maximum_age <= YOUNG_PEOPLE_MAX_AGE;
}

/** Made for children: an upper age limit below adulthood (Childline's "under 19" counts). */
function isForChildren(service: Service): boolean {
  return service.maximum_age !== undefined && service.maximum_age <= ADULT_AGE;
}

/**
 * Age never hides a crisis line from a young person; adults never get
 * children's services. Unknown age is treated as an adult's (young people
 * tend to say their age, and most people using the bot are adults).
 */
function ageAllows(service: Service, age: number | undefined, crisis: boolean): boolean {
  if (age === undefined) return !isForChildren(service);
  const inRange = (service.minimum_age === undefined || age >= service.minimum_age) && (service.maximum_age === undefined || age <= service.maximum_age);
  if (age >= ADULT_AGE) return inRange;
  return inRange || crisis;
}

export function isStale(assuredDate: string, now: Date): boolean {
  return isStaleBefore(assuredDate, staleCutoff(now));
}

/** Services checked before this moment are stale. */
function staleCutoff(now: Date): number {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - STALE_AFTER_MONTHS);
  return cutoff.getTime();
}

function isStaleBefore(assuredDate: string, cutoff: number): boolean {
  return Date.parse(`${assuredDate}T00:00:00Z`) < cutoff;
}

/** What the ranking asks about a service more than once, worked out once per query. */
interface Facts {
  topics: string[];
  crisis: boolean;
  alwaysOpen: boolean;
  openNow: boolean | null;
  stale: boolean;
}

function factsOf(service: Service, now: Date, cutoff: number): Facts {
  const alwaysOpen = isAlwaysOpen(service.schedules);
  return {
    topics: topicsOf(service),
    crisis: hasKind(service, 'crisis'),
    alwaysOpen,
    openNow: alwaysOpen ? true : isOpenAt(service.schedules, now),
    stale: isStaleBefore(service.assured_date, cutoff),
  };
}

/** Ties are ordered by name as `localeCompare(…, 'en-GB')` orders them, with one collator instead of one per comparison. */
const byName = new Intl.Collator('en-GB').compare;

const PHONE_ORDER: Record<Phone['type'], number> = { voice: 0, text: 1, textphone: 2 };

function toMatch(service: Service, organisation: string, matchedTopics: TopicId[], reach: Reach, facts: Facts, score: number): ServiceMatch {
  const { stale, alwaysOpen } = facts;
  const match: ServiceMatch = {
    id: service.id,
    name: service.name,
    organisation,
    description: service.description,
    phones: [...service.phones].sort((a, b) => PHONE_ORDER[a.type] - PHONE_ORDER[b.type]),
    schedule: service.schedules,
    openNow: facts.openNow,
    alwaysOpen,
    languages: service.languages,
    matchedTopics,
    local: reach === 'local',
    youngPeople: isYoungPeoples(service),
    crisis: facts.crisis,
    stale,
    checkBeforeCalling: stale || service.verification !== undefined,
    score: Math.round(score * 100) / 100,
  };
  const text = service.phones.find((p) => p.type === 'text');
  if (text) match.textNumber = text.number;
  if (service.url) match.url = service.url;
  if (service.email) match.email = service.email;
  if (service.eligibility_description) match.eligibility = service.eligibility_description;
  return match;
}

function scoreOf(service: Service, query: ServiceQuery, matched: TopicId[], reach: Reach, facts: Facts): number {
  let score = 0;
  query.topics.forEach((topic, i) => {
    if (matched.includes(topic)) score += WEIGHTS.topicByPosition[i] ?? 1;
  });
  const ownPosition = query.topics.length > 0 ? facts.topics.indexOf(query.topics[0]) : -1;
  if (ownPosition >= 0) score += WEIGHTS.specialistByPosition[ownPosition] ?? 0;
  if (service.phones.some((p) => p.type === 'voice' || p.type === 'text')) score += WEIGHTS.hasPhone;
  if (reach === 'local') score += WEIGHTS.local;
  if (reach === 'region') score += WEIGHTS.regionPreferred;
  if (reach === 'nation') score += WEIGHTS.nation;
  if (isYoungPeoples(service)) {
    score +=
      query.age !== undefined && query.age < ADULT_AGE
        ? WEIGHTS.youngPersonForYoung
        : query.age !== undefined && query.age <= (service.maximum_age ?? 0)
          ? 0
          : WEIGHTS.youngServiceForAdult;
  }
  if (query.language && query.language !== 'en') {
    if (service.languages.includes(query.language)) score += WEIGHTS.speaksLanguage;
    else if (service.interpretation_services) score += WEIGHTS.interpreters;
  }
  if (facts.openNow) score += WEIGHTS.openNow;
  if (facts.stale) score += WEIGHTS.stale;
  if (service.verification) score += WEIGHTS.unverified;
  return score;
}

/** A service that fits, before it is dressed as a ServiceMatch: findServices dresses only the few it picks. */
interface Ranked {
  service: Service;
  organisation: string;
  matched: TopicId[];
  reach: Reach;
  facts: Facts;
  score: number;
  /** The score as a ServiceMatch carries it, which is what orders them. */
  rounded: number;
}

function rank(catalogue: Catalogue, query: ServiceQuery): Ranked[] {
  const place = resolvePlace(query);
  const excluded = new Set(query.excludeIds ?? []);
  const orgNames = new Map(catalogue.organizations.map((o) => [o.id, o.name]));
  const cutoff = staleCutoff(query.now);
  const ranked: Ranked[] = [];
  for (const service of catalogue.services) {
    if (service.status !== 'active' || excluded.has(service.id)) continue;
    const own = topicsOf(service);
    const matched = query.topics.filter((t) => own.includes(t));
    if (query.topics.length > 0 && matched.length === 0) continue;
    const reach = reachOf(service, place, query.preferRegion);
    if (!reach) continue;
    if (!ageAllows(service, query.age, hasKind(service, 'crisis'))) continue;
    const facts = factsOf(service, query.now, cutoff);
    const score = scoreOf(service, query, matched, reach, facts);
    ranked.push({ service, organisation: orgNames.get(service.organization_id) ?? '', matched, reach, facts, score, rounded: Math.round(score * 100) / 100 });
  }
  return ranked.sort((a, b) => b.rounded - a.rounded || byName(a.service.name, b.service.name));
}

const dressed = (r: Ranked): ServiceMatch => toMatch(r.service, r.organisation, r.matched, r.reach, r.facts, r.score);

/** All services that fit, best first (no limit, no organisation spreading). */
export function rankServices(catalogue: Catalogue, query: ServiceQuery): ServiceMatch[] {
  return rank(catalogue, query).map(dressed);
}

/**
 * The best `limit` services (default 3), one per organisation where there is
 * choice, so three answers are three different places to turn.
 */
export function findServices(catalogue: Catalogue, query: ServiceQuery): ServiceMatch[] {
  const limit = query.limit ?? 3;
  const ranked = rank(catalogue, query);
  const picked: Ranked[] = [];
  const organisations = new Set<string>();
  for (const match of ranked) {
    if (picked.length >= limit) break;
    if (organisations.has(match.organisation)) continue;
    picked.push(match);
    organisations.add(match.organisation);
  }
  for (const match of ranked) {
    if (picked.length >= limit) break;
    if (!picked.includes(match)) picked.push(match);
  }
  return picked.sort((a, b) => b.rounded - a.rounded).map(dressed);
}
