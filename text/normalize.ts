/**
 * Text normalisation for matching (risk rules, topic lexicons).
 *
 * One forward pass per step, no backtracking regexes: the cost is linear in
 * the input, so a 1 MB paste is as safe as "hi". Output is for matching only,
 * never for showing to people.
 */

/** Emoji that stand for a means of harm or a medical state, read as words. */
const EMOJI_WORDS: Record<string, string> = {
  '💊': 'pills',
  '💉': 'needle',
  '🔪': 'knife',
  '🗡': 'knife',
  '🪒': 'razor',
  '🪢': 'rope',
  '🔫': 'gun',
  '⚰': 'coffin death',
  '🪦': 'grave death',
  '💀': 'death',
  '☠': 'death',
  '🩸': 'blood',
  '🌡': 'temperature',
  '🤒': 'fever',
  '🥶': 'shivering',
  '🚑': 'ambulance',
  '🆘': 'help',
  '🌉': 'bridge',
  '🚆': 'train',
  '🚂': 'train',
  '😂': 'haha',
  '🤣': 'haha',
  '😅': 'haha',
  '😆': 'haha',
};

/** Native decimal digit blocks whose zero is at these code points. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6];

/** Latin letters that NFD does not split into base + mark. */
const LATIN_SPECIAL: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
};

/**
 * Arabic-script letters written in several ways (Arabic vs Urdu keyboards,
 * hamza on alef): fold to one form so one pattern matches both.
 */
const ARABIC_FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ک: 'ك',
  ہ: 'ه',
  ھ: 'ه',
  ة: 'ه',
  ۃ: 'ه',
  ؤ: 'و',
  '٫': '.',
  '٬': ',',
  '،': ',',
  '؟': '?',
  '؛': ';',
};

const QUOTES: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '«': '"',
  '»': '"',
};

/** Single characters removed outright: invisible or purely presentational. */
function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, direction marks
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0x00ad ||
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors (emoji style)
    code === 0x034f ||
    code === 0x180e ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Arabic short vowels and tatweel: optional in writing, noise for matching. */
function isArabicNoise(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
}

/** Nukta signs (Devanagari, Bengali, Gurmukhi, Gujarati): often omitted when typing. */
function isNukta(code: number): boolean {
  return code === 0x093c || code === 0x09bc || code === 0x0a3c || code === 0x0abc;
}

const LATIN_BASE = buildLatinBaseTable();

function buildLatinBaseTable(): Map<string, string> {
  const table = new Map<string, string>();
  const ranges: Array<[number, number]> = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code).toLowerCase();
      const base = LATIN_SPECIAL[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '');
      if (base !== ch && /^[a-z]+$/.test(base)) table.set(ch, base);
    }
  }
  for (const [k, v] of Object.entries(LATIN_SPECIAL)) table.set(k, v);
  return table;
}

function isAsciiLetter(ch: string): boolean {
  return ch >= 'a' && ch <= 'z';
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Characters that need folding; plain ASCII text (most messages) skips the loop. */
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
const NEEDS_FOLDING = /[^\x00-\x5f\x61-\x7f]/;

/** Step 1: character-level folding (one pass). */
function foldCharacters(input: string): string {
  const text = input.normalize('NFKC').toLowerCase();
  if (!NEEDS_FOLDING.test(text)) return text;
  const out: string[] = [];
  let previousLatin = false;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // ASCII but the backquote (a quote) maps to itself: no table to look in.
    if (code < 0x80 && code !== 0x60) {
      out.push(ch);
      previousLatin = code >= 0x61 && code <= 0x7a;
      continue;
    }
    if (isInvisible(code) || isArabicNoise(code) || isNukta(code)) continue;
    // Combining marks: dropped after Latin letters (accents), kept elsewhere
    // (Indic vowel signs and viramas carry meaning).
    if (code >= 0x0300 && code <= 0x036f) {
      if (previousLatin) continue;
      out.push(ch);
      continue;
    }
    const emoji = EMOJI_WORDS[ch];
    if (emoji !== undefined) {
      out.push(' ', emoji, ' ');
      previousLatin = false;
      continue;
    }
    let mapped: string = QUOTES[ch] ?? ARABIC_FOLD[ch] ?? LATIN_BASE.get(ch) ?? ch;
    for (const zero of DIGIT_ZEROS) {
      if (code >= zero && code <= zero + 9) {
        mapped = String.fromCharCode(48 + code - zero);
        break;
      }
    }
    out.push(mapped);
    previousLatin = isAsciiLetter(mapped[mapped.length - 1] ?? '');
  }
  return out.join('');
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Letters written with digits inside a Latin word ("k1ll", "su1c1de"); numbers and measures ("38.3", "101f", "3rd") stay. */
function unLeet(word: string): string {
  if (!isAsciiLetter(word[0] ?? '')) return word;
  let hasLeet = false;
  for (const ch of word) if (LEET[ch] !== undefined) hasLeet = true;
  if (!hasLeet) return word;
  let out = '';
  for (const ch of word) out += LEET[ch] ?? ch;
  return out;
}

/** Runs of three or more of the same letter shrink to two ("sooooo" -> "soo"). Linear: no alternation to retry. */
function squeezeRepeats(text: string): string {
  return mayRepeatThrice(text) ? text.replace(/(\p{L})\1{2,}/gu, '$1$1') : text;
}

/** False only when no character comes three times in a row (any text with a surrogate pair is left to the regex). */
function mayRepeatThrice(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if (c === text.charCodeAt(i + 1) && c === text.charCodeAt(i + 2)) return true;
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}@$]/u;
const SPACED_SEPARATORS = new Set([' ', '.', '-', '_', '*', '/']);

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 64 || c === 36;
  return WORD_CHAR.test(ch);
}

