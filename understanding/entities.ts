/**
 * Facts the dialogs reuse: postcode district (never the full postcode), the writer's
 * age, who they care for (several allowed), whether that person has died, and a lone
 * digit reply for numbered menus.
 */
import { readFileSync } from 'node:fs';
import type { CaredForEntity, Entities, PostcodeEntity } from './types';
import type { LanguageCode } from '../core/languages';
import { createLexicon, matchLexicon } from './lexicon';
import { asciiDigit } from './match-text';
import { caredForOf, findPeople } from './caredFor';
import { findFeeling } from './feelings';
import { findWorkStatus } from './workStatus';

interface RelationFile {
  bereaved: string[];
  notYetBereaved?: string[];
}
const DATA = JSON.parse(readFileSync(new URL('../data/understanding/relations.json', import.meta.url), 'utf8')) as RelationFile;

/** All UK postcode areas: a district is only believed when its letters are a real area. */
const POSTCODE_AREAS = new Set(
  'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'.split(
    ' ',
  ),
);

const FULL_POSTCODE = /(?<![A-Za-z0-9])([A-Za-z]{1,2})([0-9][A-Za-z0-9]?) ?([0-9][A-Za-z]{2})(?![A-Za-z0-9])/g;
const DISTRICT = /(?<![A-Za-z0-9])([A-Za-z]{1,2})([0-9][A-Za-z0-9]?)(?![A-Za-z0-9])/g;
/** Words that make a bare district believable ("near BH1", "my postcode is cf10"). */
const DISTRICT_CUE =
  /\b(post ?code|postcode|near|in|around|at|from|live|living|area|nr|cod|codigo|código|kod)\b[^A-Za-z0-9]*(?:is|yw|e|es|é|to)?[^A-Za-z0-9]*$/i;

/** A district's second character is a digit or one of these letters (SW1A, W1K): never O, I or L, which are slips for 0 and 1. */
const SLIP_DIGIT: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

function asDistrict(area: string, district: string): { area: string; district: string } | undefined {
  const upperArea = area.toUpperCase();
  if (!POSTCODE_AREAS.has(upperArea)) return undefined;
  const upper = district.toUpperCase();
  const fixed = upper[0]! + (upper[1] ? (SLIP_DIGIT[upper[1]] ?? upper[1]) : '');
  return { area: upperArea, district: upperArea + fixed };
}

/**
 * A full postcode typed with a digit for a letter or a letter for a digit ("S014 7DU", "0L1 1UT",
 * "CF1O 3NQ"): read only where each character's place in a postcode says which it must be, and only
 * when the letters then make a real area.
 */
const SLIPPED_POSTCODE = /(?<![A-Za-z0-9])([A-Za-z015]{1,2})([0-9OoIl][A-Za-z0-9]?) ?([0-9OoIl][A-Za-z]{2})(?![A-Za-z0-9])/g;
const SLIP_LETTER: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '5': 'S' };

function slippedPostcode(text: string): PostcodeEntity | undefined {
  for (const match of text.matchAll(SLIPPED_POSTCODE)) {
    // Two digits at least, as a postcode has: "so ill", "all old" are words.
    if ((match[0].match(/\d/g)?.length ?? 0) < 2) continue;
    const area = [...match[1]!.toUpperCase()].map((ch) => SLIP_LETTER[ch] ?? ch).join('');
    const first = match[2]!.toUpperCase();
    const digit = SLIP_DIGIT[first[0]!] ?? first[0]!;
    const found = /^\d$/.test(digit) ? asDistrict(area, digit + first.slice(1)) : undefined;
    if (found) return { ...found, wasFull: true };
  }
  return undefined;
}

/** Letters of the scripts the bot reads besides Latin: Arabic, Gurmukhi, Gujarati, Bengali, Han. */
const OTHER_SCRIPT = /[\u0600-\u06FF\u0980-\u09FF\u0A00-\u0A7F\u0A80-\u0AFF\u4E00-\u9FFF]/u;

