/** The geography tables, read once at start-up and indexed into Maps. */
import { readFileSync } from 'node:fs';
import type { Nation } from '../../core/nations';
import type { CouncilRecord, CouncilsFile, DistrictRecord, DistrictsFile, PlaceRecord, PlacesFile } from './data';
import { FuzzyIndex } from './fuzzy';

export interface Council extends CouncilRecord {
  /** GSS code, NI-xHSCT trust id or JE / GY / IM. */
  code: string;
}

export interface AreaEntry {
  name: string;
  nation: Nation | null;
  border?: Nation[];
  /** For border areas: districts known to lie wholly in one nation (used when a district is not in the table). */
  districts?: Partial<Record<Nation, string[]>>;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../data/geography/${name}`, import.meta.url), 'utf8')) as T;
}

const councilsFile = readJson<CouncilsFile>('councils.json');

export const AREAS: Readonly<Record<string, AreaEntry>> = readJson<{ areas: Record<string, AreaEntry> }>('postcode-areas.json').areas;
export const STRUCTURE_DATE = councilsFile.structure;
export const COUNCIL_BY_CODE: ReadonlyMap<string, Council> = new Map(Object.entries(councilsFile.councils).map(([code, c]) => [code, { code, ...c }]));
/** Old catalogue id -> code, and code -> old id (the demo catalogue still says "southwark"). */
export const ALIAS_TO_CODE: ReadonlyMap<string, string> = new Map(Object.entries(councilsFile.aliases));
export const CODE_TO_ALIAS: ReadonlyMap<string, string> = new Map(Object.entries(councilsFile.aliases).map(([id, code]) => [code, id]));
export const DISTRICTS: ReadonlyMap<string, DistrictRecord> = new Map(Object.entries(readJson<DistrictsFile>('districts.json').districts));
export const PLACES: ReadonlyMap<string, PlaceRecord> = new Map(Object.entries(readJson<PlacesFile>('places.json').places));
export const PLACE_FUZZY = new FuzzyIndex(PLACES.keys());
