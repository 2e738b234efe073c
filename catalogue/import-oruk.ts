/**
 * Maps an Open Referral UK feed into our catalogue shape: HSDS 3.0 / ORUK 3
 * services (full form, as from GET /services?full=true or /services/{id}),
 * and the legacy ORUK v1 shape (regular_schedules, eligibilitys,
 * service_taxonomys, contacts[].phones). Whatever cannot be mapped is
 * reported rather than guessed; numbers are never invented.
 */
import type { TopicId } from '../core/topics';
import { COUNCILS, normaliseDistrict } from './geography';
import {
  KIND_TAXONOMY,
  TOPIC_TAXONOMY,
  type Attribute,
  type Catalogue,
  type Location,
  type Organization,
  type Phone,
  type Service,
  type ServiceArea,
} from './types';
import { type Nation } from '../core/nations';
import { type Schedule, type Weekday } from '../core/hours';

export interface ImportOptions {
  /** The import date: catalogue date and fallback assured_date (the day the feed was read). */
  now: Date;
  /** Address of the feed, used as source_url when a service has no url. */
  sourceUrl?: string;
}

export interface ImportResult {
  catalogue: Catalogue;
  /** One line per thing that could not be mapped, naming the service. */
  unmapped: string[];
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (r: Rec, key: string): string | undefined => {
  const v = r[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};
const num = (r: Rec, key: string): number | undefined => {
  const v = r[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
};
const recs = (r: Rec, key: string): Rec[] => (Array.isArray(r[key]) ? (r[key] as unknown[]).filter(isRec) : []);

/** Taxonomy words -> our topics, most specific first. */
const TOPIC_KEYWORDS: ReadonlyArray<[RegExp, TopicId]> = [
  [/bereave|grief/i, 'bereavement'],
  [/hospice|palliative|end of life|end-of-life/i, 'end_of_life'],
  [/young carer|child|famil|parent/i, 'family'],
  [/carer'?s? assessment|needs assessment|social care|direct payment|care package/i, 'assessment'],
  [/respite|short break|sitting service|replacement care|day centre/i, 'break'],
  [/benefit|money|debt|financ|grant|welfare rights|income/i, 'money'],
  [/employ|work|job|career/i, 'work'],
  [/peer|support group|befriend|social group|community group/i, 'peer_support'],
  [/counsel|emotional|mental health|wellbeing|loneliness|talking therap/i, 'feelings'],
  [/hospital|discharge/i, 'hospital'],
  [/equipment|adaptation|home care|personal care|meals|transport|daily living/i, 'daily_care'],
  [/advocacy|complain|power of attorney|advice and information|information and advice|signpost/i, 'navigation'],
  [/cancer|condition information|health information|illness/i, 'illness_info'],
  [/health check|physical health|gp|vaccin|own health/i, 'own_health'],
];

const TOPIC_SET: ReadonlySet<string> = new Set(TOPIC_KEYWORDS.map(([, t]) => t).concat('human'));

const WEEKDAY_NAMES: Record<string, Weekday> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
  mo: 'MO',
  tu: 'TU',
  we: 'WE',
  th: 'TH',
  fr: 'FR',
  sa: 'SA',
  su: 'SU',
  '1': 'MO',
  '2': 'TU',
  '3': 'WE',
  '4': 'TH',
  '5': 'FR',
  '6': 'SA',
  '7': 'SU',
};
const NATION_NAMES: Record<string, Nation> = {
  england: 'england',
  scotland: 'scotland',
  wales: 'wales',
  cymru: 'wales',
  'northern ireland': 'northern_ireland',
  northern_ireland: 'northern_ireland',
};

/** "London Borough of Lambeth" / "Lambeth Council" -> "lambeth". */
function councilKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(the )?(london borough of|royal borough of)\s+/, '')
    .replace(/\s+(city|county|borough)?\s*council$/, '')
    .trim();
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'item'
  );
}

function hhmm(value: string | undefined): string | undefined {
  const m = value ? /^(\d{1,2}):(\d{2})/.exec(value) : null;
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
}

