/**
 * Maps an Open Referral feed into our catalogue shape: HSDS 3.0 / ORUK 3 services (one, a page,
 * full or list form, or service_at_location lists) and the legacy ORUK v1 shape (a `content`
 * page; regular_schedules, eligibilitys, service_taxonomys, contacts[].phones). Whatever cannot
 * be mapped is reported rather than guessed; numbers are never invented; every record skipped
 * is named with its reason. Fields we do not use are kept per service in `extensions`
 * (never contacts' names or assurers' emails: those are people).
 */
import type { TopicId } from '../core/topics';
import { AUDIENCES, AUDIENCE_TAXONOMY, KIND_TAXONOMY, SERVICE_KINDS, TOPIC_TAXONOMY } from './types';
import type { Attribute, Catalogue, Location, Organization, Phone, Service, ServiceArea } from './types';
import { COUNCILS, councilByCode, councilsFor, isKnownPostcodeArea, normaliseDistrict } from './geography';
import { isStale } from './find';
import { feedRecords, isRec, type FeedShape, type Rec } from './oruk/feedRecords';
import { isUuid } from './oruk/uuid';
import { type Nation } from '../core/nations';
import { type Schedule, type Weekday } from '../core/hours';

export interface ImportOptions {
  /** The import date: catalogue date, fallback assured_date, and "today" for expired schedules. */
  now: Date;
  /** Address of the feed, used as source_url when a service has no url. */
  sourceUrl?: string;
  /** The feed's own area ("Lambeth", "Wales", "SE15"), for services whose areas cannot be mapped. */
  defaultArea?: string;
}

export interface ImportResult {
  catalogue: Catalogue;
  /** One line per thing that could not be mapped (or was changed), naming the service. */
  unmapped: string[];
  /** One line per record skipped, with the reason (also in `unmapped`). */
  skipped: string[];
  /** Per imported service id, the feed's fields we keep but do not use (fees, cost_options, ...). */
  extensions: Record<string, Record<string, unknown>>;
  shape: FeedShape;
}

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
const KIND_SET: ReadonlySet<string> = new Set(SERVICE_KINDS);
const AUDIENCE_SET: ReadonlySet<string> = new Set(AUDIENCES);

/** Fields this importer reads (or refuses to keep: contacts and assurer_email name people). */
const READ_FIELDS = new Set([
  'id',
  'organization_id',
  'organization',
  'name',
  'description',
  'url',
  'email',
  'status',
  'assured_date',
  'last_modified',
  'languages',
  'phones',
  'contacts',
  'assurer_email',
  'schedules',
  'regular_schedules',
  'holiday_schedules',
  'service_areas',
  'attributes',
  'service_taxonomys',
  'eligibilitys',
  'minimum_age',
  'maximum_age',
  'eligibility_description',
  'interpretation_services',
  'alert',
  'service_at_locations',
  'source_url',
  'verification',
  'legacy_key',
]);

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

/** Language names feeds use ("English", "Welsh", "Polish") -> ISO 639-1. */
const LANGUAGE_CODES: ReadonlyMap<string, string> = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const codes = [
    'en',
    'cy',
    'gd',
    'ga',
    'pl',
    'ro',
    'pa',
    'ur',
    'bn',
    'ar',
    'gu',
    'pt',
    'es',
    'zh',
    'fr',
    'de',
    'it',
    'so',
    'ti',
    'fa',
    'ku',
    'tr',
    'lt',
    'lv',
    'ru',
    'uk',
    'hi',
    'ta',
    'ne',
    'bg',
    'el',
    'hu',
    'cs',
    'sk',
    'sq',
    'am',
    'ps',
    'yo',
  ];
  return new Map(codes.map((c) => [(names.of(c) ?? c).toLowerCase(), c]));
})();

const MAX_ID = 80;

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
      .slice(0, MAX_ID)
      .replace(/-+$/, '') || 'item'
  );
}

