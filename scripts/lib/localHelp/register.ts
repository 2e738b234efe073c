/**
 * The council register: which bodies answer for adult social care, from GOV.UK Local Links
 * Manager's local-authorities.csv (alphagov/local-links-manager data/, MIT, Crown copyright).
 * Tier 1 (county) and tier 3 (unitary, London and metropolitan boroughs, Scottish and Welsh
 * councils) run adult social care; tier 2 (districts) do not. Northern Ireland's district
 * councils do not either (its five HSC trusts do), and the Crown Dependencies are outside the
 * register: those entries are kept by hand in councils.json and never touched here.
 */
import type { CouncilRecord, Jurisdiction } from '../../../catalogue/localHelpData';
import { parseCsv } from './csv';

export const REGISTER_SOURCE = 'https://github.com/alphagov/local-links-manager/blob/main/data/local-authorities.csv';

const NATIONS: Record<string, Jurisdiction> = { England: 'england', Scotland: 'scotland', Wales: 'wales' };

export interface RegisterRow {
  code: string;
  name: string;
  nation: Jurisdiction;
  kind: 'county' | 'unitary';
  slug: string;
  website?: string;
}

/** Adult social care councils of England, Scotland and Wales from the register CSV. */
export function readRegister(csv: string): RegisterRow[] {
  return parseCsv(csv)
    .filter((r) => NATIONS[r.country_name] && (r.tier_id === '1' || r.tier_id === '3'))
    .map((r) => ({
      code: r.gss,
      name: r.name,
      nation: NATIONS[r.country_name],
      kind: r.tier_id === '1' ? ('county' as const) : ('unitary' as const),
      slug: r.slug,
      ...(r.homepage_url ? { website: r.homepage_url.replace(/^http:/, 'https:') } : {}),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export interface MergeResult {
  councils: Record<string, CouncilRecord>;
  added: string[];
  /** In our file but no longer in the register (abolished or merged): kept, for a person to look at. */
  missing: string[];
}

/**
 * Refreshes the register's fields (name, nation, kind, slug, website) and keeps what people
 * curated (assessment, carers' service, aliases); adds new councils without routes.
 */
export function mergeRegister(existing: Record<string, CouncilRecord>, rows: RegisterRow[]): MergeResult {
  const councils: Record<string, CouncilRecord> = {};
  const added: string[] = [];
  const inRegister = new Set(rows.map((r) => r.code));
  for (const row of rows) {
    const before = existing[row.code];
    if (!before) added.push(row.code);
    councils[row.code] = {
      name: row.name,
      nation: row.nation,
      kind: row.kind,
      slug: row.slug,
      ...(before?.aliases ? { aliases: before.aliases } : {}),
      ...(row.website ? { website: row.website } : {}),
      registerSource: REGISTER_SOURCE,
      ...(before?.assessment ? { assessment: before.assessment } : {}),
      ...(before?.carersService ? { carersService: before.carersService } : {}),
    };
  }
  const missing: string[] = [];
  for (const [code, council] of Object.entries(existing)) {
    if (inRegister.has(code)) continue;
    councils[code] = council;
    if (council.registerSource === REGISTER_SOURCE) missing.push(code);
  }
  const sorted = Object.fromEntries(Object.entries(councils).sort(([a], [b]) => a.localeCompare(b)));
  return { councils: sorted, added, missing };
}
