/**
 * i18next for every language at once. Each turn takes its own fixed `t` for the
 * conversation's language (getFixedT); the global language is never changed,
 * because many conversations run at the same time.
 *
 * locales/<lng>/<file>.json: each file becomes a top-level key, so
 * locales/en/welcome.json {"greeting": "..."} is t('welcome.greeting').
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { LANGUAGES, RTL_LANGUAGES, type LanguageCode } from '../core/languages';

export type Translate = TFunction;
export type Resources = Record<string, Record<string, unknown>>;

const LOCALES_DIR = new URL('../locales/', import.meta.url);

/** Reads locales/<lng>/*.json for one language into one namespace object. */
export function readLocale(lng: string, dir: URL = LOCALES_DIR): Record<string, unknown> {
  const folder = new URL(`${lng}/`, dir);
  if (!existsSync(folder)) return {};
  const resources: Record<string, unknown> = {};
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    resources[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
  }
  return resources;
}

export function createI18n(dir: URL = LOCALES_DIR): i18n {
  const instance = i18next.createInstance();
  const resources: Record<string, { translation: Record<string, unknown> }> = {};
  for (const lng of LANGUAGES) resources[lng] = { translation: readLocale(lng, dir) };
  void instance.init({
    initAsync: false,
    resources,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  return instance;
}

let shared: i18n | undefined;

/** One translator per turn for the conversation's language. */
export function translatorFor(lng: LanguageCode, instance: i18n = (shared ??= createI18n())): Translate {
  return instance.getFixedT(lng);
}

export function isRightToLeft(lng: LanguageCode): boolean {
  return RTL_LANGUAGES.has(lng);
}
