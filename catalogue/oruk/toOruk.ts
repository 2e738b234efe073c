/**
 * Our compact catalogue entry -> an Open Referral UK 3.0 service (the V3.0-UK profile of HSDS
 * 3.0). Pure and deterministic: every nested record gets a UUID v5 derived from the service's
 * id and what the record is, so the same catalogue always gives the same document.
 * This project's own fields are kept as extensions (the standard's schemas allow extra
 * properties): `source_url`, `verification` and `legacy_key` (the id stored plans use).
 */
import { councilByCode, lookupPostcodeDistrict } from '../geography';
import type { Catalogue, Location, Organization, Phone, Service, ServiceArea } from '../types';
import type { Schedule } from '../../core/hours';
import { orukId, organizationUuid, serviceUuid } from './ids';
import { termFor, type OrukTaxonomyTerm } from './taxonomies';

export interface OrukOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
  email?: string;
  /** Extension: our readable id. */
  legacy_key: string;
}

export interface OrukPhone {
  id: string;
  service_id: string;
  number: string;
  /** RFC 6350 types, as HSDS: voice, text (SMS), textphone. */
  type: Phone['type'];
  description?: string;
}

export interface OrukSchedule {
  id: string;
  service_id: string;
  freq: 'WEEKLY';
  interval: 1;
  byday: string;
  /** HH:MM, UK local time (London: GMT or BST, so no fixed offset can be given). */
  opens_at: string;
  closes_at: string;
  description?: string;
}

export interface OrukServiceArea {
  id: string;
  service_id: string;
  name: string;
  /** Free text, as HSDS `extent_type: "text"`: "United Kingdom", "England", a council's name, "SE15". */
  extent: string;
  extent_type: 'text';
  /** A council's ONS statistical geography URI, when it has a GSS code. */
  uri?: string;
  description: string;
}

export interface OrukLanguage {
  id: string;
  service_id: string;
  name: string;
  /** ISO 639-1 (or 639-3 when there is no two-letter code). */
  code: string;
}

export interface OrukAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  /** Required by HSDS: the UK nation, or "" when the postcode is not in our tables. */
  state_province: string;
  postal_code: string;
  country: 'GB';
  address_type: 'physical';
}

export interface OrukLocation {
  id: string;
  location_type: Location['location_type'];
  name: string;
  latitude?: number;
  longitude?: number;
  addresses: OrukAddress[];
}

export interface OrukServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: OrukLocation;
}

export interface OrukAttribute {
  id: string;
  link_id: string;
  link_type: 'service';
  link_entity: 'service';
  taxonomy_term_id: string;
  taxonomy_term: OrukTaxonomyTerm;
}

/** The one-to-one fields of a service (what /services lists, as `service_list.json`). */
export interface OrukServiceSummary {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive';
  minimum_age?: number;
  maximum_age?: number;
  assured_date: string;
  last_modified: string;
  alert?: string;
  organization: OrukOrganization;
  /** Extension: the catalogue id stored plans and conversations hold. */
  legacy_key: string;
}

export interface OrukService extends OrukServiceSummary {
  eligibility_description?: string;
  interpretation_services?: string;
  phones: OrukPhone[];
  schedules: OrukSchedule[];
  service_areas: OrukServiceArea[];
  languages: OrukLanguage[];
  service_at_locations: OrukServiceAtLocation[];
  attributes: OrukAttribute[];
  /** Extension: the page read to write the entry. */
  source_url: string;
  /** Extension: what could not be checked ("check before you call"). */
  verification?: string;
}

