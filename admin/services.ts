/**
 * An organisation's own local services, kept in the admin store and merged under the national
 * catalogue the way live feeds are (catalogue/feeds: never replacing a core entry). Each is
 * entered on a form, built into the catalogue's shape and checked by the catalogue's own
 * validation merged with the core, so a local service obeys every rule a reviewed entry does.
 */
import { TOPIC_IDS } from '../core/topics';
import {
  COUNCILS,
  KIND_TAXONOMY,
  SERVICE_KINDS,
  TOPIC_TAXONOMY,
  validateCatalogue,
  formatProblem,
  type Catalogue,
  type Organization,
  type Service,
  type ServiceArea,
} from '../catalogue';
import { mergeUnderCore } from '../catalogue/feeds';

/** A service with who checked it last. Retired services stay (inactive) so their history is kept. */
export interface LocalService {
  service: Service;
  checkedBy: string;
  checkedAt: string;
}

/** What the form sends. */
export interface ServiceInput {
  id?: string;
  name: string;
  description: string;
  phone?: string;
  url?: string;
  email?: string;
  /** Where the details can be checked; defaults to `url`. */
  sourceUrl?: string;
  topics: string[];
  kind?: string;
  /** Council ids (e.g. southwark) or postcode districts (e.g. SE15), separated by commas. */
  areas: string;
  languages?: string[];
  eligibility?: string;
}

export type ServiceResult = { ok: true; service: Service } | { ok: false; problems: string[] };

const DISTRICT = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

export const localOrganizationId = (org: string): string => `local-${org}`;

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'service'
  );
}

function areasOf(text: string, problems: string[]): ServiceArea[] {
  const areas: ServiceArea[] = [];
  for (const raw of text
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)) {
    const district = raw.toUpperCase().replace(/\s+/g, '');
    if (Object.hasOwn(COUNCILS, raw.toLowerCase())) areas.push({ extent_type: 'council', extent: raw.toLowerCase() });
    else if (DISTRICT.test(district)) areas.push({ extent_type: 'postcode_district', extent: district });
    else problems.push(`areas: "${raw}" is not a council id (e.g. southwark) or a postcode district (e.g. SE15)`);
  }
  if (areas.length === 0 && problems.length === 0) problems.push('areas: give at least one council id or postcode district');
  return areas;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optional = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * Builds a service from the form and checks it merged with the catalogue the bot reads now
 * (`others`: the other organisations' local services). `today` is YYYY-MM-DD.
 */
export function buildService(
  org: string,
  raw: unknown,
  existing: readonly LocalService[],
  base: Catalogue,
  others: readonly Catalogue[],
  today: string,
): ServiceResult {
  if (!isRecord(raw)) return { ok: false, problems: ['the service is missing'] };
  const problems: string[] = [];
  const name = optional(raw.name);
  if (!name) problems.push('name is required');
  if (typeof raw.description !== 'string') problems.push('description is required');
  const topics = Array.isArray(raw.topics) ? raw.topics.filter((t): t is string => typeof t === 'string') : [];
  if (topics.length === 0) problems.push(`topics: choose at least one (${TOPIC_IDS.join(', ')})`);
  const kind = optional(raw.kind) ?? 'in_person';
  if (!(SERVICE_KINDS as readonly string[]).includes(kind)) problems.push(`kind must be one of ${SERVICE_KINDS.join(', ')}`);
  const areas = areasOf(typeof raw.areas === 'string' ? raw.areas : '', problems);
  const url = optional(raw.url);
  const sourceUrl = optional(raw.sourceUrl) ?? url;
  if (!sourceUrl) problems.push('sourceUrl: give the web page where these details can be checked');
  const editing = optional(raw.id);
  const previous = editing ? existing.find((s) => s.service.id === editing) : undefined;
  if (editing && !previous) problems.push('this service is not one of your organisation’s');
  if (problems.length) return { ok: false, problems };

  const taken = new Set([...base.services, ...others.flatMap((c) => c.services), ...existing.map((s) => s.service)].map((s) => s.id));
  let id = previous?.service.id ?? `${localOrganizationId(org)}--${slug(name!)}`;
  for (let n = 2; !previous && taken.has(id); n++) id = `${localOrganizationId(org)}--${slug(name!)}-${n}`;
  const phone = optional(raw.phone);
  const languages = Array.isArray(raw.languages) && raw.languages.length ? raw.languages.filter((l): l is string => typeof l === 'string') : ['en'];
  const service: Service = {
    id,
    organization_id: localOrganizationId(org),
    name: name!,
    description: String(raw.description).trim(),
    ...(url ? { url } : {}),
    ...(optional(raw.email) ? { email: optional(raw.email) } : {}),
    status: previous?.service.status ?? 'active',
    assured_date: today,
    ...(optional(raw.eligibility) ? { eligibility_description: optional(raw.eligibility) } : {}),
    languages,
    phones: phone ? [{ number: phone, type: 'voice' }] : [],
    schedules: [],
    service_areas: areas,
    attributes: [...topics.map((term) => ({ taxonomy: TOPIC_TAXONOMY, term }) as const), { taxonomy: KIND_TAXONOMY, term: kind }],
    source_url: sourceUrl!,
  };
  const own = localCatalogue(org, 'Local services', [...existing.filter((s) => s.service.id !== id), { service, checkedBy: '', checkedAt: today }], today);
  const checked = validateCatalogue(mergeUnderCore(base, [...others, own]));
  if (!checked.ok) {
    const mine = checked.problems.filter((p) => p.entry.includes(`"${id}"`));
    return { ok: false, problems: (mine.length ? mine : checked.problems).map((p) => formatProblem(p).replace(/^service "[^"]*" \([^)]*\): /, '')) };
  }
  return { ok: true, service };
}

/** One organisation's local services as a catalogue to merge under the core. */
export function localCatalogue(org: string, orgName: string, services: readonly LocalService[], generated: string): Catalogue {
  const organization: Organization = { id: localOrganizationId(org), name: orgName, description: `Local services listed by ${orgName}.` };
  const newest = services.reduce((date, s) => (s.service.assured_date > date ? s.service.assured_date : date), generated);
  return { version: '1', generated: newest, organizations: services.length ? [organization] : [], services: services.map((s) => s.service) };
}