/**
 * Joins letters written one at a time ("k i l l", "s.u.i.c.i.d.e") when at
 * least three single characters in a row are separated by one separator.
 */
/** Cheap fixed-length test: three single letters in a row with separators. */
const MAYBE_SPACED = /(?:^|[^\p{L}\p{M}\p{N}])[\p{L}\p{N}@$][ .\-_*/][\p{L}\p{N}@$][ .\-_*/][\p{L}\p{N}@$](?![\p{L}\p{M}\p{N}])/u;

function joinSpacedLetters(text: string): string {
  if (!MAYBE_SPACED.test(text)) return text;
  const chars = Array.from(text);
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    const singleStart = isWordChar(ch) && !isWordChar(chars[i - 1] ?? ' ') && !isWordChar(chars[i + 1] ?? ' ');
    if (singleStart && !isDigit(ch)) {
      // Collect c sep c sep c ... where each c stands alone.
      const run: string[] = [ch];
      let j = i + 1;
      while (SPACED_SEPARATORS.has(chars[j] ?? '') && isWordChar(chars[j + 1] ?? '') && !isWordChar(chars[j + 2] ?? ' ')) {
        run.push(chars[j + 1] ?? '');
        j += 2;
      }
      if (run.length >= 3) {
        out.push(run.join(''));
        i = j;
        continue;
      }
    }
    out.push(ch);
    i++;
  }
  return out.join('');
}

/** Decimal comma between digits ("38,5") becomes a dot; thousands ("1,000") stay. */
function decimalCommas(text: string): string {
  if (!text.includes(',')) return text;
  return text.replace(/(\d),(\d{1,2})(?!\d)/g, '$1.$2');
}

/** Apostrophes inside words disappear ("can't" -> "cant", "i'm" -> "im"). */
function dropInnerApostrophes(text: string): string {
  if (!text.includes("'")) return text;
  return text.replace(/([\p{L}\p{N}])'(?=[\p{L}])/gu, '$1');
}

function unLeetWords(text: string): string {
  if (!/[a-z][0-9@$]/.test(text)) return text;
  return text.replace(/[a-z][a-z0-9@$]*/g, unLeet);
}

/** Cyrillic and Greek letters that look like Latin ones (Unicode confusables), mapped to the Latin letter. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  α: 'a',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  τ: 't',
  ρ: 'p',
  υ: 'u',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};
const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u052f]/;

/**
 * Look-alike letters slipped into Latin text ("kіll" with a Cyrillic і) are read as the Latin
 * letter. Only when Latin letters outnumber Cyrillic and Greek ones in the message, so text
 * really written in those scripts is left alone. One linear pass.
 */
function foldConfusables(text: string): string {
  if (!CYRILLIC_OR_GREEK.test(text)) return text;
  let latin = 0;
  let other = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    else if ((code >= 0x0370 && code <= 0x03ff) || (code >= 0x0400 && code <= 0x052f)) other++;
  }
  if (latin < other) return text;
  let out = '';
  for (const ch of text) out += CONFUSABLES[ch] ?? ch;
  return out;
}

/**
 * The last few texts normalised: one message is read by the risk rules, the risk model, the
 * understanding and the knowledge matcher in the same turn, so it is normalised once.
 */
const RECENT = 8;
const recentInputs: string[] = [];
const recentOutputs: string[] = [];
let recentNext = 0;

/** Normalised text for matching: every step is a single linear pass. */
export function normalizeForMatching(input: string): string {
  const seen = recentInputs.indexOf(input);
  if (seen >= 0) return recentOutputs[seen] ?? normalizeAfresh(input);
  const output = normalizeAfresh(input);
  recentInputs[recentNext] = input;
  recentOutputs[recentNext] = output;
  recentNext = (recentNext + 1) % RECENT;
  return output;
}

function normalizeAfresh(input: string): string {
  let text = foldCharacters(foldConfusables(input));
  text = dropInnerApostrophes(text);
  text = decimalCommas(text);
  text = joinSpacedLetters(text);
  text = unLeetWords(text);
  text = squeezeRepeats(text);
  return text;
}

const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const TOKEN_CHAR = /[\p{L}\p{M}\p{N}]/u;
const KEPT_SYMBOLS = new Set(['£', '€', '$', '°', '%']);

/**
 * Splits normalised text into tokens: words (letters, marks, digits, with a
 * decimal point kept inside numbers), single Han/Kana characters (Chinese has
 * no spaces), and a few meaningful symbols (currency, degrees).
 */
export function tokenize(normalized: string): string[] {
  const tokens: string[] = [];
  let current = '';
  const chars = Array.from(normalized);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const code = ch.charCodeAt(0);
    if (code < 128) {
      // ASCII fast path: no Han, letters and digits only.
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) current += ch;
      else if (ch === '.' && isDigit(current[current.length - 1] ?? '') && isDigit(chars[i + 1] ?? '')) current += ch;
      else {
        if (current) tokens.push(current);
        current = '';
        if (KEPT_SYMBOLS.has(ch)) tokens.push(ch);
      }
    } else if (HAN_OR_KANA.test(ch)) {
      if (current) tokens.push(current);
      current = '';
      tokens.push(ch);
    } else if (TOKEN_CHAR.test(ch)) {
      current += ch;
    } else if (ch === '.' && isDigit(current[current.length - 1] ?? '') && isDigit(chars[i + 1] ?? '')) {
      current += ch;
    } else {
      if (current) tokens.push(current);
      current = '';
      if (KEPT_SYMBOLS.has(ch)) tokens.push(ch);
    }
  }
  if (current) tokens.push(current);
  return tokens;
}

/** Convenience: normalise then tokenise. */
export function normalizedTokens(input: string): string[] {
  return tokenize(normalizeForMatching(input));
}
