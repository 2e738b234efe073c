/**
 * Every string of every locale, against English: the same placeholders; nothing of i18next's syntax
 * left after rendering with the values the app really passes; the same figures (phone numbers, 999,
 * days); names and glossary terms kept as they are.
 */
import { readdirSync } from 'node:fs';
import { expect } from 'chai';
import { LANGUAGES } from '../../core/languages';
import { readLocale, translatorFor } from '../../i18n';

type Strings = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Strings): Strings {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  return into;
}

/** What the app passes for each placeholder (a realistic value of each kind). */
export const VALUES: Record<string, string | number> = {
  org: 'Hearth Support Line (demo)',
  position: 2,
  phone: '0300 123 4567',
  days: 7,
  hours: 24,
  name: 'Ana',
  text: 'Hello',
  opens: 'Monday 09:00',
  who: 'your mum',
  number: '85258',
  day: 'Monday',
  from: '09:00',
  to: '12:00',
  count: 2,
  topic: 'money',
  topics: 'money, a break',
  language: 'English',
  link: 'http://localhost:3978/plan/x',
  place: 'Southampton',
  service: 'Samaritans',
  age: 15,
  area: 'Southampton',
  council: 'Southampton',
  url: 'https://www.example.org',
  what: 'money',
  label: 'Chat with us',
  date: '30 November 2026',
  district: 'SO15',
  list: 'money, a break',
  reason: 'closed',
  words: 'mum',
  places: 'Wales and Scotland',
  nation: 'Wales',
  reviewBy: '2027-06-01',
  sources: 'gov.uk',
  how: 'call 023 8083 3003 or go to www.southampton.gov.uk',
  script: "I look after my mum and I'd like a benefits check.",
  code: 'XX9',
  councils: 'Southwark, Lewisham',
  others: 'Lewisham',
  example: 'CF1',
};

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
/** The distinct digit runs: "116 123" is 116 and 123 whatever surrounds them. */
const figureSet = (s: string): string[] => [...new Set(s.match(/\d+/g) ?? [])].sort();
/** "24-hour" and "24 hours" may be a word in a translation ("całodobowa"): only other figures must match. */
function figures(s: string, english: string): string[] {
  const all = figureSet(s);
  return /24[- ]hours?/.test(english) ? all.filter((f) => f !== '24') : all;
}

/** Names and terms that stay in English in every language. */
const GLOSSARY = ["Carer's Allowance", 'Macmillan', 'Samaritans', 'Shout', 'SHOUT', 'Childline', 'STOP', 'START'];
/** A name's own form in a language, where the organisation uses one (Samaritans is "Samariaid" in Welsh). */
const OWN_NAME: Partial<Record<string, Record<string, string>>> = { cy: { Samaritans: 'Samariaid' } };

const FILES = readdirSync(new URL('../../locales/en/', import.meta.url)).filter((f) => f.endsWith('.json'));
const english = flatten(readLocale('en'), '', new Map());

describe('locales: every string against English', () => {
  for (const lng of LANGUAGES.filter((l) => l !== 'en')) {
    const strings = flatten(readLocale(lng), '', new Map());

    it(`${lng}: placeholders equal English's`, () => {
      const wrong = [...strings].filter(([key, s]) => english.has(key) && placeholders(s).join() !== placeholders(english.get(key)!).join()).map(([k]) => k);
      expect(wrong).to.deep.equal([]);
    });

    it(`${lng}: figures (phone numbers, 999, days) equal English's`, () => {
      const wrong = [...strings]
        .filter(([key, s]) => english.has(key) && figures(s, english.get(key)!).join() !== figures(english.get(key)!, english.get(key)!).join())
        .map(([k]) => k);
      expect(wrong).to.deep.equal([]);
    });

    it(`${lng}: names and glossary terms kept`, () => {
      const wrong: string[] = [];
      for (const [key, s] of strings) {
        const en = english.get(key);
        for (const term of GLOSSARY) {
          const own = OWN_NAME[lng]?.[term];
          if (en?.includes(term) && !s.includes(term) && !(own && s.includes(own))) wrong.push(`${key}: ${term}`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });
  }

  for (const lng of LANGUAGES) {
    it(`${lng}: no placeholder or nesting reaches a person when rendered with the app's values`, () => {
      const t = translatorFor(lng);
      const left: string[] = [];
      for (const key of english.keys()) {
        const unknown = placeholders(english.get(key)!).filter((p) => !(p in VALUES));
        expect(unknown, `${key}: a placeholder the test has no value for`).to.deep.equal([]);
        const out = String(t(key, VALUES));
        if (/\{\{|\}\}|\$t\(/.test(out)) left.push(`${key}: ${out}`);
      }
      expect(left).to.deep.equal([]);
    });
  }

  it('covers every file of locales/en', () => expect(FILES.length).to.be.greaterThan(4));
});
