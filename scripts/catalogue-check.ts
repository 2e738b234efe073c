/**
 * npm run catalogue:check [-- FILE] [--now ISO]
 * Validates the service catalogue and the local-help data and prints what they cover; exit 1
 * with named errors (entry id and name, field) when either is invalid. Coverage below goal is
 * printed beside the goals, never an error.
 */
import { CatalogueError, DEFAULT_CATALOGUE_PATH, loadCatalogue } from '../catalogue/load';
import { summariseCatalogue } from '../catalogue/summary';
import { LocalHelpError, loadLocalHelpData } from '../catalogue/localHelpData';
import { coverage, districtRows, formatCoverage, formatSummary } from './lib/catalogueCheck';

export { formatSummary };

function main(argv: string[]): number {
  const nowIndex = argv.indexOf('--now');
  const now = nowIndex >= 0 ? new Date(argv[nowIndex + 1]) : new Date();
  const path = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--now') ?? DEFAULT_CATALOGUE_PATH;
  try {
    const catalogue = loadCatalogue(path);
    console.log(formatSummary(path, summariseCatalogue(catalogue, now)));
    const localHelp = loadLocalHelpData();
    console.log(formatCoverage(coverage(districtRows(), localHelp, catalogue)));
    return 0;
  } catch (error) {
    console.error(error instanceof CatalogueError || error instanceof LocalHelpError ? error.message : String(error));
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
export { main };
