/**
 * Every language folder under locales/ has every English key with the same
 * {{placeholders}}, and each turn's translator is its own (no global language).
 */
import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import i18next from 'i18next';
import { createI18n, isRightToLeft, LOCALES as LOCALE_CODES, readLocale, ROMAN_URDU, translatorFor } from '../../i18n';
import { LANGUAGES, type LanguageCode } from '../../core/languages';

const LOCALES = new URL('../../locales/', import.meta.url);
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Nested resources as dotted keys: {"welcome": {"hello": "Hi"}} -> {"welcome.hello": "Hi"}. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** The distinct {{names}} a text uses (a translation may repeat one where its grammar needs it). */
function placeholders(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return [...new Set([...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1]!))].sort();
}

function keysOf(lng: string): Map<string, unknown> {
  return flatten(readLocale(lng, LOCALES));
}

/** The keys a language needs for one English key: plural keys need every plural form of that language. */
function requiredKeys(enKey: string, lng: string): string[] {
  const plural = PLURAL_SUFFIX.exec(enKey);
  if (!plural) return [enKey];
  const base = enKey.slice(0, plural.index);
  return new Intl.PluralRules(lng).resolvedOptions().pluralCategories.map((category) => `${base}_${category}`);
}

type Texts = Map<string, unknown>;

function missingKeys(english: Texts, translated: Texts, lng: string): string[] {
  const required = new Set([...english.keys()].flatMap((key) => requiredKeys(key, lng)));
  return [...required].filter((key) => !translated.has(key));
}

/** A key without its plural suffix: the forms of one plural share their placeholders. */
const family = (key: string) => key.replace(PLURAL_SUFFIX, '');

function unknownKeys(english: Texts, translated: Texts): string[] {
  const englishFamilies = new Set([...english.keys()].map(family));
  return [...translated.keys()].filter((key) => !englishFamilies.has(family(key)));
}

/** Placeholders per key (per plural family: "One item" may leave out the {{count}} of "{{count}} items"). */
function placeholdersByFamily(texts: Texts): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of texts) out.set(family(key), [...new Set([...(out.get(family(key)) ?? []), ...placeholders(value)])].sort());
  return out;
}

function placeholderMismatches(english: Texts, translated: Texts): Array<{ key: string; en: string[]; translated: string[] }> {
  const theirs = placeholdersByFamily(translated);
  return [...placeholdersByFamily(english)]
    .filter(([key]) => theirs.has(key))
    .map(([key, en]) => ({ key, en, translated: theirs.get(key)! }))
    .filter((row) => JSON.stringify(row.en) !== JSON.stringify(row.translated));
}

const folders = readdirSync(LOCALES, { withFileTypes: true })
  // locales/backtranslations/ holds English written back from each translation (scripts/locales-stale.ts), not a language.
  .filter((d) => d.isDirectory() && d.name !== 'backtranslations')
  .map((d) => d.name)
  .sort();
const others = folders.filter((lng) => lng !== 'en');
/** Roman Urdu is written file by file: what it lacks falls back to English (locales/STATUS.md). */
const PARTIAL: ReadonlySet<string> = new Set([ROMAN_URDU]);
const english = keysOf('en');

