/**
 * Prints the translations whose English changed since their back-translation was made (stale), the
 * back-translations of keys English no longer has, and how much of each language is back-translated.
 * Exit status 1 when anything is stale or orphaned. Usage: npx tsx scripts/locales-stale.ts
 */
import { checkBackTranslations } from './lib/backTranslations';

const report = checkBackTranslations();
for (const line of report.stale) process.stdout.write(`stale: ${line}\n`);
for (const line of report.orphaned) process.stdout.write(`orphaned: ${line}\n`);
for (const [lng, { done, of }] of Object.entries(report.coverage)) process.stdout.write(`${lng}: ${done} of ${of} strings back-translated\n`);
process.exitCode = report.stale.length || report.orphaned.length ? 1 : 0;
