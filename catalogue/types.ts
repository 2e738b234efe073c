/**
 * The service catalogue, shaped after Open Referral UK / HSDS 3.0 (a subset,
 * with HSDS field names) plus the few fields the bot needs. Pure types.
 */
import type { LanguageCode } from '../core/languages';
import type { TopicId } from '../core/topics';
import type { Schedule } from '../core/hours';
import type { Nation } from '../core/nations';

/** The two demo regions of the focus-group report (seed 000). */
export type RegionId = 'wessex' | 'south_east_london';

/** HSDS phone types we use (RFC 6350 values): text = SMS. */
export type PhoneType = 'voice' | 'text' | 'textphone';

export interface Phone {
  number: string;
  type: PhoneType;
  description?: string;
}

export type AreaExtentType = 'uk' | 'nation' | 'council' | 'postcode_district' | 'postcode_area';

/** HSDS service_area with a textual extent: 'uk', a Nation, a council id, "SE15" or "BH". */
export interface ServiceArea {
  extent_type: AreaExtentType;
  extent: string;
  description?: string;
}

export interface Address {
  address_1: string;
  city: string;
  postal_code: string;
  country: 'GB';
}

export interface Location {
  name: string;
  location_type: 'physical' | 'virtual' | 'postal';
  address?: Address;
  latitude?: number;
  longitude?: number;
}

/** Taxonomies: our topic ids, and service kinds the ranking needs to know about. */
export const TOPIC_TAXONOMY = 'carers-bot-topics';
export const KIND_TAXONOMY = 'carers-bot-kinds';
export const SERVICE_KINDS = ['crisis', 'helpline', 'webchat', 'online_community', 'website', 'in_person', 'council', 'hospice'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export interface Attribute {
  taxonomy: typeof TOPIC_TAXONOMY | typeof KIND_TAXONOMY;
  term: string;
}

export interface Organization {
  id: string;
  name: string;
  description: string;
  website?: string;
  email?: string;
}

export interface Service {
  id: string;
  organization_id: string;
  name: string;
  /** Plain words: what happens when you get in touch. */
  description: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive';
  /** The date of the source actually read for this entry (YYYY-MM-DD). */
  assured_date: string;
  /** Who this is for, in plain words (kept although ORUK 3 drops it). */
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  /** ISO 639-1 codes of languages staff speak (not via an interpreter). */
  languages: string[];
  /** HSDS field: e.g. "Interpreters for most languages on request". */
  interpretation_services?: string;
  phones: Phone[];
  schedules: Schedule[];
  service_areas: ServiceArea[];
  locations?: Location[];
  /** Topic terms in order of how central they are to the service. */
  attributes: Attribute[];
  /** Short-term notice (HSDS `alert`). */
  alert?: string;
  /** Page read to write this entry. */
  source_url: string;
  /** What could not be checked; present means "check before you call". */
  verification?: string;
}

export interface Catalogue {
  version: string;
  generated: string;
  organizations: Organization[];
  services: Service[];
}

export interface PostcodeDistrictInfo {
  district: string;
  area: string;
  /** null: the area crosses a nation border (or is unknown) and the bot should ask. */
  nation: Nation | null;
  council?: string;
  /** Every council the district touches, main one first. */
  councils?: string[];
  region?: RegionId;
}

export interface PlaceInfo {
  name: string;
  area: string;
  nation: Nation;
  district?: string;
  council?: string;
  region?: RegionId;
}

export interface ServiceQuery {
  topics: TopicId[];
  district?: string;
  nation?: Nation;
  /** A council id when known without a district (e.g. from a town name). */
  council?: string;
  age?: number;
  language?: LanguageCode;
  now: Date;
  /** Default 3. */
  limit?: number;
  excludeIds?: string[];
  preferRegion?: string;
}

export interface ServiceMatch {
  id: string;
  name: string;
  organisation: string;
  description: string;
  /** Voice numbers first. */
  phones: Phone[];
  /** An SMS number, when the service takes texts. */
  textNumber?: string;
  url?: string;
  email?: string;
  schedule: Schedule[];
  /** null when there is no schedule to tell. */
  openNow: boolean | null;
  alwaysOpen: boolean;
  languages: string[];
  /** Query topics this service covers, in the query's order. */
  matchedTopics: TopicId[];
  local: boolean;
  youngPeople: boolean;
  crisis: boolean;
  stale: boolean;
  /** Unverified details or a stale entry: tell the person to check. */
  checkBeforeCalling: boolean;
  eligibility?: string;
  score: number;
}
