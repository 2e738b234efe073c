/**
 * npm run local-help:build -- LOCAL_AUTHORITIES_CSV [--codes MYSOCIETY_CSV] [--out data/local-help/councils.json] [--date YYYY-MM-DD]
 * Refreshes the council register in data/local-help/councils.json from GOV.UK Local Links
 * Manager's local-authorities.csv (see data/local-help/README.md), keeping curated routes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CouncilRecord } from '../catalogue/localHelpData';
import { currentCodes, mergeRegister, readRegister, recode } from './lib/localHelp/register';

/** mySociety's table, kept by the geography build (data/geography/README.md). */
const DEFAULT_CODES = fileURLToPath(new URL('../data/geography/source/mysociety-uk-local-authorities.csv', import.meta.url));
const DEFAULT_OUT = fileURLToPath(new URL('../data/local-help/councils.json', import.meta.url));

export function main(argv: string[], today = new Date()): number {
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const input = argv.find((a, i) => !a.startsWith('--') && !['--out', '--date', '--codes'].includes(argv[i - 1] ?? ''));
  if (!input) {
    console.error('usage: npm run local-help:build -- LOCAL_AUTHORITIES_CSV [--codes MYSOCIETY_CSV] [--out FILE] [--date YYYY-MM-DD]');
    return 1;
  }
  const out = option('--out') ?? DEFAULT_OUT;
  let existing: { _comment?: string; councils: Record<string, CouncilRecord> } = { councils: {} };
  try {
    existing = JSON.parse(readFileSync(out, 'utf8')) as typeof existing;
  } catch {
    // First build: nothing to keep.
  }
  const codes = option('--codes') ?? DEFAULT_CODES;
  const rows = recode(readRegister(readFileSync(input, 'utf8')), currentCodes(readFileSync(codes, 'utf8')));
  if (rows.length === 0) {
    console.error(`${input}: no adult social care councils found (is it local-authorities.csv?)`);
    return 1;
  }
  const result = mergeRegister(existing.councils, rows);
  const version = option('--date') ?? today.toISOString().slice(0, 10);
  const file = { ...(existing._comment ? { _comment: existing._comment } : {}), version, councils: result.councils };
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`${out}: ${Object.keys(result.councils).length} councils (${rows.length} from the register, ${result.added.length} new)`);
  if (result.missing.length > 0) console.log(`No longer in the register (kept, please review): ${result.missing.join(', ')}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