const NATION_NAMES: Record<string, string> = {
  england: 'England',
  scotland: 'Scotland',
  wales: 'Wales',
  northern_ireland: 'Northern Ireland',
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export function orukOrganization(org: Organization): OrukOrganization {
  const out: OrukOrganization = { id: organizationUuid(org.id), name: org.name, description: org.description, legacy_key: org.id };
  if (org.website) out.website = org.website;
  if (org.email) out.email = org.email;
  return out;
}

function area(serviceId: string, index: number, a: ServiceArea): OrukServiceArea {
  const base = { id: orukId('service_area', `${serviceId}/${index}`), service_id: serviceUuid(serviceId), extent_type: 'text' as const };
  switch (a.extent_type) {
    case 'uk':
      return { ...base, name: 'United Kingdom', extent: 'United Kingdom', description: a.description ?? 'The whole of the UK' };
    case 'nation':
      return { ...base, name: NATION_NAMES[a.extent] ?? a.extent, extent: NATION_NAMES[a.extent] ?? a.extent, description: a.description ?? 'One UK nation' };
    case 'council': {
      const council = councilByCode(a.extent);
      const name = council?.name ?? a.extent;
      const out: OrukServiceArea = { ...base, name, extent: name, description: a.description ?? 'The area of one council' };
      if (council && /^[ENSW]\d{8}$/.test(council.code)) out.uri = `http://statistics.data.gov.uk/id/statistical-geography/${council.code}`;
      return out;
    }
    case 'postcode_district':
      return { ...base, name: a.extent, extent: a.extent, description: a.description ?? 'One postcode district' };
    case 'postcode_area':
      return { ...base, name: a.extent, extent: a.extent, description: a.description ?? 'One postcode area' };
  }
}

function schedule(serviceId: string, index: number, s: Schedule): OrukSchedule {
  // "24:00" is not a time of day: a day that runs to midnight closes at 23:59.
  const out: OrukSchedule = {
    id: orukId('schedule', `${serviceId}/${index}`),
    service_id: serviceUuid(serviceId),
    freq: 'WEEKLY',
    interval: 1,
    byday: s.byday,
    opens_at: s.opens_at,
    closes_at: s.closes_at === '24:00' ? '23:59' : s.closes_at,
  };
  if (s.description) out.description = s.description;
  return out;
}

function location(serviceId: string, index: number, l: Location): OrukServiceAtLocation {
  const locationId = orukId('location', `${serviceId}/${index}`);
  const out: OrukLocation = { id: locationId, location_type: l.location_type, name: l.name, addresses: [] };
  if (l.latitude !== undefined && l.longitude !== undefined) Object.assign(out, { latitude: l.latitude, longitude: l.longitude });
  if (l.address) {
    const nation = lookupPostcodeDistrict(l.address.postal_code.split(' ')[0]).nation;
    out.addresses.push({
      id: orukId('address', `${serviceId}/${index}`),
      location_id: locationId,
      address_1: l.address.address_1,
      city: l.address.city,
      state_province: nation ? NATION_NAMES[nation] : '',
      postal_code: l.address.postal_code,
      country: 'GB',
      address_type: 'physical',
    });
  }
  return { id: orukId('service_at_location', `${serviceId}/${index}`), service_id: serviceUuid(serviceId), location_id: locationId, location: out };
}

function attributes(service: Service): OrukAttribute[] {
  return service.attributes.flatMap((a) => {
    const term = termFor(a.taxonomy, a.term);
    if (!term) return [];
    return [
      {
        id: orukId('attribute', `${service.id}/${a.taxonomy}:${a.term}`),
        link_id: serviceUuid(service.id),
        link_type: 'service' as const,
        link_entity: 'service' as const,
        taxonomy_term_id: term.id,
        taxonomy_term: term,
      },
    ];
  });
}

export function toOrukSummary(service: Service, org: Organization): OrukServiceSummary {
  const out: OrukServiceSummary = {
    id: serviceUuid(service.id),
    organization_id: organizationUuid(org.id),
    name: service.name,
    description: service.description,
    status: service.status,
    assured_date: service.assured_date,
    last_modified: `${service.assured_date}T00:00:00Z`,
    organization: orukOrganization(org),
    legacy_key: service.id,
  };
  if (service.url) out.url = service.url;
  if (service.email) out.email = service.email;
  if (service.minimum_age !== undefined) out.minimum_age = service.minimum_age;
  if (service.maximum_age !== undefined) out.maximum_age = service.maximum_age;
  if (service.alert) out.alert = service.alert;
  return out;
}

/** The full service, as GET /services/{id} returns it. */
export function toOruk(service: Service, org: Organization): OrukService {
  const id = service.id;
  const out: OrukService = {
    ...toOrukSummary(service, org),
    phones: service.phones.map((p, i) => {
      const phone: OrukPhone = { id: orukId('phone', `${id}/${i}`), service_id: serviceUuid(id), number: p.number, type: p.type };
      if (p.description) phone.description = p.description;
      return phone;
    }),
    schedules: service.schedules.map((s, i) => schedule(id, i, s)),
    service_areas: service.service_areas.map((a, i) => area(id, i, a)),
    languages: service.languages.map((code) => ({
      id: orukId('language', `${id}/${code}`),
      service_id: serviceUuid(id),
      name: languageNames.of(code) ?? code,
      code,
    })),
    service_at_locations: (service.locations ?? []).map((l, i) => location(id, i, l)),
    attributes: attributes(service),
    source_url: service.source_url,
  };
  if (service.eligibility_description) out.eligibility_description = service.eligibility_description;
  if (service.interpretation_services) out.interpretation_services = service.interpretation_services;
  if (service.verification) out.verification = service.verification;
  return out;
}

/** Every service of a catalogue, in catalogue order. */
export function catalogueToOruk(catalogue: Catalogue): OrukService[] {
  const orgs = new Map(catalogue.organizations.map((o) => [o.id, o]));
  return catalogue.services.map((s) => {
    const org = orgs.get(s.organization_id);
    if (!org) throw new Error(`service "${s.id}": organization "${s.organization_id}" is not in the catalogue`);
    return toOruk(s, org);
  });
}