export function findPostcode(text: string): PostcodeEntity | undefined {
  for (const match of text.matchAll(FULL_POSTCODE)) {
    const found = asDistrict(match[1]!, match[2]!);
    if (found) return { ...found, wasFull: true };
  }
  const slipped = slippedPostcode(text);
  if (slipped) return slipped;
  const shortMessage = text.trim().split(/\s+/).length <= 3;
  for (const match of text.matchAll(DISTRICT)) {
    const found = asDistrict(match[1]!, match[2]!);
    if (!found) continue;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const looksLikeCode = match[0] === match[0].toUpperCase() && /[A-Z]/.test(match[0]);
    // In a message written in another script ("ਮੈਂ ਸਾਊਥਾਲ ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ UB1"), a code in capitals can only be a postcode.
    const amongOtherScript = looksLikeCode && OTHER_SCRIPT.test(text);
    // A code in capitals right after "in" in another language ("w", "en", "em", "în", "yn") or after a place and a comma ("Londynie, E8").
    const cuedJustBefore = looksLikeCode && /(?:^|[\s,])(?:w|we|en|em|în|in|yn|ym|yng|na|no)\s*$|,\s*$/iu.test(before);
    if (shortMessage || amongOtherScript || cuedJustBefore || DISTRICT_CUE.test(before) || (looksLikeCode && /\b(near|in|around|postcode)\b/i.test(before)))
      return { ...found, wasFull: false };
  }
  return undefined;
}

/** The writer's own age, in every language's usual way of saying it. */
const AGE_PATTERNS: RegExp[] = [
  /\b(?:i['’]?m|i am)\s+(?:only\s+|just\s+|aged\s+)?(\d{1,3})(?!\s*(?:%|kg|weeks|days|months|hours|mins|minutes|am|pm|times|miles))\b/i,
  /\bi(?:'|’)?m\s+aged\s+(\d{1,3})\b/i,
  /^\s*(\d{1,2})\s*(?:yo|y\/o|years? old|yrs? old)\b/i,
  /\b(?:dw i(?:'|’)?n|rydw i(?:'|’)?n|rwy(?:'|’)?n|dwi(?:'|’)?n)\s+(\d{1,3})(?:\s+oed)?\b/i,
  /\bmam\s+(\d{1,3})\s+lat/i,
  /\bam\s+(\d{1,3})\s+(?:de\s+)?ani\b/i,
  /\b(?:tengo|tenho)\s+(\d{1,3})\s+(?:años|anos|anitos)\b/i,
  /\b(?:main|mai|meri umar|meri umer)\s+(\d{1,3})\s+(?:saal|sal|years)\b/i,
  /(?:میری عمر|میں)\s*(\d{1,3})\s*(?:سال)/,
  /(?:عمري|انا عمري|أنا عمري)\s*(\d{1,3})/,
  /(?:আমার বয়স)\s*(\d{1,3})/,
  /(?:ਮੇਰੀ ਉਮਰ)\s*(\d{1,3})/,
  /(?:મારી ઉંમર)\s*(\d{1,3})/,
  /我(?:今年)?\s*(\d{1,3})\s*岁/,
];

function toAsciiDigits(text: string): string {
  let out = '';
  for (const ch of text) out += asciiDigit(ch) ?? ch;
  return out;
}

export function findAge(text: string): number | undefined {
  const ascii = toAsciiDigits(text);
  for (const pattern of AGE_PATTERNS) {
    const match = pattern.exec(ascii);
    if (!match) continue;
    const age = Number(match[1]);
    if (age >= 5 && age <= 110) return age;
  }
  return undefined;
}

/** A child they speak of, by its age ("my grandson is 6", "my 8 year old son", "mi hijo de 8 años"): who the family question is about. */
const CHILD = 'son|daughter|grandson|granddaughter|grandchild|child|kid|boy|girl|little one';
const NOT_YEARS = '(?!\\s*(?:months?|mths?|weeks?|wks?|days?|%))';
const CHILD_AGE_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:${CHILD})\\s+(?:is|who is|whos|who's|aged|age)\\s+(?:only\\s+|just\\s+)?(\\d{1,2})\\b${NOT_YEARS}`, 'i'),
  new RegExp(`\\b(\\d{1,2})[ -]?(?:year|yr)s?[ -]?old\\s+(?:${CHILD})\\b`, 'i'),
  new RegExp(`\\b(?:${CHILD})\\s*\\(?(\\d{1,2})\\)?\\s*(?:yo|y\\/o|years? old|yrs? old)\\b`, 'i'),
  /\b(?:hijo|hija|nieto|nieta|niño|niña|filho|filha|neto|neta)\s+de\s+(\d{1,2})\s+(?:años|anos)\b/i,
  /\b(\d{1,2})[ -]?(?:letni|letnia|letniego|letnią|letnim)\s+(?:syn|syna|synem|córka|córkę|córką|wnuk|wnuka|wnukiem|wnuczka|wnuczkę|wnuczką)/i,
];

export function findChildAge(text: string): number | undefined {
  const ascii = toAsciiDigits(text);
  for (const pattern of CHILD_AGE_PATTERNS) {
    const match = pattern.exec(ascii);
    const age = match ? Number(match[1]) : NaN;
    if (age >= 0 && age <= 25) return age;
  }
  return undefined;
}

const BEREAVED = createLexicon(DATA.bereaved.map((pattern) => ({ pattern, label: 'bereaved', weight: 1 })));
/** A death still to come or imagined ("快要去世", "hasn't died yet", "when she has died"): not a loss. */
const NOT_YET = createLexicon((DATA.notYetBereaved ?? []).map((pattern) => ({ pattern, label: 'not_yet', weight: 1 })));

/** Who is cared for, from what the person says they do (caredFor.ts); a mention alone is not enough. */
export function findCaredFor(text: string, languages: readonly LanguageCode[] = ['en']): CaredForEntity[] {
  return caredForOf(findPeople(text, languages));
}

export function isBereaved(maskedWords: string[]): boolean {
  return matchLexicon(BEREAVED, maskedWords).length > 0 && matchLexicon(NOT_YET, maskedWords).length === 0;
}

export function findDigit(text: string): number | undefined {
  const trimmed = toAsciiDigits(text.trim()).replace(/[.)\]]$/, '');
  return /^[0-9]$/.test(trimmed) ? Number(trimmed) : undefined;
}