/** A readable id: the feed's own unless it is a UUID (then the name's), or the id we published (`legacy_key`). */
function readableId(raw: Rec, name: string): string {
  const legacy = str(raw, 'legacy_key');
  if (legacy && /^[a-z0-9][a-z0-9-]*$/.test(legacy)) return legacy;
  const id = str(raw, 'id');
  return slug(id && !isUuid(id) ? id : name);
}

/** base, base-2, base-3 ...: short, within the id length, never growing on each repeat. */
function uniqueId(base: string, seen: Set<string>): string {
  let id = base;
  for (let n = 2; seen.has(id); n++) id = `${base.slice(0, MAX_ID - String(n).length - 1).replace(/-+$/, '')}-${n}`;
  seen.add(id);
  return id;
}

function hhmm(value: string | undefined): string | undefined {
  const m = value ? /^(\d{1,2}):(\d{2})/.exec(value) : null;
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
}

/**
 * A feed's number in our national form: quotes and "(0)" dropped, +44 / 0044 -> 0, the feed's
 * grouping kept ("+44 (0)20 7946 0000" and "\"+44 20 7946 0000\"" -> "020 7946 0000").
 * Never "44 ...": that would dial somewhere else. Null when it is not a UK number.
 */
export function ukNumber(raw: string): string | null {
  const text = raw
    .replace(/["'\u201c\u201d\u2018\u2019]/g, '')
    .replace(/\(0\)/g, '')
    .trim();
  const international = /^(\+|00)\s*(\d{1,3})/.exec(text);
  if (international && !text.replace(/^(\+|00)\s*/, '').startsWith('44')) return null;
  return text
    .replace(/^(\+|00)\s*44\s*/, '0')
    .replace(/[^\d ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

class Mapper {
  readonly unmapped: string[] = [];
  readonly skipped: string[] = [];
  readonly organizations = new Map<string, Organization>();
  private readonly today: string;

  constructor(private readonly options: ImportOptions) {
    this.today = options.now.toISOString().slice(0, 10);
  }

  private note(service: string, what: string): void {
    this.unmapped.push(`service "${service}": ${what}`);
  }

  skip(label: string, reason: string): null {
    const line = `${label} skipped: ${reason}`;
    this.skipped.push(line);
    this.unmapped.push(line);
    return null;
  }

  organization(raw: Rec | undefined, fallbackName: string): string {
    const name = (raw && str(raw, 'name')) ?? fallbackName;
    const id = raw ? readableId(raw, name) : slug(name);
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
    const seen = new Set<string>();
    for (const p of sources) {
      const original = str(p, 'number');
      if (!original) continue;
      const type = (str(p, 'type') ?? 'voice').toLowerCase();
      if (['fax', 'pager', 'video'].includes(type)) {
        this.note(id, `phone ${original} of type "${type}" dropped`);
        continue;
      }
      const number = ukNumber(original);
      if (!number) {
        this.note(id, `phone ${original} dropped: not a UK number`);
        continue;
      }
      const phoneType: Phone['type'] = type === 'text' || type === 'sms' ? 'text' : type === 'textphone' ? 'textphone' : 'voice';
      const key = `${phoneType}:${number.replace(/\s/g, '')}`;
      if (seen.has(key)) {
        this.note(id, `phone ${number} listed twice: kept once`);
        continue;
      }
      seen.add(key);
      const phone: Phone = { number, type: phoneType };
      const description = str(p, 'description');
      if (description) phone.description = description;
      phones.push(phone);
    }
    return phones;
  }

  schedules(raw: Rec, id: string): Schedule[] {
    const schedules: Schedule[] = [];
    for (const s of [...recs(raw, 'schedules'), ...recs(raw, 'regular_schedules')]) {
      const validTo = str(s, 'valid_to')?.slice(0, 10);
      const validFrom = str(s, 'valid_from')?.slice(0, 10);
      if (validTo && validTo < this.today) {
        this.note(id, `schedule ended ${validTo}: dropped`);
        continue;
      }
      if (validFrom && validFrom > this.today) {
        this.note(id, `schedule starts ${validFrom}: dropped until then`);
        continue;
      }
      if (str(s, 'freq') && str(s, 'freq')?.toUpperCase() !== 'WEEKLY') {
        this.note(id, `schedule with freq ${str(s, 'freq')} not mapped (weekly hours only)`);
        continue;
      }
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
      const schedule: Schedule = {
        byday: [...new Set(days)].join(','),
        opens_at: opens,
        closes_at: closes === '00:00' || closes === '23:59' ? '24:00' : closes,
      };
      const description = str(s, 'description');
      if (description) schedule.description = description;
      schedules.push(schedule);
    }
    if (recs(raw, 'holiday_schedules').length > 0) this.note(id, 'holiday_schedules ignored');
    return schedules;
  }

  area(text: string, uri?: string): ServiceArea | null {
    const gss = uri ? /statistical-geography\/([ENSW]\d{8})/.exec(uri) : null;
    const byCode = gss ? councilByCode(gss[1]) : undefined;
    if (byCode) return { extent_type: 'council', extent: byCode.code };
    const t = text.trim();
    const lower = t.toLowerCase();
    if (/^(uk|united kingdom|national|nationwide)$/.test(lower)) return { extent_type: 'uk', extent: 'uk' };
    if (NATION_NAMES[lower]) return { extent_type: 'nation', extent: NATION_NAMES[lower] };
    const council = Object.entries(COUNCILS).find(([cid, c]) => cid === lower || councilKey(c.name) === councilKey(t));
    if (council) return { extent_type: 'council', extent: council[0] };
    const district = normaliseDistrict(t);
    if (district && district === t.toUpperCase().replace(/\s+/g, '')) return { extent_type: 'postcode_district', extent: district };
    if (/^[A-Z]{1,2}$/.test(t) && isKnownPostcodeArea(t)) return { extent_type: 'postcode_area', extent: t };
    // A place or council name the geography knows ("Lambeth", "Cardiff"): one council only.
    const place = councilsFor(t);
    if (place.status === 'found' && place.matched === 'place' && place.councils.length === 1) return { extent_type: 'council', extent: place.councils[0].code };
    return null;
  }

  areas(raw: Rec, id: string): ServiceArea[] {
    const areas: ServiceArea[] = [];
    const seen = new Set<string>();
    for (const a of recs(raw, 'service_areas')) {
      const text = str(a, 'service_area') ?? str(a, 'name') ?? (str(a, 'extent_type') === 'text' ? str(a, 'extent') : undefined);
      const mapped = text || str(a, 'uri') ? this.area(text ?? '', str(a, 'uri')) : null;
      if (!mapped) {
        this.note(
          id,
          `service area ${JSON.stringify(text ?? str(a, 'extent_type') ?? 'unnamed')} not mapped (only UK, nations, known councils, places and postcode districts are)`,
        );
        continue;
      }
      const key = `${mapped.extent_type}:${mapped.extent}`;
      if (!seen.has(key)) areas.push(mapped);
      seen.add(key);
    }
    return areas;
  }

  attributes(raw: Rec, id: string): Attribute[] {
    const out: Attribute[] = [];
    const push = (taxonomy: Attribute['taxonomy'], term: string) => {
      if (!out.some((a) => a.taxonomy === taxonomy && a.term === term)) out.push({ taxonomy, term });
    };
    for (const a of recs(raw, 'attributes')) {
      const term = isRec(a.taxonomy_term) ? a.taxonomy_term : a;
      const taxonomy = str(term, 'taxonomy') ?? str(a, 'taxonomy');
      const value = str(term, 'term') ?? str(term, 'code') ?? str(term, 'name');
      if (taxonomy === TOPIC_TAXONOMY && value && TOPIC_SET.has(value)) push(TOPIC_TAXONOMY, value);
      else if (taxonomy === KIND_TAXONOMY && value && KIND_SET.has(value)) push(KIND_TAXONOMY, value);
      else if (taxonomy === AUDIENCE_TAXONOMY && value && AUDIENCE_SET.has(value)) push(AUDIENCE_TAXONOMY, value);
      else if (value) this.topicsFromWords(str(term, 'name') ?? value, id).forEach((t) => push(TOPIC_TAXONOMY, t));
    }
    for (const st of recs(raw, 'service_taxonomys')) {
      const tax = isRec(st.taxonomy) ? st.taxonomy : st;
      const name = str(tax, 'name');
      if (name) this.topicsFromWords(name, id).forEach((t) => push(TOPIC_TAXONOMY, t));
    }
    // Topics first, in the feed's order: the ranking reads the first ones as the most central.
    return [...out.filter((a) => a.taxonomy === TOPIC_TAXONOMY), ...out.filter((a) => a.taxonomy !== TOPIC_TAXONOMY)];
  }

  private topicsFromWords(words: string, id: string): TopicId[] {
    const hits = TOPIC_KEYWORDS.filter(([re]) => re.test(words)).map(([, t]) => t);
    if (hits.length === 0) this.note(id, `taxonomy term "${words}" not mapped to a topic`);
    return hits;
  }

  languages(raw: Rec, id: string): string[] {
    const codes: string[] = [];
    for (const l of recs(raw, 'languages')) {
      const code = (str(l, 'code') ?? '').toLowerCase();
      const name = (str(l, 'name') ?? str(l, 'language') ?? '').toLowerCase();
      const found = /^[a-z]{2,3}$/.test(code) ? code : /^[a-z]{2,3}$/.test(name) ? name : LANGUAGE_CODES.get(name);
      if (found) codes.push(found);
      else if (code || name) this.note(id, `language ${JSON.stringify(str(l, 'name') ?? str(l, 'language') ?? code)} not recognised`);
    }
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
      if (lat !== undefined && lon !== undefined && lat >= 49 && lat <= 61 && lon >= -9 && lon <= 2) Object.assign(location, { latitude: lat, longitude: lon });
      if (!locations.some((l) => JSON.stringify(l) === JSON.stringify(location))) locations.push(location);
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

  extensions(raw: Rec): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(raw).filter(([key, value]) => !READ_FIELDS.has(key) && !key.startsWith('_') && value !== null && value !== undefined && value !== ''),
    );
  }

  service(raw: Rec, position: number, orgsById: Map<string, Rec>, seen: Set<string>): { service: Service; extensions: Record<string, unknown> } | null {
    const label = `record #${position}${str(raw, 'id') ? ` (id ${str(raw, 'id')})` : ''}`;
    const name = str(raw, 'name');
    if (!name) return this.skip(label, 'no name');
    const base = readableId(raw, name);
    const orgRaw = isRec(raw.organization) ? raw.organization : orgsById.get(str(raw, 'organization_id') ?? '');
    const url = str(raw, 'url');
    const ownSource = str(raw, 'source_url');
    const source = ownSource?.match(/^https?:\/\//) ? ownSource : url?.match(/^https?:\/\//) ? url : this.options.sourceUrl;
    if (!source) return this.skip(`${label} "${name}"`, 'no url and no --source for the feed');
    const status = (str(raw, 'status') ?? 'active').toLowerCase();
    const assured = str(raw, 'assured_date') ?? str(raw, 'last_modified');
    const assuredDate = assured && /^\d{4}-\d{2}-\d{2}/.test(assured) ? assured.slice(0, 10) : undefined;
    // The final id first, so every note names the service as it will be in the catalogue.
    const id = uniqueId(base, seen);
    const skip = (reason: string): null => {
      seen.delete(id);
      return this.skip(`${label} "${name}"`, reason);
    };
    if (id !== base) this.note(id, `id "${base}" used before: this one is "${id}"`);
    const service: Service = {
      id,
      organization_id: '',
      name,
      description: str(raw, 'description') ?? name,
      status: status === 'active' ? 'active' : 'inactive',
      assured_date: assuredDate && assuredDate <= this.today ? assuredDate : this.today,
      languages: this.languages(raw, id),
      phones: this.phones(raw, id),
      schedules: this.schedules(raw, id),
      service_areas: this.areas(raw, id),
      attributes: this.attributes(raw, id),
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
    if (service.phones.length === 0 && !service.url && !service.email) return skip('no phone number, https url or email to offer');
    if (
      service.phones.length > 0 &&
      service.attributes.some((a) => a.taxonomy === TOPIC_TAXONOMY) &&
      !service.attributes.some((a) => a.taxonomy === KIND_TAXONOMY)
    ) {
      service.attributes.push({ taxonomy: KIND_TAXONOMY, term: 'helpline' });
    }
    if (service.service_areas.length === 0 && this.options.defaultArea) {
      const area = this.area(this.options.defaultArea);
      if (area) {
        service.service_areas.push(area);
        this.note(id, `no service area of its own: the feed's area "${this.options.defaultArea}" used`);
      }
    }
    if (service.service_areas.length === 0) return skip("no service area could be mapped (give the feed's area with --area)");
    if (!service.attributes.some((a) => a.taxonomy === TOPIC_TAXONOMY)) return skip('no topic could be mapped from its taxonomy terms');
    service.organization_id = this.organization(orgRaw, name);
    const checks: string[] = [str(raw, 'verification') ?? 'Imported from an Open Referral feed: contact details not checked by us'];
    if (!assuredDate) checks.push('the feed gave no assured date');
    else if (assuredDate > this.today) checks.push(`the feed's assured date ${assuredDate} is in the future`);
    else if (isStale(assuredDate, this.options.now)) {
      checks.push(`the feed's assured date ${assuredDate} is over a year old`);
      this.note(service.id, `assured_date ${assuredDate} is over a year old: flagged "check before you call"`);
    }
    if (service.description.length < 20) this.note(service.id, 'description missing or too short');
    service.verification = checks.join('; ');
    const extensions = this.extensions(raw);
    const kept = Object.keys(extensions);
    if (kept.length > 0) this.note(service.id, `kept as extensions (not used by the bot): ${kept.join(', ')}`);
    if (recs(raw, 'contacts').some((c) => str(c, 'name') || str(c, 'email'))) this.note(service.id, 'named contacts not imported (personal data)');
    return { service, extensions };
  }
}

export function importOpenReferral(feed: unknown, options: ImportOptions): ImportResult {
  const mapper = new Mapper(options);
  const records = feedRecords(feed);
  for (const line of records.skipped) {
    mapper.skipped.push(line);
    mapper.unmapped.push(line);
  }
  const orgsById = new Map<string, Rec>((isRec(feed) ? recs(feed, 'organizations') : []).map((o) => [str(o, 'id') ?? '', o]));
  const services: Service[] = [];
  const extensions: Record<string, Record<string, unknown>> = {};
  const seen = new Set<string>();
  records.services.forEach((raw, i) => {
    const mapped = mapper.service(raw, records.positions[i], orgsById, seen);
    if (!mapped) return;
    services.push(mapped.service);
    if (Object.keys(mapped.extensions).length > 0) extensions[mapped.service.id] = mapped.extensions;
  });
  if (records.services.length === 0) mapper.unmapped.push('no services found in the feed');
  return {
    catalogue: {
      version: '1.0.0',
      generated: options.now.toISOString().slice(0, 10),
      organizations: [...mapper.organizations.values()],
      services,
    },
    unmapped: mapper.unmapped,
    skipped: mapper.skipped,
    extensions,
    shape: records.shape,
  };
}
