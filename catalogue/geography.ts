/** Postcode and place lookups for choosing local services. Data in data/geography/. */
import { readFileSync } from 'node:fs';
import type { PlaceInfo, PostcodeDistrictInfo, RegionId } from './types';
import type { Nation } from '../core/nations';

interface AreaEntry {
  name: string;
  nation: Nation | null;
  border?: Nation[];
  /** For border areas: districts known to lie wholly in one nation. */
  districts?: Partial<Record<Nation, string[]>>;
}
interface CouncilEntry {
  name: string;
  region?: RegionId;
}
interface DistrictEntry {
  councils: string[];
  region?: RegionId;
}
interface PlaceEntry {
  name: string;
  area: string;
  district?: string;
  council?: string;
  region?: RegionId;
}

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as T;
}

const AREAS = readJson<{ areas: Record<string, AreaEntry> }>('../data/geography/postcode-areas.json').areas;
const DISTRICT_DATA = readJson<{ councils: Record<string, CouncilEntry>; districts: Record<string, DistrictEntry> }>('../data/geography/districts.json');
const PLACES = readJson<{ places: Record<string, PlaceEntry> }>('../data/geography/places.json').places;

/** Council ids and names of the demo regions (and their edges). */
export const COUNCILS: Readonly<Record<string, CouncilEntry>> = DISTRICT_DATA.councils;

/** Outward code of a district or full postcode: "se15 4ab" -> "SE15"; null when it isn't one. */
export function normaliseDistrict(input: string): string | null {
  const compact = input.toUpperCase().replace(/\s+/g, '');
  const full = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/.exec(compact);
  if (full) return full[1];
  return /^[A-Z]{1,2}\d[A-Z\d]?$/.test(compact) ? compact : null;
}

/** The nation an area's district is in; null for a border district we cannot place (ask). */
function nationOf(area: AreaEntry | undefined, district: string): Nation | null {
  if (!area) return null;
  if (area.nation) return area.nation;
  for (const [nation, list] of Object.entries(area.districts ?? {})) {
    if (list?.includes(district)) return nation as Nation;
  }
  return null;
}

/**
 * District -> area, nation (null: border or unknown, so ask), council and demo region.
 * Accepts a district ("SE15") or a full postcode (only the outward part is kept).
 */
export function lookupPostcodeDistrict(input: string): PostcodeDistrictInfo {
  const district = normaliseDistrict(input) ?? input.toUpperCase().replace(/\s+/g, '');
  const area = /^[A-Z]{1,2}/.exec(district)?.[0] ?? '';
  const info: PostcodeDistrictInfo = { district, area, nation: nationOf(AREAS[area], district) };
  const local = DISTRICT_DATA.districts[district];
  if (local) {
    info.council = local.councils[0];
    info.councils = [...local.councils];
    if (local.region) info.region = local.region;
  }
  return info;
}

/** True when the postcode area is a real UK (or Crown Dependency) area. */
export function isKnownPostcodeArea(area: string): boolean {
  return Object.hasOwn(AREAS, area.toUpperCase());
}

/** The postcode areas that cross a nation border, where the bot should ask which nation. */
export function borderAreas(): string[] {
  return Object.entries(AREAS)
    .filter(([, a]) => a.border)
    .map(([code]) => code);
}

function placeKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z' ,&-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A main town or borough of the demo regions; null when unknown. */
export function lookupPlace(name: string): PlaceInfo | null {
  const key = placeKey(name);
  const entry = PLACES[key] ?? PLACES[key.replace(/^(the|royal borough of|london borough of) /, '')];
  if (!entry) return null;
  const nation = AREAS[entry.area]?.nation ?? 'england';
  const place: PlaceInfo = { name: entry.name, area: entry.area, nation };
  if (entry.district) place.district = entry.district;
  if (entry.council) place.council = entry.council;
  if (entry.region) place.region = entry.region;
  return place;
}
