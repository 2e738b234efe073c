/**
 * The logic of `npm run catalogue:check`: the catalogue's summary, and the local-help
 * coverage per nation (districts mapped to a council, with an assessment route, with a local
 * service; verified entries). Coverage below goal is reported, never an error: only invalid
 * data makes the command fail.
 */
import { readFileSync } from 'node:fs';
import type { CatalogueSummary } from '../../catalogue/summary';
import { lookupPostcodeDistrict } from '../../catalogue/geography';
import { JURISDICTIONS, type LocalHelpData } from '../../catalogue/localHelpData';
import { localHelpFor, resolveCouncilCodes, type LocalHelp } from '../../catalogue/localHelp';
import type { Catalogue } from '../../catalogue/types';

export function formatSummary(path: string, s: CatalogueSummary): string {
  const pairs = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  const lines = [
    `Catalogue ${path} is valid.`,
    `Services: ${s.services} (${s.active} active, ${s.national} national), organisations: ${s.organizations}`,
    `Per topic: ${pairs(s.perTopic)}`,
    `Per nation (reachable): ${pairs(s.perNation)}`,
    `Local per region: ${pairs(s.localPerRegion)}`,
    `Stale (assured over 12 months ago): ${s.stale.length}${s.stale.length ? ` (${s.stale.join(', ')})` : ''}`,
    `Unverified (have a verification note): ${s.unverified.length} of ${s.active}`,
  ];
  if (s.topicsWithoutNational.length > 0) lines.push(`WARNING topics with no national service: ${s.topicsWithoutNational.join(', ')}`);
  return lines.join('\n');
}

/** One postcode district as the geography sees it: its councils (main first) and nation. */
export interface DistrictRow {
  district: string;
  /** A nation, a Crown Dependency, or null when the geography cannot say. */
  nation: string | null;
  councils: string[];
}

export interface CoverageRow {
  nation: string;
  districts: number;
  mapped: number;
  withAssessment: number;
  withLocalService: number;
  /** Assessment routes, carers' services and local places of this nation's councils. */
  entries: number;
  verified: number;
}

export const GOALS = { mapped: 1, withAssessment: 1, withLocalService: 0.8 } as const;

/**
 * Every geographic district of the geography's table, through the API the bot uses
 * (non-geographic ones, PO boxes and the like, have no council to find).
 */
export function districtRows(districtsFile: URL | string = new URL('../../data/geography/districts.json', import.meta.url)): DistrictRow[] {
  const table = JSON.parse(readFileSync(districtsFile, 'utf8')) as { districts?: Record<string, { nonGeographic?: boolean }> };
  const districts = Object.entries(table.districts ?? {}).filter(([, d]) => !d.nonGeographic);
  return districts.map(([district]) => {
    const info = lookupPostcodeDistrict(district);
    return { district, nation: info.nation ?? null, councils: info.councils ?? (info.council ? [info.council] : []) };
  });
}

export type Query = (codes: string[], nation: null, options: { district: string }) => LocalHelp;

/**
 * The nation a district is counted under: the geography's, else its main council's (a few
 * districts have no nation in the source). The coverage table and the gaps list both use it,
 * so a gap is always listed under the nation whose figure it lowers.
 */
export function districtNation(d: DistrictRow, codes: string[], data: LocalHelpData): string {
  return d.nation ?? (codes[0] ? data.councils[codes[0]].nation : 'unknown');
}

function entriesPerNation(data: LocalHelpData): Map<string, { entries: number; verified: number }> {
  const counts = new Map<string, { entries: number; verified: number }>();
  const count = (nation: string, verified: boolean) => {
    const c = counts.get(nation) ?? { entries: 0, verified: 0 };
    c.entries++;
    if (verified) c.verified++;
    counts.set(nation, c);
  };
  for (const council of Object.values(data.councils)) {
    if (council.assessment) count(council.nation, council.assessment.verified);
    if (council.carersService) count(council.nation, council.carersService.verified);
  }
  for (const service of data.services) count(data.councils[service.councils[0]]?.nation ?? 'unknown', service.verified);
  return counts;
}

export function coverage(rows: DistrictRow[], data: LocalHelpData, catalogue: Catalogue, query?: Query): CoverageRow[] {
  const ask: Query = query ?? ((codes, nation, options) => localHelpFor(codes, nation, options, { data, catalogue }));
  const perNation = new Map<string, CoverageRow>();
  const row = (nation: string) => {
    let r = perNation.get(nation);
    if (!r) {
      r = { nation, districts: 0, mapped: 0, withAssessment: 0, withLocalService: 0, entries: 0, verified: 0 };
      perNation.set(nation, r);
    }
    return r;
  };
  for (const d of rows) {
    const codes = d.councils.flatMap((c) => resolveCouncilCodes(c, data));
    const r = row(districtNation(d, codes, data));
    r.districts++;
    if (codes.length === 0) continue;
    r.mapped++;
    const help = ask(d.councils, null, { district: d.district });
    if (help.assessment.some((a) => a.council === codes[0])) r.withAssessment++;
    if (help.services.some((s) => s.phone || s.url)) r.withLocalService++;
  }
  for (const [nation, c] of entriesPerNation(data)) Object.assign(row(nation), c);
  const order = (n: string) => (JURISDICTIONS as readonly string[]).indexOf(n) >>> 0;
  return [...perNation.values()].sort((a, b) => order(a.nation) - order(b.nation) || a.nation.localeCompare(b.nation));
}

const pct = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((100 * n) / of)}%`);

export function formatCoverage(rows: CoverageRow[]): string {
  const header = ['nation', 'districts', 'mapped (goal 100%)', 'assessment route (goal 100%)', 'local service (goal ≥80%)', 'verified entries'];
  const body = rows.map((r) => [
    r.nation,
    String(r.districts),
    `${r.mapped} (${pct(r.mapped, r.districts)})`,
    `${r.withAssessment} (${pct(r.withAssessment, r.districts)})`,
    `${r.withLocalService} (${pct(r.withLocalService, r.districts)})`,
    `${r.verified} of ${r.entries}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const below = rows.filter(
    (r) =>
      r.districts > 0 &&
      (r.mapped < r.districts * GOALS.mapped ||
        r.withAssessment < r.districts * GOALS.withAssessment ||
        r.withLocalService < r.districts * GOALS.withLocalService),
  );
  return [
    'Local help coverage per nation (postcode districts):',
    line(header),
    ...body.map(line),
    below.length ? `Below goal: ${below.map((r) => r.nation).join(', ')} (reported, not an error)` : 'All goals met.',
  ].join('\n');
}
