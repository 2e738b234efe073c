/**
 * Councils responsible for adult social care, from mySociety's list of UK local authorities:
 * the upper tier in England (a two-tier district's county council; unitaries, metropolitan
 * districts, London boroughs and the City of London are their own), the unitary councils of
 * Scotland and Wales, Northern Ireland's HSC trusts and the Crown Dependencies' governments.
 */
import type { Nation } from '../../../core/nations';
import type { CouncilRecord, CouncilTier } from '../../../catalogue/geography/data';
import type { RegionId } from '../../../catalogue/types';
import { placeKey } from '../../../catalogue/geography/placeKey';
import type { AuthorityRow, Sources } from './sources';

const TIERS: Record<string, CouncilTier> = {
  CTY: 'county',
  UA: 'unitary',
  SCO: 'unitary',
  WPA: 'unitary',
  MD: 'metropolitan_district',
  LBO: 'london_borough',
  CC: 'city_corporation',
};
const NATIONS: Record<string, Nation> = { England: 'england', Wales: 'wales', Scotland: 'scotland', 'Northern Ireland': 'northern_ireland' };

export interface Authorities {
  councils: Record<string, CouncilRecord>;
  /** Any local authority code (GSS, current or former, or mySociety's own) -> the adult social care bodies. */
  responsibleFor(code: string): string[] | undefined;
  /** mySociety's three-letter code -> row. */
  byRegisterCode: Map<string, AuthorityRow>;
}

const isCurrent = (r: AuthorityRow) => r['current-authority'] === 'True';

export function buildAuthorities(src: Sources): Authorities {
  const byRegisterCode = new Map(src.authorities.map((r) => [r['local-authority-code'], r]));
  const byGss = new Map<string, AuthorityRow>();
  for (const r of src.authorities) {
    if (r['gss-code']) byGss.set(r['gss-code'], r);
  }
  for (const r of src.authorities) {
    for (const former of r['former-gss-codes']
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean)) {
      if (!byGss.has(former)) byGss.set(former, r);
    }
  }

  /** Follows replaced-by to today's authorities (one abolished council can have two successors). */
  const successors = (row: AuthorityRow, depth = 0): AuthorityRow[] => {
    if (isCurrent(row)) return [row];
    if (depth > 5) throw new Error(`${row['local-authority-code']}: replaced-by loops`);
    const next = row['replaced-by']
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    return next.flatMap((c) => {
      const r = byRegisterCode.get(c);
      if (!r) throw new Error(`${row['local-authority-code']}: replaced by unknown ${c}`);
      return successors(r, depth + 1);
    });
  };

  const responsible = (row: AuthorityRow): string[] => {
    if (row['local-authority-type'] === 'NID') return src.ni.lgds[row['gss-code']] ?? [];
    if (row['local-authority-type'] === 'NMD') {
      const county = byRegisterCode.get(row['county-la']);
      if (!county || !isCurrent(county)) throw new Error(`${row['local-authority-code']}: no current county (${row['county-la']})`);
      return [county['gss-code']];
    }
    return TIERS[row['local-authority-type']] ? [row['gss-code']] : [];
  };

  const councils: Record<string, CouncilRecord> = {};
  const welsh = new Map(src.welshNames.map((w) => [w['principal-local-authority'], w]));
  const websites = new Map(src.websites.filter((w) => w.snac).map((w) => [w.snac, w.website]));
  const regions = new Map(Object.values(src.legacyIds).map((l) => [l.code, l.region as RegionId | undefined]));
  for (const r of src.authorities) {
    const tier = TIERS[r['local-authority-type']];
    if (!tier || !isCurrent(r)) continue;
    const record: CouncilRecord = {
      name: r['official-name'],
      shortName: r['nice-name'],
      nation: NATIONS[r.nation] ?? null,
      kind: 'council',
      tier,
    };
    const cy = welsh.get(r['local-authority-code']);
    if (cy) {
      record.nameCy = cy['official-name-cy'];
      record.shortNameCy = cy['name-cy'];
    }
    const website = websites.get(r.snac);
    if (website) record.website = website;
    const region = regions.get(r['gss-code']);
    if (region) record.region = region;
    if (record.nation === null) throw new Error(`${r['gss-code']}: unknown nation ${r.nation}`);
    councils[r['gss-code']] = record;
  }
  for (const [code, t] of Object.entries(src.ni.trusts)) {
    const lgds = Object.entries(src.ni.lgds)
      .filter(([, trusts]) => trusts.includes(code))
      .map(([lgd]) => lgd);
    councils[code] = { name: t.name, shortName: t.shortName, nation: 'northern_ireland', kind: 'hsc_trust', website: t.website, lgds };
  }
  for (const [code, c] of Object.entries(src.crown)) {
    councils[code] = { name: c.name, shortName: c.shortName, nation: null, crownDependency: c.crownDependency, kind: 'crown_dependency', website: c.website };
  }

  return {
    councils,
    byRegisterCode,
    responsibleFor(code) {
      const row = byGss.get(code) ?? byRegisterCode.get(code);
      if (!row) return undefined;
      return [...new Set(successors(row).flatMap(responsible))];
    },
  };
}

/** A council named by hand (towns.csv): its code, or its everyday or official name ("Kent", "Bromley"). */
export function councilCode(name: string, authorities: Authorities): string | undefined {
  if (authorities.councils[name]) return name;
  const key = placeKey(name);
  return Object.entries(authorities.councils).find(([, c]) => placeKey(c.shortName) === key || placeKey(c.name) === key)?.[0];
}
