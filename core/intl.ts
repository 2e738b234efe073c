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
