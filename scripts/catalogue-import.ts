/**
 * npm run catalogue:import -- FEED.json [--out FILE] [--source URL]
 * Maps an Open Referral UK feed (HSDS 3.0 / ORUK 3, or legacy ORUK v1) into
 * our catalogue shape. Writes JSON to stdout or --out; reports on stderr what
 * it could not map and whether the result validates. Exit 1 when the feed
 * cannot be read, 2 when the mapped catalogue does not validate.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { importOpenReferral } from '../catalogue/import-oruk';
import { formatProblem, validateCatalogue } from '../catalogue/validate';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export function main(argv: string[], now = new Date()): number {
  const file = argv.find((a, i) => !a.startsWith('--') && !['--out', '--source'].includes(argv[i - 1] ?? ''));
  if (!file) {
    console.error('usage: npm run catalogue:import -- FEED.json [--out FILE] [--source URL]');
    return 1;
  }
  let feed: unknown;
  try {
    feed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { catalogue, unmapped } = importOpenReferral(feed, { now, sourceUrl: option(argv, '--source') });
  const json = `${JSON.stringify(catalogue, null, 2)}\n`;
  const out = option(argv, '--out');
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  console.error(`Mapped ${catalogue.services.length} services from ${file}.`);
  for (const line of unmapped) console.error(`  not mapped: ${line}`);
  const result = validateCatalogue(catalogue);
  if (!result.ok) {
    console.error('The mapped catalogue does not validate yet:');
    for (const p of result.problems) console.error(`  - ${formatProblem(p)}`);
    return 2;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
