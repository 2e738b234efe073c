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
  /** Codes the register or older data used for the same council (boundary recodes, 2023 unitaries). */
  formerCodes?: string[];
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

/**
 * Current GSS codes from mySociety's uk_local_authorities (CC BY 4.0): a council recoded after a
 * boundary change (Fife S12000015 -> S12000047) or replaced by a unitary (Somerset County Council
 * E10000027 -> Somerset Council E06000066). The register still uses some old codes.
 */
export function currentCodes(csv: string): Map<string, { code: string; name: string }> {
  const rows = parseCsv(csv);
  const byLocalCode = new Map(rows.map((r) => [r['local-authority-code'], r]));
  const map = new Map<string, { code: string; name: string }>();
  for (const r of rows) {
    if (r['current-authority'] === 'True' && r['gss-code']) {
      for (const former of (r['former-gss-codes'] ?? '').split(',').map((c) => c.trim())) {
        if (former) map.set(former, { code: r['gss-code'], name: r['official-name'] });
      }
    }
    const successor = byLocalCode.get(r['replaced-by'] ?? '');
    if (r['current-authority'] !== 'True' && r['gss-code'] && successor?.['current-authority'] === 'True' && successor['gss-code']) {
      // Only a one-to-one replacement of an upper-tier council keeps its responsibilities.
      const sameKind = ['CTY', 'UA'].includes(r['local-authority-type']) && successor['local-authority-type'] === 'UA';
      if (sameKind) map.set(r['gss-code'], { code: successor['gss-code'], name: successor['official-name'] });
    }
  }
  return map;
}

/** The register's rows under their current codes, the old code kept as a former code. */
export function recode(rows: RegisterRow[], current: Map<string, { code: string; name: string }>): RegisterRow[] {
  return rows
    .map((row) => {
      const now = current.get(row.code);
      if (!now || now.code === row.code) return row;
      return { ...row, code: now.code, name: now.name, formerCodes: [...(row.formerCodes ?? []), row.code] };
    })
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
  const inRegister = new Set(rows.flatMap((r) => [r.code, ...(r.formerCodes ?? [])]));
  for (const row of rows) {
    // Curated fields follow a council to its new code.
    const before = existing[row.code] ?? (row.formerCodes ?? []).map((c) => existing[c]).find(Boolean);
    if (!before) added.push(row.code);
    const aliases = [...new Set([...(before?.aliases ?? []), ...(row.formerCodes ?? [])])].filter((a) => a !== row.code);
    councils[row.code] = {
      name: row.name,
      nation: row.nation,
      kind: row.kind,
      slug: row.slug,
      ...(aliases.length ? { aliases } : {}),
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
