/**
 * Local help for the councils a place resolves to: how to ask for a carer's assessment,
 * local carers' services and other places (hospices, Maggie's, Macmillan centres), and the
 * national finders to offer when nothing local fits. Data: data/local-help/ and, for the
 * demo regions' entries and the national finders, data/catalogue/services.json (by id, never
 * re-typed). Pure: no botbuilder, no dialogs; loads its files once.
 */
import { loadCatalogue } from './load';
import { KIND_TAXONOMY, type Catalogue, type Service } from './types';
import { shippedLocalHelpData, type CouncilRecord, type Jurisdiction, type LocalHelpData, type LocalRoute, type LocalServiceKind } from './localHelpData';

export interface CouncilSummary {
  code: string;
  name: string;
  nation: Jurisdiction;
  /** Home page: a last resort to show, never an assessment route. */
  website?: string;
}

export interface AssessmentRoute {
  council: string;
  councilName: string;
  route: LocalRoute;
}

export type LocalHelpServiceKind = LocalServiceKind | 'council_carers_service' | 'catalogue';

export interface LocalHelpService {
  id: string;
  name: string;
  kind: LocalHelpServiceKind;
  phone?: string;
  url?: string;
  /** The requested council it was found for. */
  council: string;
  source: string;
  sourceDate: string;
  verified: boolean;
}

export interface NationalFinder {
  id: string;
  name: string;
  phone?: string;
  url?: string;
  /** False when the catalogue entry carries a verification note. */
  verified: boolean;
}

export interface LocalHelp {
  /** The known councils asked for, in the order given (main one first). */
  councils: CouncilSummary[];
  /** Codes that matched no council: the data or the geography needs a look. */
  unknownCodes: string[];
  /** One route per council that has one; main council first, verified before unverified at equal fit. */
  assessment: AssessmentRoute[];
  /** Local services, best fit first; verified before unverified at equal fit. */
  services: LocalHelpService[];
  /** No local support service fits: say so plainly and offer `national` (and `assessment`). */
  nothingLocal: boolean;
  /** National finders for the jurisdiction, from the service catalogue. */
  national: NationalFinder[];
}

export interface LocalHelpOptions {
  /** A postcode district ("PO1"): catalogue entries listed for it fit best. */
  district?: string;
}

/** Catalogue ids of the national finders, per jurisdiction (Crown Dependencies have their own services instead). */
export const NATIONAL_FINDERS: Readonly<Record<Jurisdiction | 'unknown', readonly string[]>> = {
  england: ['carers-trust-local-services', 'carers-uk-helpline', 'gov-uk-carers-assessment'],
  wales: ['carers-trust-local-services', 'carers-wales', 'carers-uk-helpline'],
  scotland: ['carers-trust-local-services', 'carers-scotland', 'carers-uk-helpline'],
  northern_ireland: ['carers-ni', 'carers-trust-local-services', 'carers-uk-helpline'],
  jersey: [],
  guernsey: [],
  isle_of_man: [],
  unknown: ['carers-trust-local-services', 'carers-uk-helpline'],
};

const KIND_RANK: Record<LocalHelpServiceKind, number> = {
  council_carers_service: 0,
  carers_centre: 1,
  catalogue: 1,
  maggies_centre: 2,
  macmillan_centre: 2,
  hospice: 3,
};

interface Sources {
  data: LocalHelpData;
  catalogue: Catalogue;
}

let loaded: Sources | undefined;
function defaultSources(): Sources {
  loaded ??= { data: shippedLocalHelpData(), catalogue: loadCatalogue() };
  return loaded;
}

/** Council code, slug or alias -> every council code it names (an NI district council can span two trusts). */
export function resolveCouncilCodes(input: string, data: LocalHelpData): string[] {
  if (Object.hasOwn(data.councils, input)) return [input];
  const key = input.toLowerCase().replace(/_/g, '-');
  return Object.entries(data.councils)
    .filter(([, c]) => c.slug === key || (c.aliases ?? []).some((a) => a.toLowerCase().replace(/_/g, '-') === key))
    .map(([code]) => code);
}

function summary(code: string, c: CouncilRecord): CouncilSummary {
  return { code, name: c.name, nation: c.nation, ...(c.website ? { website: c.website } : {}) };
}

function kindOf(service: Service): string | undefined {
  return service.attributes.find((a) => a.taxonomy === KIND_TAXONOMY)?.term;
}

/** Catalogue entries (the demo regions) for a council code, found through the council's slug or aliases. */
function catalogueServicesFor(code: string, council: CouncilRecord, catalogue: Catalogue): Array<{ service: Service; district: boolean }> {
  const names = new Set([code, council.slug ?? '', ...(council.aliases ?? [])].filter(Boolean).map((n) => n.toLowerCase().replace(/-/g, '_')));
  return catalogue.services
    .filter((s) => s.status === 'active' && !['council', 'crisis'].includes(kindOf(s) ?? ''))
    .filter((s) => s.service_areas.some((a) => a.extent_type === 'council' && names.has(a.extent.toLowerCase().replace(/-/g, '_'))))
    .map((service) => ({ service, district: false }));
}

/** A bare home page ("https://www.hants.gov.uk/") is never an assessment route. */
function isHomePage(url: string): boolean {
  try {
    return new URL(url).pathname.replace(/\/+$/, '') === '';
  } catch {
    return true;
  }
}

/**
 * The catalogue's own council entry (kind "council", e.g. "Hampshire Adults' Health and Care")
 * as an assessment route when councils.json has none: its phone, or its page unless that is
 * only the home page.
 */