describe('locale checks (on fixtures, so they are known to catch mistakes)', () => {
  const en: Texts = new Map<string, unknown>([
    ['common.hello', 'Hello {{name}} from {{org}}'],
    ['common.bye', 'Bye'],
    ['common.items_one', 'One item'],
    ['common.items_other', '{{count}} items'],
  ]);

  it('finds a missing key, and every plural form the language needs', () => {
    const pl: Texts = new Map<string, unknown>([
      ['common.hello', 'Cześć {{name}} z {{org}}'],
      ['common.items_one', 'Jedna rzecz'],
      ['common.items_other', '{{count}} rzeczy'],
    ]);
    expect(missingKeys(en, pl, 'pl')).to.have.members(['common.bye', 'common.items_few', 'common.items_many']);
    expect(missingKeys(en, new Map([...en]), 'en')).to.deep.equal([]);
  });

  it('finds a key English does not have, but not a plural form of one it has', () => {
    const cy: Texts = new Map<string, unknown>([...en, ['common.helo', 'Helo'], ['common.items_two', 'Dau']]);
    expect(unknownKeys(en, cy)).to.deep.equal(['common.helo']);
  });

  it('finds a renamed or dropped placeholder, not a repeated one', () => {
    const es: Texts = new Map<string, unknown>([
      ['common.hello', 'Hola {{nombre}} de {{org}}'],
      ['common.bye', 'Adiós {{name}}'],
      ['common.items_one', 'Un elemento'],
      ['common.items_other', '{{count}} elementos ({{count}})'],
    ]);
    expect(placeholderMismatches(en, es).map((m) => m.key)).to.deep.equal(['common.hello', 'common.bye']);
  });
});

describe('locales', () => {
  it('has English, and only folders for languages the bot speaks', () => {
    expect(folders).to.include('en');
    for (const lng of folders) expect(LOCALE_CODES as readonly string[], `locales/${lng}`).to.include(lng);
  });

  it('has English text for every key', () => {
    expect(english.size).to.be.greaterThan(50);
    for (const [key, value] of english) {
      expect(value, key).to.be.a('string');
      expect((value as string).trim(), key).not.to.equal('');
    }
  });

  for (const lng of folders) {
    it(`${lng}: every file is valid JSON with the same files as English`, () => {
      const files = readdirSync(new URL(`${lng}/`, LOCALES))
        .filter((f) => f.endsWith('.json'))
        .sort();
      for (const file of files) {
        const text = readFileSync(new URL(`${lng}/${file}`, LOCALES), 'utf8');
        expect(() => JSON.parse(text), `locales/${lng}/${file}`).not.to.throw();
      }
      const englishFiles = readdirSync(new URL('en/', LOCALES))
        .filter((f) => f.endsWith('.json'))
        .sort();
      if (PARTIAL.has(lng)) expect(englishFiles).to.include.members(files);
      else expect(files).to.deep.equal(englishFiles);
    });
  }

  for (const lng of others) {
    describe(lng, () => {
      const translated = keysOf(lng);

      it('has every English key', () => {
        // A partial locale needs every key of each file it has.
        const files = new Set([...translated.keys()].map((key) => key.split('.')[0]));
        const needed = PARTIAL.has(lng) ? new Map([...english].filter(([key]) => files.has(key.split('.')[0]))) : english;
        expect(missingKeys(needed, translated, lng), `missing in locales/${lng}`).to.deep.equal([]);
      });

      it('has no key that English does not have (a typo hides a translation)', () => {
        expect(unknownKeys(english, translated), `unknown in locales/${lng}`).to.deep.equal([]);
      });

      it('has a non-empty text for every key', () => {
        const empty = [...translated].filter(([, value]) => typeof value !== 'string' || !value.trim()).map(([key]) => key);
        expect(empty, `empty in locales/${lng}`).to.deep.equal([]);
      });

      it('keeps the {{placeholders}} of English', () => {
        expect(placeholderMismatches(english, translated), `placeholders in locales/${lng}`).to.deep.equal([]);
      });
    });
  }
});

