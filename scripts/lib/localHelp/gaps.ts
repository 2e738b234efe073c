/**
 * Where local help is thin, per nation: the councils whose districts have no assessment route or
 * no local service (with how many postcode districts each leaves uncovered) and every unverified
 * route. Counts districts exactly as the coverage table does (same rows, same nation, same
 * query), so the gaps of a nation add up to what its figure is short of.
 */
import type { LocalHelpData } from '../../../catalogue/localHelpData';
import { localHelpFor, resolveCouncilCodes } from '../../../catalogue/localHelp';
import type { Catalogue } from '../../../catalogue/types';
import { districtNation, type DistrictRow, type Query } from '../catalogueCheck';

export interface NationGaps {
  nation: string;
  /** Main council code -> districts left without its assessment route. */
  noAssessment: Map<string, number>;
  /** Main council code -> districts left without any local service with a phone or page. */
  noService: Map<string, number>;
}

export function localHelpGaps(rows: DistrictRow[], data: LocalHelpData, catalogue: Catalogue, query?: Query): NationGaps[] {
  const ask: Query = query ?? ((codes, nation, options) => localHelpFor(codes, nation, options, { data, catalogue }));
  const perNation = new Map<string, NationGaps>();
  const bump = (m: Map<string, number>, code: string) => m.set(code, (m.get(code) ?? 0) + 1);
  for (const d of rows) {
    const codes = d.councils.flatMap((c) => resolveCouncilCodes(c, data));
    if (!codes[0]) continue;
    const nation = districtNation(d, codes, data);
    const gaps = perNation.get(nation) ?? { nation, noAssessment: new Map(), noService: new Map() };
    perNation.set(nation, gaps);
    const help = ask(d.councils, null, { district: d.district });
    if (!help.assessment.some((a) => a.council === codes[0])) bump(gaps.noAssessment, codes[0]);
    if (!help.services.some((s) => s.phone || s.url)) bump(gaps.noService, codes[0]);
  }
  return [...perNation.values()];
}

function formatList(title: string, gaps: Map<string, number>, data: LocalHelpData): string[] {
  const total = [...gaps.values()].reduce((a, b) => a + b, 0);
  const sorted = [...gaps].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [
    `${title}: ${gaps.size} councils, ${total} districts`,
    ...sorted.map(([code, n]) => `  ${String(n).padStart(3)}  ${code}  ${data.councils[code].name}`),
  ];
}

/** One nation's report: both gap lists, then the unverified routes of its councils. */
export function formatGaps(gaps: NationGaps, data: LocalHelpData): string {
  const lines = [
    `== ${gaps.nation}`,
    ...formatList('No assessment route', gaps.noAssessment, data),
    ...formatList('No local service', gaps.noService, data),
    'Unverified routes:',
  ];
  for (const [code, council] of Object.entries(data.councils)) {
    if (council.nation !== gaps.nation) continue;
    for (const key of ['assessment', 'carersService'] as const) {
      const route = council[key];
      if (route && !route.verified) lines.push(`  ${code}  ${council.name}  ${key}: ${route.note ?? ''}`);
    }
  }
  return lines.join('\n');
}
