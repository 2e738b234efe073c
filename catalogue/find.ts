/**
 * Chooses the few services that fit a person best: right topic, made for people
 * like them, covering where they live, open, recently checked. Local first, then
 * their nation, then UK-wide. The order itself is catalogue/rank.ts's.
 * "That doesn't fit me" = call again with `excludeIds`.
 */
import type { TopicId } from '../core/topics';
import { lookupPostcodeDistrict, COUNCILS, nationOfCouncilIds } from './geography';
import { isAlwaysOpen, isOpenAt } from '../core/hours';
import { KIND_TAXONOMY, TOPIC_TAXONOMY, type Catalogue, type Phone, type Service, type ServiceMatch, type ServiceQuery } from './types';
import { NATIONS, type Nation } from '../core/nations';
import { ageAllows, audienceFit, audiencesOf, isForYoungPeople } from './audience';
import { byRank, fitScore, trustOf, type Reach } from './rank';

export { WEIGHTS } from './rank';

const STALE_AFTER_MONTHS = 12;

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
  if (!place.nation && place.councils.length > 0) place.nation = nationOfCouncilIds(place.councils) ?? undefined; // none when they span a border: ask
  return place;
}

/** A service's topics, worked out once per service (every query asks every service); never changed by callers. */
function topicsOf(service: Service): string[] {
  const { attributes } = service;
  const cached = topicsCache.get(attributes);
  if (cached && cached.length === attributes.length) return cached.topics;
  const topics = attributes.filter((a) => a.taxonomy === TOPIC_TAXONOMY).map((a) => a.term);
  topicsCache.set(attributes, { length: attributes.length, topics });
  return topics;
}

const topicsCache = new WeakMap<Service['attributes'], { length: number; topics: string[] }>();

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
  youngPeople: boolean;
}

function factsOf(service: Service, own: string[], youngPeople: boolean, now: Date, cutoff: number): Facts {
  const alwaysOpen = isAlwaysOpen(service.schedules);
  return {
    topics: own,
    youngPeople,
    crisis: hasKind(service, 'crisis'),
    alwaysOpen,
    openNow: alwaysOpen ? true : isOpenAt(service.schedules, now),
    stale: isStaleBefore(service.assured_date, cutoff),
  };
}

const PHONE_ORDER: Record<Phone['type'], number> = { voice: 0, text: 1, textphone: 2 };

function toMatch(service: Service, organisation: string, matchedTopics: TopicId[], reach: Reach, facts: Facts, fit: number): ServiceMatch {
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
    youngPeople: facts.youngPeople,
    crisis: facts.crisis,
    stale,
    checkBeforeCalling: stale || service.verification !== undefined,
    score: fit,
  };
  const text = service.phones.find((p) => p.type === 'text');
  if (text) match.textNumber = text.number;
  if (service.url) match.url = service.url;
  if (service.email) match.email = service.email;
  if (service.eligibility_description) match.eligibility = service.eligibility_description;
  return match;
}

function languageFit(service: Service, query: ServiceQuery): 'speaks' | 'interpreters' | 'no' | 'english' {
  if (!query.language || query.language === 'en') return 'english';
  if (service.languages.includes(query.language)) return 'speaks';
  return service.interpretation_services ? 'interpreters' : 'no';
}

/** A service that fits, before it is dressed as a ServiceMatch: findServices dresses only the few it picks. */
interface Ranked {
  service: Service;
  organisation: string;
  matched: TopicId[];
  reach: Reach;
  facts: Facts;
  /** Fit, trust and catalogue order: what orders them (catalogue/rank.ts). */
  fit: number;
  trust: number;
  order: number;
}

function sharesTopic(wanted: readonly TopicId[], own: readonly string[]): boolean {
  for (const topic of wanted) if (own.includes(topic)) return true;
  return false;
}

/** Organisation names by id, built once per catalogue (not per query); rebuilt if the list grew after. */
const orgNamesCache = new WeakMap<Catalogue['organizations'], { length: number; names: Map<string, string> }>();

function orgNamesOf(catalogue: Catalogue): Map<string, string> {
  const { organizations } = catalogue;
  const cached = orgNamesCache.get(organizations);
  if (cached && cached.length === organizations.length) return cached.names;
  const names = new Map<string, string>();
  for (const o of organizations) names.set(o.id, o.name);
  orgNamesCache.set(organizations, { length: organizations.length, names });
  return names;
}

function rank(catalogue: Catalogue, query: ServiceQuery): Ranked[] {
  const place = resolvePlace(query);
  const excluded = new Set(query.excludeIds ?? []);
  const orgNames = orgNamesOf(catalogue);
  const cutoff = staleCutoff(query.now);
  const audience = query.audience ?? {};
  const ranked: Ranked[] = [];
  catalogue.services.forEach((service, order) => {
    if (service.status !== 'active' || excluded.has(service.id)) return;
    const own = topicsOf(service);
    // Most services are turned away here: tested without building the matched list.
    if (query.topics.length > 0 && !sharesTopic(query.topics, own)) return;
    const reach = reachOf(service, place, query.preferRegion);
    if (!reach) return;
    const terms = audiencesOf(service);
    if (!ageAllows(service, terms, query.age, hasKind(service, 'crisis'), audience)) return;
    const audiencePoints = audienceFit(service, terms, audience, query.topics, query.age);
    if (audiencePoints === null) return;
    const facts = factsOf(service, own, isForYoungPeople(service, terms), query.now, cutoff);
    const fit = fitScore({
      queryTopics: query.topics,
      ownTopics: own,
      reach,
      hasPhone: service.phones.some((p) => p.type === 'voice' || p.type === 'text'),
      audience: audiencePoints,
      language: languageFit(service, query),
      openNow: facts.openNow === true,
    });
    const trust = trustOf(facts.stale, service.verification !== undefined);
    const matched = query.topics.filter((t) => own.includes(t));
    ranked.push({ service, organisation: orgNames.get(service.organization_id) ?? '', matched, reach, facts, fit, trust, order });
  });
  return ranked.sort(byRank);
}

const dressed = (r: Ranked): ServiceMatch => toMatch(r.service, r.organisation, r.matched, r.reach, r.facts, r.fit);

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
  return picked.sort(byRank).map(dressed);
}
