/**
 * npm run catalogue:import -- FEED.json [--out FILE] [--source URL] [--area PLACE] [--extensions FILE] [--now YYYY-MM-DD]
 * Maps an Open Referral feed (ORUK v1 `content` pages, HSDS / ORUK 3 services, pages, full
 * services or service_at_location lists) into our catalogue shape: JSON to stdout or --out; on
 * stderr, every record skipped with its reason, what could not be mapped, and whether the result
 * validates. --area gives the feed's own area to services whose areas cannot be mapped;
 * --extensions writes the fields kept but unused (fees, cost_options, ...) per service.
 * Exit 0: mapped and valid; 1: no feed, unreadable, or a bad option; 2: the result does not
 * validate; 3: nothing could be mapped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { importOpenReferral } from '../../catalogue/import-oruk';
import { formatProblem, validateCatalogue } from '../../catalogue/validate';

const VALUED = ['--out', '--source', '--area', '--extensions', '--now'];
const USAGE = 'usage: npm run catalogue:import -- FEED.json [--out FILE] [--source URL] [--area PLACE] [--extensions FILE] [--now YYYY-MM-DD]';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export function runCatalogueImport(argv: string[], now = new Date()): number {
  const file = argv.find((a, i) => !a.startsWith('--') && !VALUED.includes(argv[i - 1] ?? ''));
  if (!file) {
    console.error(USAGE);
    return 1;
  }
  const nowText = option(argv, '--now');
  const today = nowText ? new Date(`${nowText.slice(0, 10)}T12:00:00Z`) : now;
  if (Number.isNaN(today.getTime())) {
    console.error(`--now ${nowText} is not a date (YYYY-MM-DD)`);
    return 1;
  }
  let feed: unknown;
  try {
    feed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const area = option(argv, '--area');
  const result = importOpenReferral(feed, { now: today, sourceUrl: option(argv, '--source'), defaultArea: area });
  const { catalogue, unmapped, skipped, extensions, shape } = result;
  console.error(`Read ${file} as ${shape.replace(/_/g, ' ')}: mapped ${catalogue.services.length} services, skipped ${skipped.length} records.`);
  for (const line of unmapped) console.error(`  ${skipped.includes(line) ? '' : 'not mapped: '}${line}`);
  if (area && catalogue.services.length === 0 && skipped.some((l) => l.includes('no service area'))) console.error(`  --area "${area}" is not a place we know`);
  if (catalogue.services.length === 0) {
    console.error('Nothing could be mapped: no catalogue written.');
    return 3;
  }
  const json = `${JSON.stringify(catalogue, null, 2)}\n`;
  const out = option(argv, '--out');
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  const extensionsFile = option(argv, '--extensions');
  if (extensionsFile) writeFileSync(extensionsFile, `${JSON.stringify(extensions, null, 2)}\n`);
  const validation = validateCatalogue(catalogue);
  if (!validation.ok) {
    console.error('The mapped catalogue does not validate yet:');
    for (const p of validation.problems) console.error(`  - ${formatProblem(p)}`);
    return 2;
  }
  return 0;
}
