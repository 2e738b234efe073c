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

/** Who a service is made for, beyond its ages: what each term does is in catalogue/audience.ts. */
export const AUDIENCE_TAXONOMY = 'carers-bot-audiences';
export const AUDIENCES = [
  /** Only after a death. */
  'bereaved',
  /** Rights at work: not for someone who has left work or is not working. */
  'in_work',
  /** Only when someone is being harmed, abused or neglected. */
  'abuse',
  /** Older people and their families: not when the person looked after is a child. */
  'older_people',
  /** Families of a child or young person who is ill. */
  'ill_child',
  /** Young people whose parent is ill. */
  'ill_parent',
  /** Made for children and young people (up to 25 when the entry gives no maximum age). */
  'young_people',
  /** A young people's service that also helps the adults bringing them up. */
  'families_of_young',
  /** One illness: offered first to people who name it. */
  'breast_cancer',
  'prostate_cancer',
  'mesothelioma',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface Attribute {
  taxonomy: typeof TOPIC_TAXONOMY | typeof KIND_TAXONOMY | typeof AUDIENCE_TAXONOMY;
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
  /** null: the district spans a nation border, is unknown, or is in a Crown Dependency. */
  nation: Nation | null;
  /** Jersey, Guernsey or the Isle of Man: not a UK nation, their own services. */
  crownDependency?: 'jersey' | 'guernsey' | 'isle_of_man';
  /** Catalogue id of the main council (the demo catalogue's old id, e.g. "southwark", else the code). */
  council?: string;
  /** Catalogue ids of every council the district touches, main one first (old id and code for demo councils). */
  councils?: string[];
  /** Codes (councils.json keys) of every council the district touches, main one first. */
  councilCodes?: string[];
  /** More than one council. */
  split?: boolean;
  /** A district with no homes in the source (PO boxes, large users). */
  nonGeographic?: boolean;
  region?: RegionId;
}

export interface PlaceInfo {
  name: string;
  /** Postcode area of the place's typical district; '' when none is known (a whole council). */
  area: string;
  nation: Nation;
  district?: string;
  /** Catalogue id of the council, when only one. */
  council?: string;
  /** Catalogue ids of every council (old id and code for demo councils). */
  councils?: string[];
  /** Codes (councils.json keys), main one first. */
  councilCodes?: string[];
  split?: boolean;
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
  /** What the person said about their situation, for services made for one audience. */
  audience?: AudienceFacts;
}

/** What is known of the person and who they look after; anything unknown is left out. */
export interface AudienceFacts {
  /** The person they looked after has died. */
  bereaved?: boolean;
  /** In paid work, or not (never worked, or gave up work). */
  work?: 'working' | 'not_working';
  /** Someone is being harmed, abused or neglected. */
  abuse?: boolean;
  /** Relation keys of who they look after (data/understanding/relations.json: mother, son, ...). */
  caredFor?: string[];
  /** They are asking about children they bring up. */
  children?: boolean;
  /** Illnesses named, as audience terms (breast_cancer, ...). */
  conditions?: string[];
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
