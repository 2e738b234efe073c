/**
 * A place named inside a sentence in any language: "Mieszkam w Birmingham", "vivo en Leicester",
 * "main Bradford mein rehti hoon", "Dw i'n byw yng Nghaerdydd". The catalogue reads a place on its
 * own or after an English cue ("I live in Leeds"); here each run of up to three words is tried,
 * Welsh nasal mutation undone, and only an exact place (never a spelling guess) counts.
 */
import { councilsFor, exonymIn, type CouncilLookup } from '../catalogue';
import { findPostcode } from '../understanding';

/** Words that say where someone lives, folded to lower case, any language (a prefix is enough). */
const LIVING = [
  'live',
  'living',
  'lives',
  'based in',
  'byw',
  'mieszk',
  'vivo',
  'vivimos',
  'vive',
  'viven',
  'mora ',
  'moram',
  'locuie',
  'moro',
  'moramos',
  'locuiesc',
  'locuim',
  'stau in',
  'rehti',
  'rehta',
  'rehte',
  'rahti',
  'rahta',
  'rehtay',
  'رہت',
  'رہتی',
  'رہتا',
  'أسكن',
  'اسكن',
  'أعيش',
  'اعيش',
  'نسكن',
  'نعيش',
  'تسكن',
  'تعيش',
  'يسكن',
  'يعيش',
  'يسكنون',
  'يعيشون',
  '住在',
  '住',
  'থাকি',
  'থাকেন',
  'ਰਹਿੰਦ',
  'રહું',
  'રહે',
];

/** Welsh nasal mutation after "yn" ("yng Nghaerdydd", "ym Mangor", "yn Ninbych"): the radical form. */
const NASAL: [RegExp, string][] = [
  [/^ngh/i, 'c'],
  [/^mh/i, 'p'],
  [/^nh/i, 't'],
  [/^ng/i, 'g'],
  [/^m/i, 'b'],
  [/^n/i, 'd'],
];

const MAX_RUN = 3;
const MAX_WORDS = 14;

export function mentionsLiving(text: string): boolean {
  const lower = text.toLowerCase();
  return LIVING.some((cue) => (/^[a-z ]+$/.test(cue) ? new RegExp(`(?:^|[^a-z])${cue}`).test(lower) : lower.includes(cue)));
}

function exactPlace(candidate: string): CouncilLookup | undefined {
  const where = councilsFor(candidate);
  return where.status === 'found' && where.matched === 'place' && !where.corrected ? where : undefined;
}

/** The place and the words that named it, or undefined. Longer runs first ("Newport Pagnell" before "Newport"). */
export function placeIn(text: string): { where: CouncilLookup; text: string } | undefined {
  // A postcode beside the place ("mieszkam w Londynie, E8") says more: the postcode is read instead.
  if (findPostcode(text)) return undefined;
  // Chinese has no spaces and Arabic, Bengali and Gujarati join "in" to the name: their names are searched for.
  const other = exonymIn(text);
  const named = other ? exactPlace(other.said) : undefined;
  if (named && other) return { where: named, text: other.said };
  const words = text.split(/[\s,.!?;:،。，？！]+/u).filter(Boolean);
  if (!words.length || words.length > MAX_WORDS) return undefined;
  for (let n = Math.min(MAX_RUN, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n).join(' ');
      if (run.length < 3) continue;
      const found = exactPlace(run);
      if (found) return { where: found, text: run };
      const rule = NASAL.find(([mutated]) => mutated.test(run));
      const radical = rule ? run.replace(rule[0], rule[1]) : undefined;
      const again = radical ? exactPlace(radical) : undefined;
      if (again && radical) return { where: again, text: radical };
    }
  }
  return undefined;
}

/** "in", "near" and the like, in the languages whose places are written in Latin letters. */
const CUE = /^(?:in|near|nr|around|round|outside|yn|yng|ym|ger|w|we|koło|pod|en|cerca|de|em|perto|în|lângă|mein)$/i;
/** Places that are everyday words too ("in bath", "near the sea in march"): believed only when written with a capital. */
const EVERYDAY = new Set(
  'barking barry bath battle bow bury chard deal diss down eye hay holt hook hyde lancing leek march mold reading ross rye sale sandwich settle stone street sutton ware wells wick'.split(
    ' ',
  ),
);
/** "in" after the place, in romanised Urdu and Hindi ("ammi Bradford mein hain"). */
const AFTER = /^(?:mein|mai|me|main)$/i;
/** A month, never a place, even with a capital ("in March"). */
const NEVER = new Set(['march']);

/**
 * A place right after "in" or "near" inside a longer sentence ("I look after my dad in Swansea",
 * "help for carers in Ynys Môn"), or before romanised Urdu's "mein" ("ammi Bradford mein hain").
 * Exact places only; an everyday word counts only with a capital.
 */
export function placeAfterCue(text: string): { where: CouncilLookup; text: string } | undefined {
  if (findPostcode(text)) return undefined;
  const words = text.split(/[\s,.!?;:()"“”]+/u).filter(Boolean);
  if (words.length > 40) return undefined;
  const runs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // Longer runs first ("Newport Pagnell" before "Newport"): after a cue, or before a cue that follows the place.
    if (CUE.test(words[i])) for (let n = Math.min(MAX_RUN, words.length - i - 1); n >= 1; n--) runs.push(words.slice(i + 1, i + 1 + n).join(' '));
    if (i > 0 && AFTER.test(words[i])) for (let n = Math.min(MAX_RUN, i); n >= 1; n--) runs.push(words.slice(i - n, i).join(' '));
  }
  for (const run of runs) {
    const lower = run.toLowerCase();
    if (run.length < 3 || NEVER.has(lower)) continue;
    if (EVERYDAY.has(lower) && !/^\p{Lu}/u.test(run)) continue;
    const found = exactPlace(run);
    if (found) return { where: found, text: run };
    const rule = NASAL.find(([mutated]) => mutated.test(run));
    const radical = rule ? run.replace(rule[0], rule[1]) : undefined;
    const again = radical ? exactPlace(radical) : undefined;
    if (again && radical) return { where: again, text: radical };
  }
  return undefined;
}

/** A short reply that puts the place right: "no, Newport on the Isle of Wight", "actually it's Richmond in Yorkshire". */
const CORRECTING = /^(?:no|nope|not|actually|sorry|oops|i meant|i mean|i said|it'?s|its)\b/i;

export function placeInCorrection(text: string): { where: CouncilLookup; text: string } | undefined {
  const trimmed = text.trim();
  if (!CORRECTING.test(trimmed) || trimmed.split(/\s+/).length > 10) return undefined;
  const found = placeIn(trimmed);
  if (!found) return undefined;
  const lower = found.text.toLowerCase();
  return NEVER.has(lower) || (EVERYDAY.has(lower) && !/^\p{Lu}/u.test(found.text)) ? undefined : found;
}
