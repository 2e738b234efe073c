/**
 * npm run catalogue:import -- FEED.json [--out FILE] [--source URL] [--area PLACE] [--extensions FILE] [--now YYYY-MM-DD]
 * Maps an Open Referral feed into our catalogue shape (scripts/lib/catalogueImport.ts says how
 * and what the exit codes mean).
 */
import { runCatalogueImport } from './lib/catalogueImport';

export const main = runCatalogueImport;

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
