/** Counts for `npm run catalogue:check`: what the catalogue covers, and how much is unchecked. */
import { TOPIC_IDS, type TopicId } from '../core/topics';
import { COUNCILS } from './geography';
import { isStale } from './find';
import { TOPIC_TAXONOMY, type Catalogue, type Service } from './types';
import { NATIONS, type Nation } from '../core/nations';

export interface CatalogueSummary {
  services: number;
  active: number;
  organizations: number;
  /** Services with no council or postcode area: nation-wide or UK-wide. */
  national: number;
  perTopic: Record<TopicId, number>;
  /** Active services that reach someone in each nation (UK-wide counted in all). */
  perNation: Record<Nation, number>;
  /** Local services per demo region (or council id when outside the regions). */
  localPerRegion: Record<string, number>;
  stale: string[];
  unverified: string[];
  /** Topics no active national service covers. */
  topicsWithoutNational: TopicId[];
}

export function isLocal(service: Service): boolean {
  return service.service_areas.some((a) => a.extent_type !== 'uk' && a.extent_type !== 'nation');
}

function nationsReached(service: Service): Nation[] {
  const areas = service.service_areas;
  if (areas.some((a) => a.extent_type === 'uk')) return [...NATIONS];
  const listed = areas.filter((a) => a.extent_type === 'nation').map((a) => a.extent as Nation);
  return isLocal(service) ? [...new Set([...listed, 'england' as const])] : listed;
}

function regionOf(service: Service): string {
  const council = service.service_areas.find((a) => a.extent_type === 'council')?.extent;
  if (council) return COUNCILS[council]?.region ?? council;
  return service.service_areas.some((a) => /^(SO|PO|BH|DT|SP|GU|RG)/.test(a.extent)) ? 'wessex' : 'south_east_london';
}

export function summariseCatalogue(catalogue: Catalogue, now: Date): CatalogueSummary {
  const active = catalogue.services.filter((s) => s.status === 'active');
  const perTopic = Object.fromEntries(TOPIC_IDS.map((t) => [t, 0])) as Record<TopicId, number>;
  const perNation = Object.fromEntries(NATIONS.map((n) => [n, 0])) as Record<Nation, number>;
  const localPerRegion: Record<string, number> = {};
  const nationalTopics = new Set<string>();
  for (const service of active) {
    const topics = service.attributes.filter((a) => a.taxonomy === TOPIC_TAXONOMY).map((a) => a.term as TopicId);
    for (const topic of topics) perTopic[topic] += 1;
    for (const nation of nationsReached(service)) perNation[nation] += 1;
    if (isLocal(service)) {
      const region = regionOf(service);
      localPerRegion[region] = (localPerRegion[region] ?? 0) + 1;
    } else {
      topics.forEach((t) => nationalTopics.add(t));
    }
  }
  return {
    services: catalogue.services.length,
    active: active.length,
    organizations: catalogue.organizations.length,
    national: active.filter((s) => !isLocal(s)).length,
    perTopic,
    perNation,
    localPerRegion,
    stale: active.filter((s) => isStale(s.assured_date, now)).map((s) => s.id),
    unverified: active.filter((s) => s.verification !== undefined).map((s) => s.id),
    topicsWithoutNational: TOPIC_IDS.filter((t) => !nationalTopics.has(t)),
  };
}
