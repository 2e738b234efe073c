/**
 * Folding used for lexicon matching only (never for what the bot shows).
 * Lexicon entries go through the same folding at load time, so data files can be
 * written naturally ("ngŵr", "mężem", "کیئرر") and still match typed variants
 * ("ngwr", "mezem", Arabic-keyboard "كيئرر"). Linear in the input length.
 */

import { normalizeForMatching } from '../text/normalize';

const ZERO_WIDTH = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;
/** Latin combining accents and Arabic harakat: optional marks people often omit. */
const OPTIONAL_MARKS = /[\u0300-\u036F\u064B-\u065F\u0670]/g;
const APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4]/g;

/** Letters that NFD does not decompose, and Arabic-script variants typed interchangeably. */
const LETTER_FOLDS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ی',
  ي: 'ی',
  ئ: 'ی',
  ې: 'ی',
  ك: 'ک',
  ة: 'ه',
  ۀ: 'ه',
  ہ: 'ه',
  ۂ: 'ه',
  ە: 'ه',
  ؤ: 'و',
  ـ: '',
};

const DIGIT_BASES = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0xff10];

/** Maps a native digit (Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati) to ASCII. */
export function asciiDigit(ch: string): string | undefined {
  const code = ch.charCodeAt(0);
  for (const base of DIGIT_BASES) if (code >= base && code <= base + 9) return String(code - base);
  return undefined;
}

const HAN = /\p{Script=Han}/u;

export function isHan(ch: string): boolean {
  return ch.charCodeAt(0) >= 0x2e80 && HAN.test(ch);
}

/** Characters kept as word content: letters, marks (Indic vowel signs), digits. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  // ASCII fast path: most messages are mostly ASCII.
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  return WORD_CHAR.test(ch);
}

/**
 * Lower-cases, NFKC-normalises, drops zero-width characters, apostrophes and optional
 * accents, folds look-alike letters and native digits, and turns every other
 * non-word character into a single space. "Mum's  shattered!" -> "mums shattered".
 */
export function foldForMatch(text: string): string {
  const seen = recentInputs.indexOf(text);
  if (seen >= 0) return recentOutputs[seen]!;
  const output = foldAscii(text) ?? foldAny(text);
  recentInputs[recentNext] = text;
  recentOutputs[recentNext] = output;
  recentNext = (recentNext + 1) % RECENT;
  return output;
}

/**
 * The last few texts folded: one message is folded by the language detector (two or three
 * times), the recognizer and the cared-for reader, so each text is folded once.
 */
const RECENT = 4;
const recentInputs: string[] = [];
const recentOutputs: string[] = [];
let recentNext = 0;

/**
 * foldForMatch of a text that is all ASCII, where Unicode normalisation, the marks and the letter
 * folds change nothing: lower case, apostrophes dropped, other non-word runs one space. Undefined
 * at the first character outside ASCII (most messages in English and romanised Urdu never get there).
 */
function foldAscii(text: string): string | undefined {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) return undefined;
    if (code === 0x27 || code === 0x60) continue;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += String.fromCharCode(code);
    } else pendingSpace = true;
  }
  return out;
}

/** The full folding (exported so a test can hold the ASCII path to it). */
export function foldAny(text: string): string {
  const base = text.normalize('NFKC').toLowerCase().replace(ZERO_WIDTH, '').replace(APOSTROPHES, '');
  const decomposed = base.normalize('NFD').replace(OPTIONAL_MARKS, '');
  let out = '';
  let pendingSpace = false;
  let previousWasHan = false;
  for (const ch of decomposed) {
    const folded = LETTER_FOLDS[ch] ?? asciiDigit(ch) ?? ch;
    if (folded.length > 0 && isWordChar(folded[0]!)) {
      // Han runs and Latin words written together ("申请Carer's Allowance吗") become separate words.
      const han = isHan(folded);
      if ((pendingSpace || han !== previousWasHan) && out.length > 0) out += ' ';
      pendingSpace = false;
      previousWasHan = han;
      out += folded;
    } else if (folded.length > 0) {
      pendingSpace = true;
    }
  }
  // Recompose so Indic and Hangul clusters compare the same way as the data files.
  return out.normalize('NFC');
}

/**
 * The form every lexicon sees: the project's shared normaliser (leetspeak, emoji as
 * words, spaced letters...) and then the folding above. Patterns go through it too.
 */
export function matchForm(text: string): string {
  return foldForMatch(normalizeForMatching(text));
}

/** Splits folded text into words (Han text is kept as one run per word; see lexicon.ts). */
export function words(folded: string): string[] {
  return folded.length === 0 ? [] : folded.split(' ');
}
