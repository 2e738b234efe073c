/**
 * npm run catalogue:check [-- FILE] [--now ISO]
 * Validates the service catalogue and prints what it covers; exit 1 with
 * named errors (entry id and name, field) when it is invalid.
 */
import { CatalogueError, DEFAULT_CATALOGUE_PATH, loadCatalogue } from '../catalogue/load';
import { summariseCatalogue, type CatalogueSummary } from '../catalogue/summary';

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

function main(argv: string[]): number {
  const nowIndex = argv.indexOf('--now');
  const now = nowIndex >= 0 ? new Date(argv[nowIndex + 1]) : new Date();
  const path = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--now') ?? DEFAULT_CATALOGUE_PATH;
  try {
    const catalogue = loadCatalogue(path);
    console.log(formatSummary(path, summariseCatalogue(catalogue, now)));
    return 0;
  } catch (error) {
    console.error(error instanceof CatalogueError ? error.message : String(error));
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
export { main };