function catalogueAssessment(code: string, council: CouncilRecord, catalogue: Catalogue): LocalRoute | undefined {
  const names = new Set([council.slug ?? '', ...(council.aliases ?? [])].filter(Boolean).map((n) => n.toLowerCase().replace(/-/g, '_')));
  for (const s of catalogue.services) {
    if (s.status !== 'active' || kindOf(s) !== 'council') continue;
    if (!s.service_areas.some((a) => a.extent_type === 'council' && (a.extent === code || names.has(a.extent.toLowerCase().replace(/-/g, '_'))))) continue;
    const phone = s.phones.find((p) => p.type === 'voice')?.number;
    const url = s.url && !isHomePage(s.url) ? s.url : undefined;
    if (!phone && !url) continue;
    return {
      name: s.name,
      ...(url ? { url } : {}),
      ...(phone ? { phone } : {}),
      source: s.source_url,
      sourceDate: s.assured_date,
      verified: !s.verification,
      note: `from the service catalogue entry "${s.id}"`,
    };
  }
  return undefined;
}

function catalogueDistrictServices(district: string, catalogue: Catalogue): Service[] {
  return catalogue.services.filter(
    (s) => s.status === 'active' && s.service_areas.some((a) => a.extent_type === 'postcode_district' && a.extent === district) && kindOf(s) !== 'crisis',
  );
}

function fromCatalogue(s: Service, council: string): LocalHelpService {
  const phone = s.phones.find((p) => p.type === 'voice')?.number;
  return {
    id: s.id,
    name: s.name,
    kind: kindOf(s) === 'hospice' ? 'hospice' : 'catalogue',
    ...(phone ? { phone } : {}),
    ...(s.url ? { url: s.url } : {}),
    council,
    source: s.source_url,
    sourceDate: s.assured_date,
    verified: !s.verification,
  };
}

interface Ranked {
  service: LocalHelpService;
  fit: number;
}

function compare(a: Ranked, b: Ranked): number {
  return (
    a.fit - b.fit ||
    KIND_RANK[a.service.kind] - KIND_RANK[b.service.kind] ||
    Number(b.service.verified) - Number(a.service.verified) ||
    Number(Boolean(b.service.phone)) - Number(Boolean(a.service.phone)) ||
    a.service.name.localeCompare(b.service.name)
  );
}

function nationalFinders(jurisdiction: Jurisdiction | null, catalogue: Catalogue): NationalFinder[] {
  const ids = NATIONAL_FINDERS[jurisdiction ?? 'unknown'];
  return ids.flatMap((id) => {
    const s = catalogue.services.find((x) => x.id === id && x.status === 'active');
    if (!s) return [];
    const phone = s.phones.find((p) => p.type === 'voice')?.number;
    return [{ id, name: s.name, ...(phone ? { phone } : {}), ...(s.url ? { url: s.url } : {}), verified: !s.verification }];
  });
}

/**
 * The local help for a place's councils (main one first; GSS codes, trust or Crown
 * Dependency codes, or older slugs) in a jurisdiction (null: not known).
 */
export function localHelpFor(
  councilCodes: string[],
  nation: Jurisdiction | null,
  options: LocalHelpOptions = {},
  sources: Sources = defaultSources(),
): LocalHelp {
  const { data, catalogue } = sources;
  const codes: string[] = [];
  const unknownCodes: string[] = [];
  for (const input of councilCodes) {
    const found = resolveCouncilCodes(input, data);
    if (found.length === 0) unknownCodes.push(input);
    for (const code of found) if (!codes.includes(code)) codes.push(code);
  }

  const assessment: Array<AssessmentRoute & { fit: number }> = [];
  const ranked: Ranked[] = [];
  const seen = new Set<string>();
  const add = (service: LocalHelpService, fit: number) => {
    if (seen.has(service.id) || (!service.phone && !service.url)) return;
    seen.add(service.id);
    ranked.push({ service, fit });
  };

  if (options.district) {
    for (const s of catalogueDistrictServices(options.district, catalogue)) add(fromCatalogue(s, codes[0] ?? ''), 0);
  }
  codes.forEach((code, index) => {
    const council = data.councils[code];
    const fit = index + 1;
    const route = council.assessment ?? catalogueAssessment(code, council, catalogue);
    if (route) assessment.push({ council: code, councilName: council.name, route, fit });
    if (council.carersService) {
      add({ id: `${code}-carers-service`, kind: 'council_carers_service', council: code, ...council.carersService }, fit);
    }
    for (const s of data.services.filter((x) => x.councils.includes(code))) {
      add(
        {
          id: s.id,
          name: s.name,
          kind: s.kind,
          council: code,
          ...(s.phone ? { phone: s.phone } : {}),
          ...(s.url ? { url: s.url } : {}),
          source: s.source,
          sourceDate: s.sourceDate,
          verified: s.verified,
        },
        s.districts?.includes(options.district ?? '') ? 0 : fit,
      );
    }
    for (const { service } of catalogueServicesFor(code, council, catalogue)) add(fromCatalogue(service, code), fit);
  });

  assessment.sort((a, b) => a.fit - b.fit || Number(b.route.verified) - Number(a.route.verified));
  const services = ranked.sort(compare).map((r) => r.service);
  const jurisdiction = nation ?? (codes.length > 0 ? data.councils[codes[0]].nation : null);
  return {
    councils: codes.map((code) => summary(code, data.councils[code])),
    unknownCodes,
    assessment: assessment.map(({ council, councilName, route }) => ({ council, councilName, route })),
    services,
    nothingLocal: services.length === 0,
    national: nationalFinders(jurisdiction, catalogue),
  };
}

/** For tests and tools: the same query against other data. */
export function localHelpWith(sources: Sources): (codes: string[], nation: Jurisdiction | null, options?: LocalHelpOptions) => LocalHelp {
  return (codes, nation, options = {}) => localHelpFor(codes, nation, options, sources);
}