describe('translatorFor', () => {
  const WELCOME_KEY = 'common.welcome.hello';

  it('answers in Welsh from locales/cy', function () {
    const welsh = keysOf('cy').get(WELCOME_KEY);
    if (welsh === undefined) this.skip(); // no Welsh text yet: the key test above fails instead
    const t = translatorFor('cy');
    expect(t(WELCOME_KEY)).to.equal(welsh);
    expect(t(WELCOME_KEY)).not.to.equal(translatorFor('en')(WELCOME_KEY));
  });

  it('fills placeholders itself exactly as i18next does, for every wording of every language', () => {
    const instance = createI18n();
    for (const lng of LOCALE_CODES) {
      const own = keysOf(lng);
      const t = translatorFor(lng, instance);
      const i18nextT = instance.getFixedT(lng);
      for (const key of new Set([...english.keys(), ...own.keys()])) {
        const names = placeholders(own.get(key) ?? english.get(key));
        // Values a template must never re-read: String.replace's $&, another placeholder, nesting.
        const all = Object.fromEntries(names.map((name, i) => [name, i % 2 ? i : `«${name} $& {{x}} $t(common.welcome.hello)»`]));
        const cases = [all, { ...all, unused: 'extra' }, Object.fromEntries(Object.entries(all).slice(1)), { ...all, count: 2 }, { ...all, lng: 'en' }];
        for (const options of cases) expect(t(key, options), `${lng} ${key} ${JSON.stringify(options)}`).to.equal(i18nextT(key, options));
      }
    }
  });

  it('fills placeholders in every language', () => {
    const key = [...english].find(([, value]) => placeholders(value).includes('org'))?.[0];
    expect(key, 'an English text with {{org}}').to.be.a('string');
    for (const lng of folders as LanguageCode[]) {
      const text = translatorFor(lng)(key!, { org: 'Hearth Test Line' });
      expect(text, lng).to.include('Hearth Test Line');
      expect(text, lng).not.to.include('{{');
    }
  });

  describe('with fixture locales', () => {
    let dir: string;
    let instance: ReturnType<typeof createI18n>;

    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'locales-'));
      const write = (lng: string, content: object) => {
        mkdirSync(join(dir, lng));
        writeFileSync(join(dir, lng, 'common.json'), JSON.stringify(content));
      };
      write('en', { greeting: 'Hello {{name}}', onlyEnglish: 'Only in English' });
      write('cy', { greeting: 'Helo {{name}}' });
      write('pl', { greeting: 'Cześć {{name}}' });
      instance = createI18n(pathToFileURL(`${dir}/`));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('falls back to English for a key the language lacks', () => {
      expect(translatorFor('cy', instance)('common.onlyEnglish')).to.equal('Only in English');
    });

    it('falls back to English for a language with no folder', () => {
      expect(translatorFor('zh', instance)('common.greeting', { name: 'Ann' })).to.equal('Hello Ann');
    });

    it('keeps translators apart: two languages at once never interfere', async () => {
      const cy = translatorFor('cy', instance);
      const pl = translatorFor('pl', instance);
      const en = translatorFor('en', instance);
      // Interleave calls across turns that are awaiting at the same time.
      const turn = async (t: typeof cy, expected: string) => {
        const seen: string[] = [];
        for (let i = 0; i < 5; i++) {
          seen.push(t('common.greeting', { name: `${i}` }));
          await new Promise((resolve) => setImmediate(resolve));
        }
        expect(seen).to.deep.equal([0, 1, 2, 3, 4].map((i) => `${expected} ${i}`));
      };
      await Promise.all([turn(cy, 'Helo'), turn(pl, 'Cześć'), turn(en, 'Hello'), turn(cy, 'Helo')]);
      expect(instance.language, 'the instance language never changes').to.equal('en');
    });

    it('never changes the global i18next language', () => {
      const before = i18next.language;
      translatorFor('cy', instance)('common.greeting');
      translatorFor('cy')('common.welcome.hello');
      expect(i18next.language).to.equal(before);
    });

    it('gives each language one translator, which picks up wording added later', () => {
      const t = translatorFor('pl', instance);
      expect(translatorFor('pl', instance)).to.equal(t);
      expect(t('common.onlyEnglish')).to.equal('Only in English');
      instance.addResource('pl', 'translation', 'common.onlyEnglish', 'Tylko po angielsku');
      expect(t('common.onlyEnglish')).to.equal('Tylko po angielsku');
      expect(t('common.greeting', { name: 'Ola' })).to.equal('Cześć Ola');
    });
  });

  it('knows which languages are written right to left', () => {
    const rtl = LANGUAGES.filter((lng) => isRightToLeft(lng));
    expect(rtl).to.have.members(['ar', 'ur']);
  });
});
