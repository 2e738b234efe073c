/**
 * `npm run geography:build`: rebuilds data/geography/{councils,districts,places}.json from the
 * committed sources in data/geography/source/ (no network). `-- --check` exits 1 when the
 * shipped tables are not what the sources give; `-- --collisions` lists names claimed twice.
 */
import { fileURLToPath } from 'node:url';
import { buildGeography, writeGeography } from './lib/geography/build';

const GEOGRAPHY_DIR = fileURLToPath(new URL('../data/geography/', import.meta.url));

export function main(argv: string[]): number {
  const check = argv.includes('--check');
  const build = buildGeography(`${GEOGRAPHY_DIR}source`);
  for (const line of build.summary) console.error(line);
  if (argv.includes('--collisions')) for (const c of build.collisions) console.error(`  ${c}`);
  const stale = writeGeography(GEOGRAPHY_DIR, build, check);
  if (check && stale.length > 0) {
    console.error(`not what npm run geography:build makes: ${stale.join(', ')} (run it and commit the result)`);
    return 1;
  }
  console.error(check ? 'data/geography tables match their sources' : `written: ${stale.length > 0 ? stale.join(', ') : 'nothing changed'}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
