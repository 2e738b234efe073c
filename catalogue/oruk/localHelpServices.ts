/**
 * The local-help data (data/local-help/) as catalogue services, so the ORUK view and API list
 * them beside the national catalogue: each council's carer's assessment route and its carers'
 * service, and the local places of services.json. Read-only: the bot itself keeps reading the
 * local-help data through catalogue/localHelp.ts. Entries not read on an authoritative page keep
 * their "check before you call" note; numbers that do not look like UK numbers are left out.
 */
import type { TopicId } from '../../core/topics';
import type { CouncilRecord, LocalHelpData, LocalRoute, LocalServiceKind } from '../localHelpData';
import { AUDIENCE_TAXONOMY, KIND_TAXONOMY, TOPIC_TAXONOMY, type Attribute, type Catalogue, type Organization, type Service } from '../types';
import { looksLikeUkNumber } from '../validate';

export interface LocalHelpServices {
  organizations: Organization[];
  services: Service[];
  /** Entries left out, with why. */
  skipped: string[];
}

const lower = (code: string) => code.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
const topics = (...terms: TopicId[]): Attribute[] => terms.map((term) => ({ taxonomy: TOPIC_TAXONOMY, term }));

const LOCAL_KIND: Record<LocalServiceKind, { topics: TopicId[]; kind: string; audience?: string; words: string }> = {
  carers_centre: {
    topics: ['peer_support', 'navigation'],
    kind: 'in_person',
    words: 'A local carers centre: advice and support for people who look after someone.',
  },
  hospice: { topics: ['end_of_life'], kind: 'hospice', words: 'A local hospice: care near the end of life, and support for the family.' },
  maggies_centre: {
    topics: ['feelings', 'illness_info'],
    kind: 'in_person',
    words: "A Maggie's centre: free practical and emotional support for people with cancer and their family.",
  },
  macmillan_centre: {
    topics: ['illness_info', 'money'],
    kind: 'in_person',
    words: 'A Macmillan information and support centre: information and support for anyone affected by cancer.',
  },
};

function contact(route: LocalRoute, service: Service, skipped: string[]): void {
  if (route.url?.startsWith('https://')) service.url = route.url;
  if (route.phone) {
    const phone = { number: route.phone, type: 'voice' as const };
    if (looksLikeUkNumber(phone)) service.phones.push(phone);
    else skipped.push(`${service.id}: phone "${route.phone}" left out (not a UK number)`);
  }
  if (!route.verified) service.verification = route.note ?? 'Not read on an authoritative page: check before you call';
}

function routeService(
  id: string,
  code: string,
  council: CouncilRecord,
  route: LocalRoute,
  orgId: string,
  name: string,
  description: string,
  attrs: Attribute[],
): Service {
  return {
    id,
    organization_id: orgId,
    name,
    description,
    status: 'active',
    assured_date: route.sourceDate,
    languages: ['en'],
    phones: [],
    schedules: [],
    service_areas: [{ extent_type: 'council', extent: code, description: council.name }],
    attributes: attrs,
    source_url: route.source.startsWith('http') ? route.source : (council.website ?? route.source),
  };
}

export function localHelpServices(data: LocalHelpData): LocalHelpServices {
  const organizations: Organization[] = [];
  const services: Service[] = [];
  const skipped: string[] = [];
  const keep = (service: Service, route: { url?: string }) => {
    if (service.phones.length === 0 && !service.url)
      skipped.push(`${service.id}: ${route.url ? `only an http page (${route.url}); the catalogue offers https pages` : 'no phone or page to offer'}`);
    else if (!/^https?:\/\//.test(service.source_url)) skipped.push(`${service.id}: no source page`);
    else services.push(service);
  };
  for (const [code, council] of Object.entries(data.councils)) {
    const councilOrg = `council-${lower(code)}`;
    let orgNeeded = false;
    if (council.assessment) {
      const service = routeService(
        `council-assessment-${lower(code)}`,
        code,
        council,
        council.assessment,
        councilOrg,
        `Carer's assessment: ${council.name}`,
        `Ask ${council.name} for a carer's assessment: a talk about what would help you go on looking after someone, and have a life of your own.`,
        [...topics('assessment'), { taxonomy: KIND_TAXONOMY, term: 'council' }],
      );
      contact(council.assessment, service, skipped);
      const before = services.length;
      keep(service, council.assessment);
      orgNeeded = services.length > before;
    }
    if (council.carersService) {
      const route = council.carersService;
      const orgId = `carers-service-${lower(code)}`;
      const service = routeService(
        `council-carers-service-${lower(code)}`,
        code,
        council,
        route,
        orgId,
        route.name,
        `A local service for people who look after someone, in the area of ${council.name}: information, advice and support.`,
        topics('navigation', 'peer_support'),
      );
      contact(route, service, skipped);
      const before = services.length;
      keep(service, route);
      if (services.length > before)
        organizations.push({ id: orgId, name: route.name, description: `Local support for people who look after someone (${council.name})` });
    }
    if (orgNeeded) {
      const org: Organization = {
        id: councilOrg,
        name: council.name,
        description: `The council responsible for adult social care in its area (${council.kind.replace('_', ' ')})`,
      };
      if (council.website?.startsWith('https://')) org.website = council.website;
      organizations.push(org);
    }
  }
  for (const record of data.services) {
    const kind = LOCAL_KIND[record.kind];
    const id = `local-${lower(record.id)}`;
    const service: Service = {
      id,
      organization_id: id,
      name: record.name,
      description: record.description && record.description.length >= 20 ? record.description.slice(0, 400) : kind.words,
      status: 'active',
      assured_date: record.sourceDate,
      languages: ['en'],
      phones: [],
      schedules: [],
      service_areas: [
        ...record.councils.map((c) => ({ extent_type: 'council' as const, extent: c })),
        ...(record.districts ?? []).map((d) => ({ extent_type: 'postcode_district' as const, extent: d })),
      ],
      attributes: [
        ...topics(...kind.topics),
        { taxonomy: KIND_TAXONOMY, term: kind.kind },
        ...(kind.audience ? [{ taxonomy: AUDIENCE_TAXONOMY, term: kind.audience } as Attribute] : []),
      ],
      source_url: record.source,
    };
    contact(record, service, skipped);
    const before = services.length;
    keep(service, record);
    if (services.length > before) organizations.push({ id, name: record.name, description: kind.words });
  }
  return { organizations, services, skipped };
}

/** The national catalogue and the local-help services together (the ORUK view's catalogue). */
export function withLocalHelp(catalogue: Catalogue, data: LocalHelpData): Catalogue {
  const local = localHelpServices(data);
  const dates = [catalogue.generated, ...local.services.map((s) => s.assured_date)].sort();
  return {
    ...catalogue,
    generated: dates[dates.length - 1],
    organizations: [...catalogue.organizations, ...local.organizations],
    services: [...catalogue.services, ...local.services],
  };
}