/** "+44 (0)20 7946 0000" -> "020 7946 0000": national form, the feed's own grouping kept. */
function ukNumber(raw: string): string {
  return raw
    .replace(/\(0\)/g, '')
    .replace(/^\s*(\+|00)44\s*/, '0')
    .replace(/[^\d ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

class Mapper {
  readonly unmapped: string[] = [];
  readonly organizations = new Map<string, Organization>();

  constructor(private readonly options: ImportOptions) {}

  private note(service: string, what: string): void {
    this.unmapped.push(`service "${service}": ${what}`);
  }

  organization(raw: Rec | undefined, fallbackName: string): string {
    const name = (raw && str(raw, 'name')) ?? fallbackName;
    const id = slug((raw && str(raw, 'id')) ?? name);
    if (!this.organizations.has(id)) {
      const org: Organization = { id, name, description: (raw && str(raw, 'description')) ?? name };
      const website = raw && (str(raw, 'website') ?? str(raw, 'url'));
      if (website?.startsWith('https://')) org.website = website;
      const email = raw && str(raw, 'email');
      if (email) org.email = email;
      this.organizations.set(id, org);
    }
    return id;
  }

  phones(raw: Rec, id: string): Phone[] {
    const sources = [...recs(raw, 'phones'), ...recs(raw, 'contacts').flatMap((c) => recs(c, 'phones'))];
    const phones: Phone[] = [];
    for (const p of sources) {
      const number = str(p, 'number');
      if (!number) continue;
      const type = (str(p, 'type') ?? 'voice').toLowerCase();
      if (['fax', 'pager', 'video'].includes(type)) {
        this.note(id, `phone ${number} of type "${type}" dropped`);
        continue;
      }
      const phone: Phone = { number: ukNumber(number), type: type === 'text' || type === 'sms' ? 'text' : type === 'textphone' ? 'textphone' : 'voice' };
      const description = str(p, 'description');
      if (description) phone.description = description;
      phones.push(phone);
    }
    return phones;
  }

  schedules(raw: Rec, id: string): Schedule[] {
    const schedules: Schedule[] = [];
    for (const s of [...recs(raw, 'schedules'), ...recs(raw, 'regular_schedules')]) {
      const opens = hhmm(str(s, 'opens_at'));
      const closes = hhmm(str(s, 'closes_at'));
      const dayText = str(s, 'byday') ?? str(s, 'weekday') ?? (num(s, 'weekday') !== undefined ? String(num(s, 'weekday')) : undefined);
      const days = (dayText ?? '')
        .split(/[,\s]+/)
        .map((d) => WEEKDAY_NAMES[d.toLowerCase()])
        .filter((d): d is Weekday => !!d);
      if (!opens || !closes || days.length === 0) {
        this.note(id, `schedule ${JSON.stringify({ byday: dayText, opens_at: str(s, 'opens_at'), closes_at: str(s, 'closes_at') })} has no usable day or time`);
        continue;
      }
      const schedule: Schedule = { byday: [...new Set(days)].join(','), opens_at: opens, closes_at: closes === '00:00' ? '24:00' : closes };
      const description = str(s, 'description');
      if (description) schedule.description = description;
      schedules.push(schedule);
    }
    if (recs(raw, 'holiday_schedules').length > 0) this.note(id, 'holiday_schedules ignored');
    return schedules;
  }

  area(text: string): ServiceArea | null {
    const t = text.trim();
    const lower = t.toLowerCase();
    if (/^(uk|united kingdom|national|nationwide)$/.test(lower)) return { extent_type: 'uk', extent: 'uk' };
    if (NATION_NAMES[lower]) return { extent_type: 'nation', extent: NATION_NAMES[lower] };
    const council = Object.entries(COUNCILS).find(([cid, c]) => cid === lower || councilKey(c.name) === councilKey(t));
    if (council) return { extent_type: 'council', extent: council[0] };
    const district = normaliseDistrict(t);
    if (district && district === t.toUpperCase().replace(/\s+/g, '')) return { extent_type: 'postcode_district', extent: district };
    return null;
  }

  areas(raw: Rec, id: string): ServiceArea[] {
    const areas: ServiceArea[] = [];
    for (const a of recs(raw, 'service_areas')) {
      const text = str(a, 'service_area') ?? str(a, 'name') ?? (str(a, 'extent_type') === 'text' ? str(a, 'extent') : undefined);
      const mapped = text ? this.area(text) : null;
      if (mapped) areas.push(mapped);
      else
        this.note(
          id,
          `service area ${JSON.stringify(text ?? str(a, 'extent_type') ?? 'unnamed')} not mapped (only UK, nations, known councils and postcode districts are)`,
        );
    }
    return areas;
  }

  topics(raw: Rec, id: string): Attribute[] {
    const terms: string[] = [];
    for (const a of recs(raw, 'attributes')) {
      const term = isRec(a.taxonomy_term) ? a.taxonomy_term : a;
      const taxonomy = str(term, 'taxonomy') ?? str(a, 'taxonomy');
      const value = str(term, 'term') ?? str(term, 'code') ?? str(term, 'name');
      if (taxonomy === TOPIC_TAXONOMY && value && TOPIC_SET.has(value)) terms.push(value);
      else if (value) terms.push(...this.topicsFromWords(str(term, 'name') ?? value, id));
    }
    for (const st of recs(raw, 'service_taxonomys')) {
      const tax = isRec(st.taxonomy) ? st.taxonomy : st;
      const name = str(tax, 'name');
      if (name) terms.push(...this.topicsFromWords(name, id));
    }
    const unique = [...new Set(terms)];
    return unique.map((term) => ({ taxonomy: TOPIC_TAXONOMY, term }));
  }

  private topicsFromWords(words: string, id: string): TopicId[] {
    const hits = TOPIC_KEYWORDS.filter(([re]) => re.test(words)).map(([, t]) => t);
    if (hits.length === 0) this.note(id, `taxonomy term "${words}" not mapped to a topic`);
    return hits;
  }

  languages(raw: Rec, id: string): string[] {
    const codes = recs(raw, 'languages')
      .map((l) => (str(l, 'code') ?? str(l, 'language') ?? '').toLowerCase())
      .filter((c) => /^[a-z]{2,3}$/.test(c));
    if (codes.length === 0) this.note(id, 'no language codes; assumed English');
    return codes.length > 0 ? [...new Set(codes)] : ['en'];
  }

  locations(raw: Rec): Location[] {
    const locations: Location[] = [];
    for (const sal of recs(raw, 'service_at_locations')) {
      const loc = isRec(sal.location) ? sal.location : sal;
      const name = str(loc, 'name');
      if (!name) continue;
      const type = str(loc, 'location_type');
      const location: Location = { name, location_type: type === 'virtual' || type === 'postal' ? type : 'physical' };
      const address = [...recs(loc, 'addresses'), ...recs(loc, 'physical_addresses')][0];
      const postcode = address && str(address, 'postal_code')?.toUpperCase();
      if (address && postcode && /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/.test(postcode) && str(address, 'address_1') && str(address, 'city')) {
        location.address = { address_1: str(address, 'address_1') ?? '', city: str(address, 'city') ?? '', postal_code: postcode, country: 'GB' };
      }
      const lat = num(loc, 'latitude');
      const lon = num(loc, 'longitude');
      if (lat !== undefined && lon !== undefined) Object.assign(location, { latitude: lat, longitude: lon });
      locations.push(location);
    }
    return locations;
  }

  ages(raw: Rec): { min?: number; max?: number; eligibility?: string } {
    const legacy = recs(raw, 'eligibilitys')[0];
    const min = num(raw, 'minimum_age') ?? (legacy && num(legacy, 'minimum_age'));
    const max = num(raw, 'maximum_age') ?? (legacy && num(legacy, 'maximum_age'));
    const eligibility = str(raw, 'eligibility_description') ?? (legacy && str(legacy, 'eligibility'));
    return { min, max, eligibility };
  }

  service(raw: Rec, orgsById: Map<string, Rec>): Service | null {
    const name = str(raw, 'name');
    if (!name) {
      this.unmapped.push(`a service without a name was skipped (id ${str(raw, 'id') ?? 'unknown'})`);
      return null;
    }
    const id = slug(str(raw, 'id') ?? name);
    const orgRaw = isRec(raw.organization) ? raw.organization : orgsById.get(str(raw, 'organization_id') ?? '');
    const url = str(raw, 'url');
    const source = url?.match(/^https?:\/\//) ? url : this.options.sourceUrl;
    if (!source) {
      this.note(id, 'skipped: no url and no --source for the feed');
      return null;
    }
    const status = (str(raw, 'status') ?? 'active').toLowerCase();
    const assured = str(raw, 'assured_date') ?? str(raw, 'last_modified');
    const today = this.options.now.toISOString().slice(0, 10);
    const service: Service = {
      id,
      organization_id: this.organization(orgRaw, name),
      name,
      description: str(raw, 'description') ?? name,
      status: status === 'active' ? 'active' : 'inactive',
      assured_date: assured && /^\d{4}-\d{2}-\d{2}/.test(assured) ? assured.slice(0, 10) : today,
      languages: this.languages(raw, id),
      phones: this.phones(raw, id),
      schedules: this.schedules(raw, id),
      service_areas: this.areas(raw, id),
      attributes: this.topics(raw, id),
      source_url: source,
    };
    if (url?.startsWith('https://')) service.url = url;
    const email = str(raw, 'email');
    if (email) service.email = email;
    const { min, max, eligibility } = this.ages(raw);
    if (min !== undefined) service.minimum_age = min;
    if (max !== undefined) service.maximum_age = max;
    if (eligibility) service.eligibility_description = eligibility;
    const interpretation = str(raw, 'interpretation_services');
    if (interpretation) service.interpretation_services = interpretation;
    const alert = str(raw, 'alert');
    if (alert) service.alert = alert;
    const locations = this.locations(raw);
    if (locations.length > 0) service.locations = locations;
    if (service.phones.length === 0 && !service.url && !service.email) {
      this.note(id, 'skipped: no phone number, https url or email to offer');
      return null;
    }
    if (service.attributes.length > 0 && service.phones.length > 0) {
      service.attributes.push({ taxonomy: KIND_TAXONOMY, term: 'helpline' });
    }
    const checks: string[] = ['Imported from an Open Referral feed: contact details not checked by us'];
    if (!assured) checks.push('the feed gave no assured date');
    if (service.service_areas.length === 0) this.note(id, 'no service area could be mapped');
    if (!service.attributes.some((a) => a.taxonomy === TOPIC_TAXONOMY)) this.note(id, 'no topic could be mapped');
    if (service.description.length < 20) this.note(id, 'description missing or too short');
    service.verification = checks.join('; ');
    return service;
  }
}

/** The list of services in a feed: an array, a paginated `{contents: [...]}`, or `{services: [...]}`. */
function servicesOf(feed: unknown): Rec[] {
  if (Array.isArray(feed)) return feed.filter(isRec);
  if (!isRec(feed)) return [];
  for (const key of ['contents', 'services', 'items']) {
    if (Array.isArray(feed[key])) return (feed[key] as unknown[]).filter(isRec);
  }
  return str(feed, 'name') ? [feed] : [];
}

export function importOpenReferral(feed: unknown, options: ImportOptions): ImportResult {
  const mapper = new Mapper(options);
  const orgsById = new Map<string, Rec>((isRec(feed) ? recs(feed, 'organizations') : []).map((o) => [str(o, 'id') ?? '', o]));
  const services: Service[] = [];
  const seen = new Set<string>();
  for (const raw of servicesOf(feed)) {
    const service = mapper.service(raw, orgsById);
    if (!service) continue;
    while (seen.has(service.id)) service.id = `${service.id}-2`;
    seen.add(service.id);
    services.push(service);
  }
  if (servicesOf(feed).length === 0) mapper.unmapped.push('no services found in the feed');
  return {
    catalogue: {
      version: '1.0.0',
      generated: options.now.toISOString().slice(0, 10),
      organizations: [...mapper.organizations.values()],
      services,
    },
    unmapped: mapper.unmapped,
  };
}
