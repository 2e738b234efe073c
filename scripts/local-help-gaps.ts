/**
 * Lists where local help is thin, for the people who curate data/local-help:
 * councils whose districts have no assessment route or no local service (largest first, with
 * the number of postcode districts each leaves uncovered) and every unverified route.
 *
 *   npx tsx scripts/local-help-gaps.ts [nation]      # nation defaults to england
 */
import { loadCatalogue } from '../catalogue/load';
import { localHelpFor, resolveCouncilCodes } from '../catalogue/localHelp';
import { loadLocalHelpData } from '../catalogue/localHelpData';
import { districtRows } from './lib/catalogueCheck';

const nation = process.argv[2] ?? 'england';
const data = loadLocalHelpData();
const catalogue = loadCatalogue();

const noAssessment = new Map<string, number>();
const noService = new Map<string, number>();
const bump = (m: Map<string, number>, code: string) => m.set(code, (m.get(code) ?? 0) + 1);

for (const d of districtRows()) {
  const codes = d.councils.flatMap((c) => resolveCouncilCodes(c, data));
  if (!codes[0] || data.councils[codes[0]].nation !== nation) continue;
  const help = localHelpFor(d.councils, null, { district: d.district }, { data, catalogue });
  if (!help.assessment.some((a) => a.council === codes[0])) bump(noAssessment, codes[0]);
  if (!help.services.some((s) => s.phone || s.url)) bump(noService, codes[0]);
}

function show(title: string, gaps: Map<string, number>): void {
  const total = [...gaps.values()].reduce((a, b) => a + b, 0);
  console.log(`${title}: ${gaps.size} councils, ${total} districts`);
  for (const [code, n] of [...gaps].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    console.log(`  ${String(n).padStart(3)}  ${code}  ${data.councils[code].name}`);
  }
}

show('No assessment route', noAssessment);
show('No local service', noService);
console.log('Unverified routes:');
for (const [code, council] of Object.entries(data.councils)) {
  if (council.nation !== nation) continue;
  for (const key of ['assessment', 'carersService'] as const) {
    const route = council[key];
    if (route && !route.verified) console.log(`  ${code}  ${council.name}  ${key}: ${route.note ?? ''}`);
  }
}
