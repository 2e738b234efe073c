/**
 * npm run knowledge:check [-- --now YYYY-MM-DD]
 * Checks the knowledge cards on today's date (or the one given): exit 1 on a card past its
 * review-by date, figures of an earlier tax year, a missing source, a {{placeholder}} without a
 * figure, an unknown service, or a translation whose figures, numbers or names differ from
 * English. Run by hand and before a release, never by npm test or .ci/run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadCatalogue } from '../catalogue/load';
import { KNOWLEDGE_DIR, TEXT_LANGUAGES, type TextLanguage } from '../knowledge';
import { checkKnowledge, formatCheck } from './lib/knowledgeCheck';

function main(argv: string[]): number {
  const at = argv.indexOf('--now');
  const now = at >= 0 ? new Date(argv[at + 1] ?? '') : new Date();
  if (Number.isNaN(now.getTime())) {
    console.error('--now needs a date, e.g. --now 2027-04-06');
    return 2;
  }
  const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, KNOWLEDGE_DIR), 'utf8'));
  const texts: Partial<Record<TextLanguage, unknown>> = {};
  for (const lng of TEXT_LANGUAGES) if (existsSync(new URL(`text/${lng}.json`, KNOWLEDGE_DIR))) texts[lng] = read(`text/${lng}.json`);
  const serviceIds = new Set(loadCatalogue().services.map((s) => s.id));
  const result = checkKnowledge(read('cards.json'), texts, serviceIds, now);
  console.log(formatCheck(result, now));
  return result.problems.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
