/**
 * UK places as the bot's other languages write them ("مانشستر", "伦敦", "লন্ডনে", "Londyn",
 * "Caeredin") -> the English name places.json knows. placeKey keeps Latin letters only, so names in
 * other scripts need their own table (data/geography/exonyms.json) and, inside a sentence, their
 * own search: Chinese has no spaces, Arabic joins "in" to the word ("بلندن") and Bengali and
 * Gujarati join it after ("লন্ডনে", "લંડનમાં").
 */
import { readFileSync } from 'node:fs';
import { placeKey } from './placeKey';

interface ExonymsFile {
  names: Record<string, Record<string, string>>;
}

export type Script = 'han' | 'arabic' | 'indic' | 'latin';

export interface Exonym {
  folded: string;
  english: string;
  script: Script;
}

/** Folds the spellings one name takes on different keyboards: Arabic and Urdu letter forms, vowel marks, joiners, case. */
export function foldScript(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640\u200C\u200D]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[یىېې]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/[ہھۀة]/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

export function scriptOf(name: string): Script {
  if (/\p{Script=Han}/u.test(name)) return 'han';
  if (/\p{Script=Arabic}/u.test(name)) return 'arabic';
  if (/[\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}]/u.test(name)) return 'indic';
  return 'latin';
}

let table: { byFolded: Map<string, string>; byKey: Map<string, string>; searchable: Exonym[] } | undefined;

function exonyms(): NonNullable<typeof table> {
  if (table) return table;
  const file = JSON.parse(readFileSync(new URL('../../data/geography/exonyms.json', import.meta.url), 'utf8')) as ExonymsFile;
  const byFolded = new Map<string, string>();
  const byKey = new Map<string, string>();
  const searchable: Exonym[] = [];
  for (const names of Object.values(file.names)) {
    for (const [name, english] of Object.entries(names)) {
      const script = scriptOf(name);
      if (script === 'latin') byKey.set(placeKey(name), english);
      else {
        const folded = foldScript(name);
        byFolded.set(folded, english);
        searchable.push({ folded, english, script });
      }
    }
  }
  // Longest first: "ميلتون كينز" before any shorter name inside it.
  searchable.sort((a, b) => b.folded.length - a.folded.length);
  table = { byFolded, byKey, searchable };
  return table;
}

/** The English name of a place written whole in another language ("مانشستر", "Londyn"), or undefined. */
export function exonymPlace(candidate: string): string | undefined {
  const { byFolded, byKey } = exonyms();
  return byFolded.get(foldScript(candidate)) ?? byKey.get(placeKey(candidate));
}

/** Arabic-script words may carry one joined letter before a name: bi- "in", wa- "and", li- "to", fa-, ka-. */
const ARABIC_CLITICS = new Set(['ب', 'و', 'ل', 'ف', 'ك']);
/** Bengali, Gurmukhi and Gujarati join short case endings after a name ("লন্ডনে", "લંડનમાં"). */
const MAX_INDIC_ENDING = 3;

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{M}]/u.test(ch);

export function fitsWord(text: string, at: number, exonym: Exonym): boolean {
  if (exonym.script === 'han') return true;
  const end = at + exonym.folded.length;
  let start = at;
  if (exonym.script === 'arabic' && ARABIC_CLITICS.has(text[at - 1] ?? '') && !isLetter(text[at - 2])) start = at - 1;
  if (isLetter(text[start - 1])) return false;
  if (exonym.script === 'indic') {
    let ending = 0;
    while (isLetter(text[end + ending])) ending++;
    return ending <= MAX_INDIC_ENDING;
  }
  return !isLetter(text[end]);
}

/** A place named in another script anywhere in a sentence: its English name and the words as folded, or undefined. */
export function exonymIn(text: string): { english: string; said: string } | undefined {
  const folded = foldScript(text);
  if (/^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]*$/u.test(folded)) return undefined;
  for (const exonym of exonyms().searchable) {
    for (let at = folded.indexOf(exonym.folded); at >= 0; at = folded.indexOf(exonym.folded, at + 1)) {
      if (fitsWord(folded, at, exonym)) return { english: exonym.english, said: exonym.folded };
    }
  }
  return undefined;
}
