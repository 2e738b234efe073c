/**
 * Intl formatters, built once per locale and options: building one reads ICU data (35-120 µs
 * each on this machine) and a built one never changes, so a reply that names languages or
 * dates for every service it lists asks for the same few again and again.
 */
const formatters = new Map<string, Intl.DisplayNames | Intl.DateTimeFormat | Intl.ListFormat>();

function once<T extends Intl.DisplayNames | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** `new Intl.DisplayNames(locales, { type: 'language' })`, kept. */
export function languageDisplayNames(locales: readonly string[]): Intl.DisplayNames {
  return once(JSON.stringify(['names', locales]), () => new Intl.DisplayNames([...locales], { type: 'language' }));
}

/** `new Intl.DateTimeFormat(locale, options)`, kept. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once(JSON.stringify(['date', locale, options]), () => new Intl.DateTimeFormat(locale, options));
}

/** `new Intl.ListFormat(locale, { type: 'conjunction' })`, kept. */
export function conjunctionList(locale: string): Intl.ListFormat {
  return once(JSON.stringify(['and', locale]), () => new Intl.ListFormat(locale, { type: 'conjunction' }));
}

/**
 * Welsh "and" before the next word: ICU's Welsh list pattern writes "a(c)", leaving the choice to the reader (and Web
 * Chat's markdown turns "(c)" into ©). "a'r" for the article ("a'r Alban"), "ac" before a vowel, otherwise "a" with
 * the aspirate mutation it causes ("a Chymru", "a Phowys", "a Thorfaen").
 */
function welshAnd(next: string): string {
  const article = /^(?:yr|y) (\S.*)$/iu.exec(next);
  if (article) return `a'r ${article[1]}`;
  if (/^[aeiouwyâêîôûŵŷáéíóúàèìòùäëïöü]/iu.test(next)) return `ac ${next}`;
  const mutated = /^([cpt])(?!h)/iu.exec(next);
  return mutated ? `a ${mutated[1]}h${next.slice(1)}` : `a ${next}`;
}

/** A list joined with the locale's "and" ("England, Wales and Scotland"), Welsh's "a/ac/a'r" chosen for the word after it. */
export function andList(locale: string, items: readonly string[]): string {
  const joined = conjunctionList(locale).format(items);
  if (!locale.toLowerCase().startsWith('cy')) return joined;
  const last = items.at(-1);
  const marker = ` a(c) ${last}`;
  return last !== undefined && joined.endsWith(marker) ? `${joined.slice(0, -marker.length)} ${welshAnd(last)}` : joined;
}

const languageNames = new Map<string, string>();

/** The name of a language code in `locales` (as languageDisplayNames(locales).of(code), remembered); throws on a malformed code as it does. */
export function languageName(locales: readonly string[], code: string): string | undefined {
  const key = `${locales.join(',')}|${code}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    name = languageDisplayNames(locales).of(code);
    if (name === undefined) return undefined;
    languageNames.set(key, name);
  }
  return name;
}
