/**
 * A place named inside a sentence in any language: "Mieszkam w Birmingham", "vivo en Leicester",
 * "main Bradford mein rehti hoon", "Dw i'n byw yng Nghaerdydd". The catalogue reads a place on its
 * own or after an English cue ("I live in Leeds"); here each run of up to three words is tried,
 * Welsh nasal mutation undone, and only an exact place (never a spelling guess) counts; the one exception is a
 * name right after a word for living ("we live in Middlesborough"), where one slip of spelling is forgiven.
 */
import { abroadIn, councilsFor, exonymIn, placeKey, type CouncilLookup } from '../catalogue';
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

const MAX_RUN = 5;
const MAX_WORDS = 14;

/** One test per living cue, compiled once: a Latin cue must start a word, any other is found anywhere. */
const LIVING_TESTS: ((lower: string) => boolean)[] = LIVING.map((cue) => {
  if (!/^[a-z ]+$/.test(cue)) return (lower) => lower.includes(cue);
  const startsAWord = new RegExp(`(?:^|[^a-z])${cue}`);
  return (lower) => startsAWord.test(lower);
});

export function mentionsLiving(text: string): boolean {
  const lower = text.toLowerCase();
  return LIVING_TESTS.some((test) => test(lower));
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
  // Part of a name abroad is no place here ("New York" is not York, "New South Wales" not Wales).
  const away = abroadIn(text);
  const partOfAway = (run: string) => away !== undefined && ` ${placeKey(away)} `.includes(` ${placeKey(run)} `);
  for (let n = Math.min(MAX_RUN, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n).join(' ');
      if (run.length < 3) continue;
      // A run holding "in" or "lives" is no name ("I live in North East" would hide "North East Lincolnshire",
      // "a care home in Bangor" would hide "Bangor, Gwynedd"): the name alone is tried as a shorter run.
      if (n > 1 && words.slice(i, i + n).some((w) => NOT_IN_NAMES.has(w.toLowerCase()))) continue;
      const found = placeOrUnmutated(run, i > 0 && POLISH_CUE.test(words[i - 1]));
      const town = i > 1 && /^(?:in|yn|w|en|em)$/i.test(words[i - 1]) && /^\p{Lu}/u.test(words[i - 2]) ? words[i - 2] : undefined;
      if (found && !partOfAway(run)) return townInArea(found, town) ?? found;
    }
  }
  return undefined;
}

/**
 * An area several councils share, named after a town we know in it ("Kendal in the Lake District", "Richmond in
 * Yorkshire"): the town, read with the area as its qualifier, when that narrows the councils.
 */
function townInArea(found: { where: CouncilLookup; text: string }, town: string | undefined): { where: CouncilLookup; text: string } | undefined {
  if (!town || found.where.councils.length < 2 || NOT_IN_NAMES.has(town.toLowerCase())) return undefined;
  const where = exactPlace(`${town}, ${found.text}`);
  return where && where.councils.length < found.where.councils.length ? { where, text: town } : undefined;
}

/** Words no place name holds, in the languages read in Latin letters: who lives, "lives", "in" ("and" is in many: Brighton and Hove). */
const NOT_IN_NAMES = new Set(
  "i i'm im we we're were they she he my our mum mam dad is are live lives living based in near at w we mieszkam mieszka mieszkamy mieszkają vivo vive vivimos viven en em moro mora dw dwi i'n dwi'n rydw rydyn ni'n mae byw yn ym yng main hum mein rehti rehta rehte hoon hain but".split(
    ' ',
  ),
);

/** A place by its exact name, or by its Welsh radical form after a nasal mutation ("Nghaerdydd" is Caerdydd). */
function placeOrUnmutated(run: string, polish = false): { where: CouncilLookup; text: string } | undefined {
  const found = exactPlace(run);
  if (found) return { where: found, text: run };
  const rule = NASAL.find(([mutated]) => mutated.test(run));
  const radical = rule ? run.replace(rule[0], rule[1]) : undefined;
  const again = radical ? exactPlace(radical) : undefined;
  if (again && radical) return { where: again, text: radical };
  return polish ? undeclined(run) : undefined;
}

/** Polish words before a place: "w", "we", "pod", "koło", "niedaleko", "blisko", "okolicach". */
const POLISH_CUE = /^(?:w|we|pod|koło|kolo|niedaleko|blisko|okolicach|okolic|obok)$/i;
/** Polish case endings on an English name ("pod Manchesterem", "koło Swansea", "do Leedsu", "w Sheffieldzie"), longest first. */
const POLISH_ENDINGS = ['iem', 'em', 'zie', 'ze', 'ie', 'u', 'a'];

