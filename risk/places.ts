/**
 * Place names read as places (issue 13): "I live in Sowerby Bridge", "Pen-y-bont ar Ogwr",
 * "mum lives in Elephant and Castle" hold words the rules and the model react to (bridge, pont,
 * castle, end). The names in data/risk/places.json (built from the gazetteer by
 * `npm run risk:places`) are replaced by one plain place before the rules and the model read
 * the text. A name right after a word of danger ("jump off Sowerby Bridge", "skoczę z ...") is
 * left as written, so the rules still read it; masking only ever removes the name itself, so
 * every other word of danger in the message still counts.
 */
import { readFileSync } from 'node:fs';

/**
 * What a masked name becomes: a plain place the model has read many times as a place. The model
 * learnt from texts with their places as written, so an unknown word in their stead moved its
 * reading of the rest (on the training texts, two real dangers fell to none with "placename",
 * none with "Leeds"); no rule or concept names it.
 */
export const PLACE_MASK = 'Leeds';

interface PlaceTableFile {
  /** Folded names, words separated by one space (foldWord). */
  names: string[];
  /** Folded word starts that keep the next name as written when one of the words before it begins with them. */
  keepAfter: string[];
  /** Names in scripts written without spaces (Chinese), found as substrings. */
  unspaced?: string[];
  /** Folded words for "in" before a place ("in", "yn", "w", "en"): a one-word name in lower case counts only after one... */
  locatives?: string[];
  /** ...or before one of these ("mein": "main coatbridge mein rehta hoon"). */
  postpositions?: string[];
}

/** How far back a word of danger keeps a name: "jump off the old Sowerby Bridge". */
const KEEP_WINDOW = 4;

const SPECIAL: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/** A word as the table keeps it: lower case, no accents, no apostrophes. */
export function foldWord(word: string): string {
  // Most words are plain ASCII: nothing to fold beyond the case.
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  const lower = word.toLowerCase().replace(/['’]/g, '');
  // Accents are dropped from Latin letters only: in Indic scripts the marks are vowels.
  if (!LATIN.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łøđßæœı]/g, (c) => SPECIAL[c] ?? c);
}

const ASCII_WORD = /^[A-Za-z0-9]+$/;
const LATIN = /^[\p{Script=Latin}\p{M}\p{N}]+$/u;
/** A capital: a one-word name written so is a name ("Hook", "Flint"), in lower case perhaps the word. */
const CAPITAL = /^\p{Lu}/u;

/** Words and their places in the text; hyphens and spaces separate words, apostrophes do not. */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

interface Word {
  written: string;
  folded: string;
  start: number;
  end: number;
}

export interface PlaceTable {
  /** First folded word -> the names starting with it, as word lists, longest first. */
  byFirst: Map<string, string[][]>;
  keepAfter: readonly string[];
  unspaced: readonly string[];
  locatives: ReadonlySet<string>;
  postpositions: ReadonlySet<string>;
}

export function compilePlaceTable(file: PlaceTableFile): PlaceTable {
  const byFirst = new Map<string, string[][]>();
  for (const name of file.names) {
    const words = name.split(' ');
    const first = words[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push(words);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return {
    byFirst,
    keepAfter: file.keepAfter,
    unspaced: file.unspaced ?? [],
    locatives: new Set(file.locatives ?? []),
    postpositions: new Set(file.postpositions ?? []),
  };
}

function loadTable(): PlaceTable {
  try {
    return compilePlaceTable(JSON.parse(readFileSync(new URL('../data/risk/places.json', import.meta.url), 'utf8')) as PlaceTableFile);
  } catch {
    // Without the table every text is read as written: nothing is lost but the masking.
    return compilePlaceTable({ names: [], keepAfter: [] });
  }
}

export const placeTable = loadTable();

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ written: m[0], folded: foldWord(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

function keptByDanger(words: readonly Word[], at: number, keepAfter: readonly string[]): boolean {
  for (let i = Math.max(0, at - KEEP_WINDOW); i < at; i++) {
    const word = words[i]?.folded ?? '';
    if (keepAfter.some((start) => word.startsWith(start))) return true;
  }
  return false;
}

/** A short answer ("i live in coatbridge", "main hook mein rehta hoon"): a lower-case one-word name beside "in" counts. */
const SHORT_ANSWER_WORDS = 6;
const SENTENCE_END = /[.!?\n]/;

/**
 * A one-word Latin name may be an everyday word ("hook", "march", "bury"): it is a place when
 * written with a capital inside a sentence ("I live in Hook", "Coatbridge" alone), or in a short
 * answer right after "in" or before "mein". Not a capital at a sentence's start ("Bury me with
 * mum"), nor "in march" in a longer message.
 */
function readsAsPlace(text: string, words: readonly Word[], at: number, length: number, table: PlaceTable): boolean {
  const word = words[at];
  if (!word || length > 1 || !LATIN.test(word.folded)) return true;
  const before = words[at - 1];
  const startsSentence = !before || SENTENCE_END.test(text.slice(before.end, word.start));
  if (CAPITAL.test(word.written) && (!startsSentence || words.length <= 2)) return true;
  if (words.length > SHORT_ANSWER_WORDS) return false;
  return table.locatives.has(before?.folded ?? '') || table.postpositions.has(words[at + 1]?.folded ?? '');
}

export interface MaskedText {
  text: string;
  /** The names masked, as written. */
  places: string[];
}

/** The text with the table's place names replaced by PLACE_MASK (see the file's header). */
export function maskPlaces(text: string, table: PlaceTable = placeTable): MaskedText {
  const places: string[] = [];
  if (table.byFirst.size === 0 && table.unspaced.length === 0) return { text, places };
  const words = wordsOf(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    const candidates = table.byFirst.get(words[i]?.folded ?? '');
    if (!candidates) continue;
    const name = candidates.find((parts) => parts.every((part, k) => words[i + k]?.folded === part));
    if (!name || keptByDanger(words, i, table.keepAfter) || !readsAsPlace(text, words, i, name.length, table)) continue;
    const start = words[i]?.start ?? 0;
    const end = words[i + name.length - 1]?.end ?? start;
    places.push(text.slice(start, end));
    out += `${text.slice(from, start)}${PLACE_MASK}`;
    from = end;
    i += name.length - 1;
  }
  out += text.slice(from);
  for (const name of table.unspaced) {
    if (!out.includes(name) || table.keepAfter.some((word) => out.includes(word))) continue;
    places.push(name);
    out = out.split(name).join(` ${PLACE_MASK} `);
  }
  return places.length ? { text: out, places } : { text, places };
}
