/**
 * i18next for every language at once. Each turn takes the fixed `t` of the
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

/**
 * Urdu written in Latin letters (Roman Urdu), a script kept with the language `ur`: its own
 * folder, locales/ur-Latn/. What it does not have yet falls back to English, never to Urdu script,
 * which a Roman Urdu reader may not read (locales/STATUS.md).
 */
export const ROMAN_URDU = 'ur-Latn';
export type LocaleCode = LanguageCode | typeof ROMAN_URDU;
export const LOCALES: readonly LocaleCode[] = [...LANGUAGES, ROMAN_URDU];

/** The wording folder for a language and its script. */
export function localeFor(language: LanguageCode, script?: 'Latn'): LocaleCode {
  return language === 'ur' && script === 'Latn' ? ROMAN_URDU : language;
}
export type Resources = Record<string, Record<string, unknown>>;

const LOCALES_DIR = new URL('../locales/', import.meta.url);

/** Reads locales/<lng>/*.json for one language into one namespace object. */
export function readLocale(lng: string, dir: URL = LOCALES_DIR): Record<string, unknown> {
  const folder = new URL(`${lng}/`, dir);
  if (!existsSync(folder)) return {};
  const resources: Record<string, unknown> = {};
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    resources[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
  }
  return resources;
}

export function createI18n(dir: URL = LOCALES_DIR): i18n {
  const instance = i18next.createInstance();
  const resources: Record<string, { translation: Record<string, unknown> }> = {};
  for (const lng of LOCALES) resources[lng] = { translation: readLocale(lng, dir) };
  void instance.init({
    initAsync: false,
    resources,
    lng: 'en',
    // ur-Latn falls back to English, not to ur (Urdu script): only the code asked for, then English.
    fallbackLng: 'en',
    load: 'currentOnly',
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  return instance;
}

let shared: i18n | undefined;

/** instance -> language -> its translator, made from the instance's getFixedT of that moment. */
const translators = new WeakMap<i18n, { from: i18n['getFixedT']; byLanguage: Map<LocaleCode, Translate> }>();

/** Options i18next reads itself: a call with any of them always goes to i18next. */
const I18NEXT_OPTIONS = new Set([
  'count',
  'context',
  'ordinal',
  'defaultValue',
  'lng',
  'lngs',
  'fallbackLng',
  'ns',
  'keySeparator',
  'nsSeparator',
  'keyPrefix',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'skipInterpolation',
  'replace',
]);

/** A wording split at its placeholders: texts[0] name[0] texts[1] … name[n-1] texts[n]; each placeholder as written. */
interface Template {
  texts: string[];
  names: string[];
  written: string[];
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_]\w*)\s*\}\}/g;

/**
 * The wording of `key` split at its simple placeholders, or null when only i18next should fill it:
 * missing in the language and in English, nesting (`$t(`), a formatted or unescaped placeholder.
 */
function templateOf(instance: i18n, lng: LocaleCode, key: string): Template | null {
  let raw = instance.getResource(lng, 'translation', key) as unknown;
  if (typeof raw !== 'string' && lng !== 'en') raw = instance.getResource('en', 'translation', key) as unknown;
  if (typeof raw !== 'string' || raw.includes('$t(')) return null;
  const texts: string[] = [];
  const names: string[] = [];
  const written: string[] = [];
  let from = 0;
  for (const match of raw.matchAll(PLACEHOLDER)) {
    texts.push(raw.slice(from, match.index));
    names.push(match[1]!);
    written.push(match[0]);
    from = match.index + match[0].length;
  }
  texts.push(raw.slice(from));
  return texts.some((text) => text.includes('{{')) ? null : { texts, names, written };
}

/** i18next's interpolation of plain string and number values (a missing one stays as written), or undefined to ask i18next. */
function fill(template: Template, options: Record<string, unknown>): string | undefined {
  for (const name in options) {
    const value = options[name];
    if (I18NEXT_OPTIONS.has(name) || name.startsWith('defaultValue') || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  }
  let out = template.texts[0]!;
  for (let i = 0; i < template.names.length; i++) {
    const value = options[template.names[i]!];
    out += (value === undefined ? template.written[i]! : String(value)) + template.texts[i + 1]!;
  }
  return out;
}

/**
 * A fixed `t` for one language that remembers its plain lookups (`t(key)`, no options: about
 * nine in ten calls of a turn), so each wording is resolved once per process instead of on
 * every turn, and fills simple placeholders itself (`t(key, { org, who })` with string or
 * number values) from the wording split once, as i18next would (test/i18n/locales.test.ts holds
 * the two to the same output for every wording of every language). Anything else (plurals,
 * nesting, formats, i18next's own options) goes to i18next every time. Resources are loaded
 * once at start; should any be added, the remembered wordings are dropped.
 */
function rememberingTranslator(instance: i18n, lng: LocaleCode): Translate {
  const fixed = instance.getFixedT(lng) as unknown as (...args: unknown[]) => unknown;
  const plain = new Map<string, string>();
  const templates = new Map<string, Template | null>();
  const forget = () => (plain.clear(), templates.clear());
  instance.store.on('added', forget);
  instance.store.on('removed', forget);
  const translate = (...args: unknown[]): unknown => {
    const key = args[0];
    if (typeof key !== 'string') return fixed(...args);
    if (args.length === 2 && typeof args[1] === 'object' && args[1] !== null) {
      let template = templates.get(key);
      if (template === undefined) templates.set(key, (template = templateOf(instance, lng, key)));
      const text = template && fill(template, args[1] as Record<string, unknown>);
      return text ?? fixed(...args);
    }
    if (args.length !== 1) return fixed(...args);
    let text = plain.get(key);
    if (text === undefined) {
      const value = fixed(key);
      if (typeof value !== 'string') return value;
      plain.set(key, (text = value));
    }
    return text;
  };
  return translate as unknown as Translate;
}

/**
 * The translator for the conversation's language: one per language, safe to share between turns.
 * Made anew if the instance's getFixedT is replaced (the fail-safe tests make it throw).
 */
export function translatorFor(lng: LocaleCode, instance: i18n = (shared ??= createI18n())): Translate {
  let made = translators.get(instance);
  if (made?.from !== instance.getFixedT) translators.set(instance, (made = { from: instance.getFixedT, byLanguage: new Map() }));
  let t = made.byLanguage.get(lng);
  if (!t) made.byLanguage.set(lng, (t = rememberingTranslator(instance, lng)));
  return t;
}

export function isRightToLeft(lng: LanguageCode): boolean {
  return RTL_LANGUAGES.has(lng);
}