/**
 * An English place name with a Polish case ending ("Manchesterem", "Nottinghamie", "Glasgowie"): the name without it,
 * when that is a place we know exactly and its last word is long enough to be a name (never a guess at spelling).
 */
function undeclined(run: string): { where: CouncilLookup; text: string } | undefined {
  for (const ending of POLISH_ENDINGS) {
    if (!run.toLowerCase().endsWith(ending)) continue;
    const bare = run.slice(0, -ending.length);
    if ((bare.split(' ').pop() ?? '').length < 4) continue;
    const where = exactPlace(bare);
    if (where) return { where, text: bare };
  }
  return undefined;
}

/** "in", "near" and the like, in the languages whose places are written in Latin letters. */
const CUE = /^(?:in|near|nr|around|round|outside|yn|yng|ym|ger|w|we|koło|pod|en|cerca|de|em|perto|în|lângă|mein)$/i;
/** "the outskirts of Norwich", "north of Inverness": "of" after these is a cue as "near" is. */
const AROUND = /^(?:outskirts|edge|edges|side|north|south|east|west|suburbs)$/i;
/** Places that are everyday words too ("in bath", "near the sea in march"): believed only when written with a capital. */
const EVERYDAY = new Set(
  'barking barry bath battle bow bury castel chard deal diss down eye hay holt hook hyde lancing leek march mold mull porth reading ross rye sale sandwich settle stone street sutton ware wells wick'.split(
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
  // Names in other scripts mean nothing else ("نحن في كارديف", "我们在贝尔法斯特"): named anywhere, they count.
  const other = exonymIn(text);
  const named = other ? exactPlace(other.said) : undefined;
  if (named && other) return { where: named, text: other.said };
  const words = text.split(/[\s,.!?;:()"“”]+/u).filter(Boolean);
  if (words.length > 40) return undefined;
  /** Each run, and the town named just before its cue ("Kendal" of "Kendal in the Lake District"). */
  const runs: { run: string; town?: string; polish?: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    // Longer runs first ("Newport Pagnell" before "Newport"): after a cue, or before a cue that follows the place.
    const polish = POLISH_CUE.test(words[i]);
    if (CUE.test(words[i]) || polish || (/^of$/i.test(words[i]) && i > 0 && AROUND.test(words[i - 1]))) {
      const town = i > 0 && /^\p{Lu}/u.test(words[i - 1]) ? words[i - 1] : undefined;
      for (let n = Math.min(MAX_RUN, words.length - i - 1); n >= 1; n--) runs.push({ run: words.slice(i + 1, i + 1 + n).join(' '), town, polish });
    }
    if (i > 0 && AFTER.test(words[i])) for (let n = Math.min(MAX_RUN, i); n >= 1; n--) runs.push({ run: words.slice(i - n, i).join(' ') });
  }
  for (const { run, town, polish } of runs) {
    const lower = run.toLowerCase();
    if (run.length < 3 || NEVER.has(lower)) continue;
    // "we are in Newport, Isle of Wight": after Polish "we", "are in Newport" is no name; the run after "in" is tried.
    if (NOT_IN_NAMES.has(lower.split(' ')[0] ?? '')) continue;
    if (EVERYDAY.has(lower) && !/^\p{Lu}/u.test(run)) continue;
    const found = placeOrUnmutated(run, polish);
    if (found) return townInArea(found, town) ?? found;
  }
  return slippedAfterLiving(words);
}

/** "live in", "lives near", "based in": what follows names where they live, so one slip of spelling is forgiven there. */
const LIVES = /^(?:live|lives|living|based|moved|stay|stays|staying)$/i;
const LIVES_CUE = /^(?:in|near|outside)$/i;
/** "we're in", "mum is in": where someone is, said without "live"; believed for a slip of spelling only with a capital ("we're in Middlesborough"). */
const BEING = /^(?:are|is|am|were|we're|we’re|i'm|i’m|im|she's|she’s|he's|he’s|they're|they’re)$/i;

/**
 * "we live in Middlesborough", "my mum lives near Glasgo", "we're in Sheffeild": a place name with one slip of spelling
 * right after a word that says where they live, or where they are with the name in capitals (never after a bare "in":
 * "in Sheffeld" may be no place at all). One or two words, as
 * `councilsFor` corrects them (a long word, first letter kept); the place is named back as we spell it.
 */
function slippedAfterLiving(words: readonly string[]): { where: CouncilLookup; text: string } | undefined {
  for (let i = 1; i + 1 < words.length; i++) {
    if (!LIVES_CUE.test(words[i])) continue;
    const living = LIVES.test(words[i - 1]);
    if (!living && !BEING.test(words[i - 1])) continue;
    for (let n = Math.min(2, words.length - i - 1); n >= 1; n--) {
      const run = words.slice(i + 1, i + 1 + n).join(' ');
      if (!living && !/^\p{Lu}/u.test(run)) continue;
      const where = councilsFor(run);
      if (where.status === 'found' && where.matched === 'place' && where.corrected) return { where, text: run };
    }
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

/** Words for the person looked after, in the languages the bot reads in Latin letters: the clause they are in is about them. */
const ABOUT_THEM =
  /\b(?:mum|mam|mom|mummy|mother|dad|daddy|father|husband|hubby|wife|partner|son|daughter|brother|sister|gran|granny|nan|nana|grandma|grandad|grandpa|grandmother|grandfather|aunt|uncle|friend|neighbour|he|she|they|his|her|him|mama|tata|mamá|papá|madre|padre|mãe|pai|ammi|abbu|abba|ami|mam|tad|nhad|fam)\b/iu;
const IS_IN = /\b(?:is|are|stays|staying)\s+(?:in|near)\b|['’]s\s+(?:in|near)\b/i;
const CLAUSES = /[,;.!?،]+|\s(?:and|but|while|whereas|y|e|i|a|ac|aur|și)\s/iu;

/** The message speaks of the person looked after ("my mum in Pakistan"): where they are is where help is wanted. */
export function aboutThem(text: string): boolean {
  return ABOUT_THEM.test(text);
}

export interface NamedPlace {
  where: CouncilLookup;
  text: string;
  /** Other places named in the same message ("I'm in Bristol"), to name back so they can switch. */
  others?: string[];
}

/**
 * Two places in one message ("my mum lives in Newport, I'm in Bristol"): the one said of the person
 * looked after leads (their council is the one that assesses, for the carer too), else the first;
 * the others are kept to be named back.
 */
export function withOtherPlaces(text: string, found: NamedPlace): NamedPlace {
  const seen = new Map<string, { place: string; rank: number; named: NamedPlace }>();
  for (const clause of text.split(CLAUSES)) {
    const named = clause.trim() ? placeIn(clause) : undefined;
    if (!named?.where.place || seen.has(named.where.place)) continue;
    const lower = named.text.toLowerCase();
    if (NEVER.has(lower) || (EVERYDAY.has(lower) && !/^\p{Lu}/u.test(named.text))) continue;
    // Where someone lives outranks where they go ("we live in Leeds, my husband goes to hospital in Bradford").
    // "My mum is in Merthyr" says where she lives, as "lives" would; "is in hospital in Bradford" does not.
    const about = ABOUT_THEM.test(clause);
    const livesThere = mentionsLiving(clause) || (about && IS_IN.test(clause) && !/\b(?:hospital|hospice|ward)\b/i.test(clause));
    const rank = (livesThere ? 2 : 0) + (about ? 1 : 0);
    seen.set(named.where.place, { place: named.where.place, rank, named });
  }
  // A name that spans the clauses ("Newport, Isle of Wight") is one place, however its parts read alone.
  if (seen.size < 2 || !seen.has(found.where.place ?? '')) return found;
  const all = [...seen.values()];
  const best = Math.max(...all.map((p) => p.rank));
  const lead = all.find((p) => p.rank === best && p.place === found.where.place) ?? all.find((p) => p.rank === best) ?? all[0];
  // Named back as they wrote it ("Bristol", not "City of Bristol") when they wrote it as a name.
  const said = (p: (typeof all)[number]) => {
    const words = p.named.text.split(/\s+/);
    for (let n = 1; n <= Math.min(MAX_RUN, words.length); n++) {
      const tail = words.slice(-n).join(' ');
      if (/^\p{Lu}/u.test(tail) && exactPlace(tail)?.place === p.place) return tail;
    }
    return p.place;
  };
  return { ...lead.named, others: all.filter((p) => p !== lead).map(said) };
}