export function extractEntities(text: string, maskedWords: string[], languages: readonly LanguageCode[] = ['en']): Entities {
  const bereaved = isBereaved(maskedWords);
  // After a death, the one they mention is the one they looked after ("my husband died in May").
  const people = findPeople(text, languages).map((p) => (bereaved && p.role === 'unsure' ? { ...p, role: 'cared_for' as const } : p));
  const entities: Entities = { caredFor: caredForOf(people), bereaved };
  if (people.length) entities.people = people;
  const postcode = findPostcode(text);
  if (postcode) entities.postcode = postcode;
  const age = findAge(text);
  if (age !== undefined) entities.age = age;
  const childAge = findChildAge(text);
  if (childAge !== undefined) entities.childAge = childAge;
  const digit = findDigit(text);
  if (digit !== undefined) entities.digit = digit;
  const work = findWorkStatus(maskedWords, languages);
  if (work) entities.work = work;
  const feeling = findFeeling(maskedWords, languages);
  if (feeling) entities.feeling = feeling;
  if (!postcode) {
    const place = findPlace(text);
    if (place) entities.place = place;
  }
  return entities;
}

const PLACE = /\b(?:near|in|around|live in|from)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})/;
const NOT_PLACES = new Set([
  'I',
  'March',
  'April',
  'May',
  'June',
  'July',
  'January',
  'February',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Mum',
  'Dad',
  'English',
  'Polish',
  'Welsh',
  'Urdu',
  'The',
  'My',
  'A',
  'Hospital',
]);

/** Best effort: a capitalised place after "near/in" when no postcode was given. */
export function findPlace(text: string): string | undefined {
  const match = PLACE.exec(text);
  const place = match?.[1];
  if (!place || NOT_PLACES.has(place.split(' ')[0]!)) return undefined;
  return place;
}
