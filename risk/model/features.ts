/**
 * Features of the risk model: hashed word unigrams and bigrams and character
 * 3- to 5-grams of each word (whole Han characters and pairs for Chinese), all
 * from the same normalised text the rules read, so confusables, leetspeak,
 * accents and zero-width characters are already folded. Linear in the text.
 */
import { normalizeForMatching, tokenize } from '../../text/normalize';
import { conceptIndex, conceptsIn } from './concepts';
import { foldSpelling } from './spelling';

/** Changes whenever what featuresOf produces changes: part of the model's version. */
export const FEATURES_VERSION = 'binary-ngrams-concepts-spelling-5';

/** Hash space: 2^17 buckets keeps collisions low for a few thousand training texts and the model file small. */
export const FEATURE_BITS = 17;
const MASK = (1 << FEATURE_BITS) - 1;
/** Long texts: features of the first part only (risk phrases are short; the rules read every word). */
const MAX_TOKENS = 400;
/** Enough characters for MAX_TOKENS words, so a 1 MB paste is not normalised whole just to be cut. */
export const MAX_CHARS = 6_000;

/** FNV-1a over UTF-16 code units, with a salt per feature kind. */
function hash(text: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & MASK;
}

const HAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** One Han or Kana character. Most tokens are longer than one code point or start below U+2E80 (no Han or Kana there): no regex for them. */
function isHanToken(token: string): boolean {
  return token.length <= 2 && token.charCodeAt(0) >= 0x2e80 && HAN.test(token);
}

/** About how many words the tokens are: a Han character is a token, and Chinese words are mostly two of them. */
export function wordCount(tokens: readonly string[]): number {
  let words = 0;
  for (const token of tokens) words += isHanToken(token) ? 0.5 : 1;
  return words;
}

/** The tokens the model reads: the normalised start of the text. */
export function modelTokens(text: string): string[] {
  return tokenize(normalizeForMatching(text.slice(0, MAX_CHARS))).slice(0, MAX_TOKENS);
}

/** True when the rules' tokens of this text are the model's too (short texts), so they are normalised once. */
export function fitsModelWindow(text: string): boolean {
  return text.length <= MAX_CHARS;
}

/** Bucket indexes of one text's features, each once: repeating a word does not make it weigh more. */
export function featuresOf(text: string): number[] {
  return featuresOfTokens(modelTokens(text));
}

/**
 * The buckets of one text, each once, in first-seen order (as a Set's would be): a bucket is
 * marked with the text's number when added, so no Set is built and grown per text.
 */
class Buckets {
  readonly items: number[] = [];
  constructor(private readonly mark: number) {}
  add(bucket: number): void {
    if (marks[bucket] === this.mark) return;
    marks[bucket] = this.mark;
    this.items.push(bucket);
  }
}
/** One mark per bucket: the number of the last text that added it (featuresOfTokens is synchronous). */
const marks = new Int32Array(1 << FEATURE_BITS);
let lastMark = 0;

function freshBuckets(): Buckets {
  if (lastMark === 0x7fffffff) {
    marks.fill(0);
    lastMark = 0;
  }
  return new Buckets(++lastMark);
}

export function featuresOfTokens(all: readonly string[]): number[] {
  const tokens = all.length > MAX_TOKENS ? all.slice(0, MAX_TOKENS) : all;
  const out = freshBuckets();
  let previous = '^';
  for (const raw of tokens) {
    // One spelling of a romanised Urdu word (spelling.ts); the concepts below read the tokens as written.
    const token = foldSpelling(raw);
    out.add(hash(token, 1));
    out.add(hashPair(previous, token));
    previous = token;
    if (isHanToken(token)) continue;
    addCharGrams(token, out);
  }
  out.add(hash(`${previous} $`, 2));
  addConceptFeatures(tokens, out);
  return out.items;
}

/** Concepts named together are what carries across languages: each one, and each pair. */
const MAX_CONCEPTS = 12;
/**
 * Building blocks the rules compose ("afraid" + "hurt" + "him"), too common alone to mean
 * anything: as features they taught the model that "I don't want to talk" or "afraid she'll
 * fall" were a danger. The rules still read them.
 */
const RULE_ONLY_CONCEPTS: ReadonlySet<string> = new Set(['harm_intent', 'harm_fear', 'harm_would', 'harm_aside', 'harm_reflexive', 'harm_obj']);

function addConceptFeatures(tokens: readonly string[], out: Buckets): void {
  const index = conceptIndex();
  const names = conceptsIn(tokens, index)
    .map((id) => index.names[id] ?? '')
    .filter((name) => !RULE_ONLY_CONCEPTS.has(name))
    .slice(0, MAX_CONCEPTS)
    .sort();
  for (let i = 0; i < names.length; i++) {
    out.add(hash(names[i] ?? '', 4));
    for (let j = i + 1; j < names.length; j++) out.add(hash(`${names[i]}|${names[j]}`, 5));
  }
}

/** hash(`${a} ${b}`, 2) without building the string. */
function hashPair(a: string, b: string): number {
  let h = (0x811c9dc5 ^ 2) >>> 0;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193) >>> 0;
  h = Math.imul(h ^ 0x20, 0x01000193) >>> 0;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193) >>> 0;
  return h & MASK;
}

/** True when the word has a surrogate pair (a code point of two UTF-16 units). */
function hasSurrogate(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * The 3- to 5-grams of code points of the word padded as `<word>`, hashed as hash(gram, 3)
 * would hash the gram's string, without building the strings (the hot path of the model).
 */
function addCharGrams(word: string, out: Buckets): void {
  if (!hasSurrogate(word)) {
    addUnitGrams(word, out);
    return;
  }
  const points = Array.from(`<${word}>`);
  if (points.length <= 3) return;
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= points.length; i++) {
      let h = (0x811c9dc5 ^ 3) >>> 0;
      for (let k = i; k < i + n; k++) {
        const point = points[k] ?? '';
        for (let u = 0; u < point.length; u++) {
          h ^= point.charCodeAt(u);
          h = Math.imul(h, 0x01000193) >>> 0;
        }
      }
      out.add(h & MASK);
    }
  }
}

/** addCharGrams for a word without surrogate pairs, where a code point is one UTF-16 unit: the same hashes. */
function addUnitGrams(word: string, out: Buckets): void {
  const length = word.length + 2;
  if (length <= 3) return;
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= length; i++) {
      let h = (0x811c9dc5 ^ 3) >>> 0;
      for (let k = i; k < i + n; k++) {
        // '<', the word's units, '>' (no closure: this is the model's hottest loop).
        h ^= k === 0 ? 0x3c : k === length - 1 ? 0x3e : word.charCodeAt(k - 1);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      out.add(h & MASK);
    }
  }
}
