/**
 * Lists where local help is thin, for the people who curate data/local-help: per nation, the
 * councils whose districts have no assessment route or no local service (largest first, with
 * the number of postcode districts each leaves uncovered) and every unverified route.
 *
 *   npx tsx scripts/local-help-gaps.ts [nation]      # every nation unless one is named
 */
import { loadCatalogue } from '../catalogue/load';
import { JURISDICTIONS, loadLocalHelpData } from '../catalogue/localHelpData';
import { districtRows } from './lib/catalogueCheck';
import { formatGaps, localHelpGaps } from './lib/localHelp/gaps';

const wanted = process.argv[2];
if (wanted && !(JURISDICTIONS as readonly string[]).includes(wanted)) {
  console.error(`Unknown nation '${wanted}': one of ${JURISDICTIONS.join(', ')}`);
  process.exit(2);
}
const data = loadLocalHelpData();
const all = localHelpGaps(districtRows(), data, loadCatalogue());
const order = (n: string) => (JURISDICTIONS as readonly string[]).indexOf(n) >>> 0;
for (const gaps of all.sort((a, b) => order(a.nation) - order(b.nation))) {
  if (!wanted || gaps.nation === wanted) console.log(formatGaps(gaps, data));
}
