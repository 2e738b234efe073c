/**
 * Places outside the UK and the Crown Dependencies ("Lahore", "we're in Spain", "w Polsce", "القاهرة",
 * "北京"): the bot has nothing local there and says so, rather than "I couldn't find that place".
 * Names in data/geography/abroad.json; a name a UK place has is never read as abroad (Perth, Boston).
 * Latin names count as the whole answer or right after "in" ("mum lives in Pakistan"); names in other
 * scripts anywhere, as whole words (Arabic joins "in" to the name, Chinese has no spaces).
 */
import { readFileSync } from 'node:fs';
import { type Exonym, fitsWord, foldScript, scriptOf } from './exonyms';
import { placeKey } from './placeKey';
import { PLACES } from './tables';

interface AbroadFile {
  names: Record<string, string[]>;
}

let table: { byKey: Map<string, string>; searchable: Exonym[] } | undefined;

function abroad(): NonNullable<typeof table> {
  if (table) return table;
  const file = JSON.parse(readFileSync(new URL('../../data/geography/abroad.json', import.meta.url), 'utf8')) as AbroadFile;
  const byKey = new Map<string, string>();
  const searchable: Exonym[] = [];
  for (const name of Object.values(file.names).flat()) {
    const script = scriptOf(name);
    if (script !== 'latin') searchable.push({ folded: foldScript(name), english: name, script });
    else if (!PLACES.has(placeKey(name))) byKey.set(placeKey(name), name);
  }
  searchable.sort((a, b) => b.folded.length - a.folded.length);
  table = { byKey, searchable };
  return table;
}

/** "in", "near" and the like before a place, in the languages written in Latin letters; never "from" ("jestem z Polski" says where they come from). */
const CUE = /^(?:in|near|to|w|we|en|em|no|na|în|yn|ym|yng)$/i;
/** Words before the place in a short answer that say nothing else: "we're in", "she lives in", "back home in". */
const LEAD =
  /^(?:i|im|i'm|i’m|we|were|we're|we’re|she|he|they|mum|mom|dad|my|mother|father|lives|live|living|is|are|am|based|still|back|home|out|over|there|in)$/i;
const MAX_RUN = 3;
const MAX_WORDS = 16;

function latinIn(text: string): string | undefined {
  const { byKey } = abroad();
  const words = text.split(/[\s,.!?;:()"“”]+/u).filter(Boolean);
  if (!words.length || words.length > MAX_WORDS) return undefined;
  const at = (i: number, n: number) => byKey.get(placeKey(words.slice(i, i + n).join(' ')));
  // The whole answer, less words that only lead up to it ("we're in Spain", "Lahore, Pakistan").
  let start = 0;
  while (start < words.length - 1 && LEAD.test(words[start])) start++;
  for (let n = Math.min(MAX_RUN, words.length - start); n >= 1; n--) {
    const found = at(start, n);
    const rest = words.length - start - n;
    if (found && (rest === 0 || (rest <= MAX_RUN && at(start + n, rest)))) return found;
  }
  for (let i = 0; i < words.length - 1; i++) {
    if (!CUE.test(words[i])) continue;
    for (let n = Math.min(MAX_RUN, words.length - i - 1); n >= 1; n--) {
      const found = at(i + 1, n);
      if (found) return found;
    }
  }
  // Romanised Urdu puts "in" after the place: "hum Lahore mein rehte hain".
  for (let i = 1; i < words.length; i++)
    if (/^(?:mein|main|mai|me)$/i.test(words[i]))
      for (let n = Math.min(MAX_RUN, i); n >= 1; n--) {
        const found = at(i - n, n);
        if (found) return found;
      }
  return undefined;
}

/** The place abroad named in the text, as written in the list, or undefined. */
export function abroadIn(text: string): string | undefined {
  const trimmed = (text ?? '').trim().slice(0, 300);
  if (!trimmed) return undefined;
  const folded = foldScript(trimmed);
  if (!/^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]*$/u.test(folded)) {
    for (const name of abroad().searchable) {
      for (let at = folded.indexOf(name.folded); at >= 0; at = folded.indexOf(name.folded, at + 1)) {
        if (fitsWord(folded, at, name)) return name.english;
      }
    }
  }
  return latinIn(trimmed);
}
