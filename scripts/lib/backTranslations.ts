/**
 * Back-translations: for each locale file, English written back from the translation (by a person or a
 * reviewer), with a hash of the English string it was made from. When the English changes, the hash no
 * longer matches and the translation is listed as stale. Stored in locales/backtranslations/<lng>/<file>.json:
 * {"<key>": {"en": "<hash>", "back": "<English written back from the translation>"}}.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface BackTranslation {
  /** englishHash() of the English string the back-translation was made from. */
  en: string;
  back: string;
}

export interface BackTranslationReport {
  /** lng/file: key — the English changed since the back-translation was made. */
  stale: string[];
  /** lng/file: key — a back-translation for a key English no longer has. */
  orphaned: string[];
  /** Per language: keys with a back-translation, and keys translated. */
  coverage: Record<string, { done: number; of: number }>;
}

const LOCALES = new URL('../../locales/', import.meta.url);

/** The first 12 hex digits of SHA-256 of the English text: enough to notice a change. */
export function englishHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

function flatten(value: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  return into;
}

const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));
const jsonFiles = (url: URL): string[] => (existsSync(url) ? readdirSync(url).filter((f) => f.endsWith('.json')) : []);

export function checkBackTranslations(locales: URL = LOCALES): BackTranslationReport {
  const report: BackTranslationReport = { stale: [], orphaned: [], coverage: {} };
  const languages = readdirSync(locales, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'en' && d.name !== 'backtranslations')
    .map((d) => d.name)
    .sort();
  for (const lng of languages) {
    const coverage = (report.coverage[lng] = { done: 0, of: 0 });
    for (const file of jsonFiles(new URL(`${lng}/`, locales))) {
      const english = flatten(readJson(new URL(`en/${file}`, locales)));
      const translated = flatten(readJson(new URL(`${lng}/${file}`, locales)));
      const backUrl = new URL(`backtranslations/${lng}/${file}`, locales);
      const back = existsSync(backUrl) ? (readJson(backUrl) as Record<string, BackTranslation>) : {};
      coverage.of += translated.size;
      for (const [key, entry] of Object.entries(back)) {
        const en = english.get(key);
        if (en === undefined || !translated.has(key)) report.orphaned.push(`${lng}/${file}: ${key}`);
        else if (entry.en !== englishHash(en)) report.stale.push(`${lng}/${file}: ${key}`);
        else coverage.done++;
      }
    }
  }
  return report;
}
