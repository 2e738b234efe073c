/**
 * The matcher's features of a text: words, word pairs and letter n-grams inside words (so a
 * misspelt "carers alowance" still shares most of its pieces with "carers allowance"). Text is
 * folded by text/normalize.ts first, as for risk and topics: accents, Arabic letter forms,
 * digits, repeated letters. Chinese has no spaces: its characters are tokens, their pairs words.
 */
import { normalizedTokens } from '../text/normalize';
import { conceptsIn } from './concepts';

export type Bag = Map<string, number>;

const HAN = /\p{Script=Han}/u;
const SURROGATE = /[\uD800-\uDFFF]/;
/** Longer than the messages the matcher is for: the cost stays small on a long paste. */
const MAX_TOKENS = 60;

function add(bag: Bag, key: string): void {
  bag.set(key, (bag.get(key) ?? 0) + 1);
}

/** Units after a number that make it a count, not someone's age ("8 weeks", "12 months to live"). */
const UNITS = new Set(['week', 'weeks', 'month', 'months', 'day', 'days', 'hour', 'hours', 'minutes', 'pounds', 'times', 'items']);

export interface Features {
  words: Bag;
  letters: Bag;
}

/** The last text's features: a question is read by the similarity and by the classifier in turn. */
let last: { text: string; features: Features } | undefined;

/**
 * Word features (unigrams and bigrams) and letter features (3- and 4-grams of each word) apart, to
 * weight them apart. The same text twice in a row gets the same object: read it, never change it.
 */
export function featuresOf(text: string): Features {
  if (last?.text === text) return last.features;
  const features = computeFeatures(text);
  last = { text, features };
  return features;
}

function computeFeatures(text: string): Features {
  const tokens = normalizedTokens(text).slice(0, MAX_TOKENS);
  const words: Bag = new Map();
  const letters: Bag = new Map();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    add(words, `w|${token}`);
    // An age from 10 to 17 ("I'm 14", "my son is 12") says "a young person", in any language.
    if (/^1[0-7]$/.test(token) && !UNITS.has(tokens[i + 1] ?? '')) add(words, 'w|#young-age');
    const next = tokens[i + 1];
    if (next !== undefined) add(words, `b|${token} ${next}`);
    if (HAN.test(token)) continue;
    const marked = `<${token}>`;
    // One code unit a letter (no surrogate pair): the n-grams are slices of the string itself,
    // without an array of letters and a join for each.
    const chars = SURROGATE.test(marked) ? Array.from(marked) : marked;
    if (chars.length < 5) continue;
    for (const n of [3, 4]) {
      for (let j = 0; j + n <= chars.length; j++) add(letters, `c|${typeof chars === 'string' ? chars.slice(j, j + n) : chars.slice(j, j + n).join('')}`);
    }
  }
  // What the question is about, however worded (knowledge/concepts.ts): counted as a word met
  // twice, which did best by leave-one-out on our own examples (English 73.9% -> 76.7%).
  for (const concept of conceptsIn(tokens)) {
    add(words, `w|@${concept}`);
    add(words, `w|@${concept}`);
  }
  return { words, letters };
}
