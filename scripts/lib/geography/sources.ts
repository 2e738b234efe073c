/**
 * Reads the committed source files of data/geography/source/ (see data/geography/README.md
 * for each one's origin, licence and date). Nothing here touches the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../localHelp/csv';

/** A row of mySociety's uk_local_authorities.csv (trimmed to the columns we use). */
export interface AuthorityRow {
  'local-authority-code': string;
  'official-name': string;
  'nice-name': string;
  'gss-code': string;
  'end-date': string;
  'replaced-by': string;
  nation: string;
  'local-authority-type': string;
  'county-la': string;
  'combined-authority': string;
  'alt-names': string;
  'former-gss-codes': string;
  'current-authority': string;
  snac: string;
}

export interface NiTrustsFile {
  trusts: Record<string, { name: string; shortName: string; website: string }>;
  lgds: Record<string, string[]>;
  formerDistricts: Record<string, string>;
  postcodeDistricts: Record<string, string[]>;
  /** County name -> its trusts, main first ("_comment" aside). */
  counties?: Record<string, string[] | string>;
}

export interface CrownDependencyEntry {
  name: string;
  shortName: string;
  crownDependency: 'jersey' | 'guernsey' | 'isle_of_man';
  website: string;
  districts: string[];
  places: string[];
}

export interface TownRow {
  name: string;
  district: string;
  /** Optional: the council's short name or code when the district is split. */
  council: string;
  /** Other spellings, separated by "|". */
  aliases: string;
}

export interface Sources {
  authorities: AuthorityRow[];
  welshNames: Array<{ 'principal-local-authority': string; 'name-cy': string; 'official-name-cy': string }>;
  websites: Array<{ name: string; website: string; snac: string }>;
  /** UKHSA NHS COVID-19 app: postcode district -> local authority districts (April 2020 codes). */
  districtAuthorities: Record<string, string[]>;
  /** The same app's postcode districts by nation (including ones without homes). */
  districtsByNation: Record<string, string[]>;
  ni: NiTrustsFile;
  crown: Record<string, CrownDependencyEntry>;
  legacyIds: Record<string, { code: string; region?: string }>;
  demoMain: Record<string, string>;
  towns: TownRow[];
}

export function readSources(dir: string): Sources {
  const text = (name: string) => readFileSync(join(dir, name), 'utf8');
  const json = <T>(name: string) => JSON.parse(text(name)) as T;
  const tsv = (name: string) => {
    const [header, ...lines] = text(name)
      .split('\n')
      .filter((l) => l.trim() !== '');
    const cols = header.split('\t');
    return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v.trim()])));
  };
  return {
    authorities: parseCsv(text('mysociety-uk-local-authorities.csv')) as unknown as AuthorityRow[],
    welshNames: tsv('openregister-welsh-names.tsv') as Sources['welshNames'],
    websites: parseCsv(text('directgov-council-websites.csv')) as Sources['websites'],
    districtAuthorities: json<{ postcodes: Record<string, string[]> }>('covid-app-local-authorities.json').postcodes,
    districtsByNation: json<Record<string, string[]>>('covid-app-postal-districts.json'),
    ni: json<NiTrustsFile>('ni-trusts.json'),
    crown: json<{ dependencies: Record<string, CrownDependencyEntry> }>('crown-dependencies.json').dependencies,
    legacyIds: json<{ ids: Record<string, { code: string; region?: string }> }>('legacy-council-ids.json').ids,
    demoMain: json<{ main: Record<string, string> }>('demo-main-councils.json').main,
    towns: parseCsv(text('towns.csv')) as unknown as TownRow[],
  };
}
