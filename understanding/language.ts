/**
 * Which language a message is in, and whether it says enough to switch the conversation.
 * Script first (Bengali, Gurmukhi, Gujarati and Han are decisive; Arabic script is split
 * into Urdu / Arabic / Persian by letters and words), then for Latin script a weighted
 * vote of function words and accented letters. Measured against the npm detectors
 * eld, tinyld and franc on short messages: they lose Welsh and romanised Urdu, so none
 * is used (numbers in understanding/README.md).
 */
import { readFileSync } from 'node:fs';
import { type LanguageGuess } from './types';
import { LANGUAGES, type LanguageCode } from '../core/languages';
import { foldForMatch, words } from './match-text';
import { countScripts, dominantScript, type ScriptName } from './script';

interface WordLists {
  strong: string[];
  weak: string[];
}
const LATIN_WORDS = JSON.parse(readFileSync(new URL('../data/understanding/language-words.json', import.meta.url), 'utf8')) as Record<
  string,
  WordLists | string
>;

const STRONG = 2;
const WEAK = 1;
/** Word -> [language, weight] votes. */
const VOTES = new Map<string, [string, number][]>();
for (const [lang, lists] of Object.entries(LATIN_WORDS)) {
  if (typeof lists === 'string') continue;
  for (const [list, weight] of [
    [lists.strong, STRONG],
    [lists.weak, WEAK],
  ] as const) {
    for (const word of list) {
      const key = foldForMatch(word);
      const votes = VOTES.get(key) ?? [];
      if (!votes.some(([l]) => l === lang)) votes.push([lang, weight]);
      VOTES.set(key, votes);
    }
  }
}

/** Accented letters that point at one language (checked on the raw, lower-cased text). */
const LETTER_CUES: [RegExp, string, number][] = [
  [/[ąęłśżźćń]/g, 'pl', 2],
  [/[ășțş]/g, 'ro', 2],
  [/[ŵŷ]/g, 'cy', 3],
  [/[ñ¿¡]/g, 'es', 2],
  [/[ãõ]/g, 'pt', 2],
  [/ç/g, 'pt', 1],
  [/[ßäöü]/g, 'de', 1],
  [/[èàù]/g, 'fr', 1],
];

const SUPPORTED = new Set<string>(LANGUAGES);
const TIE_ORDER = ['en', 'cy', 'pl', 'ro', 'pt', 'es', 'ur', 'fr', 'de', 'it', 'nl'];

interface Vote {
  lang: string;
  score: number;
  tokens: number;
}

/** Every accented letter the cues look for is outside ASCII. */
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
const NOT_ASCII = /[^\x00-\x7f]/;

/** The last text ranked and its votes: a guess that is not sure ranks the same text again (latinCandidates). Never changed once made. */
let lastRanked: { text: string; votes: readonly Vote[] } | undefined;

function rankLatin(text: string): readonly Vote[] {
  if (lastRanked?.text === text) return lastRanked.votes;
  const votes = rankLatinAfresh(text);
  lastRanked = { text, votes };
  return votes;
}

/** Hyphenated names ("Kirkby-in-Ashfield", "Ashby-de-la-Zouch", "Stratford-upon-Avon"): their inner words are no language's. */
const PLACE_COMPOUND = /(?<![\p{L}-])\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)+/gu;
/** Only a compound whose last part has a capital too is a name: Romanian "Mi-e", "Într-un" stay. */
const placeOut = (compound: string): string => (/^\p{Lu}/u.test(compound.slice(compound.lastIndexOf('-') + 1)) ? ' ' : compound);

function rankLatinAfresh(text: string): Vote[] {
  const scores = new Map<string, Vote>();
  const add = (lang: string, score: number, token: boolean) => {
    const vote = scores.get(lang) ?? { lang, score: 0, tokens: 0 };
    vote.score += score;
    if (token) vote.tokens++;
    scores.set(lang, vote);
  };
  for (const word of words(foldForMatch(text.replace(PLACE_COMPOUND, placeOut)))) {
    for (const [lang, weight] of VOTES.get(word) ?? []) add(lang, weight, true);
  }
  const lower = text.toLowerCase();
  if (NOT_ASCII.test(lower))
    for (const [pattern, lang, weight] of LETTER_CUES) {
      const count = lower.match(pattern)?.length ?? 0;
      if (count > 0) add(lang, Math.min(count, 3) * weight, false);
    }
  return [...scores.values()].sort((a, b) => b.score - a.score || TIE_ORDER.indexOf(a.lang) - TIE_ORDER.indexOf(b.lang));
}

/**
 * Supported languages with some evidence in a Latin-script message, best first: when the
 * guess is not reliable, topic cues of each of them are tried.
 */
export function latinCandidates(text: string): LanguageCode[] {
  return rankLatin(text)
    .filter((vote) => vote.score >= STRONG && SUPPORTED.has(vote.lang))
    .map((vote) => vote.lang as LanguageCode)
    .slice(0, 3);
}

/** Greetings that name their language on their own ("cześć", "hola", "shwmae", "salam"): data/understanding/greetings.json. */
const GREETINGS = new Map<string, string>();
for (const [lang, list] of Object.entries(
  JSON.parse(readFileSync(new URL('../data/understanding/greetings.json', import.meta.url), 'utf8')) as Record<string, string[] | string>,
)) {
  if (typeof list !== 'string') for (const greeting of list) GREETINGS.set(words(foldForMatch(greeting)).join(' '), lang);
}

/** A message that is only one language's greeting (with "!" or a name-less "there"): that language. */
function greetingLanguage(text: string): string | undefined {
  const folded = words(foldForMatch(text)).filter((w) => w !== 'there' && w !== 'all');
  return folded.length > 0 && folded.length <= 4 ? GREETINGS.get(folded.join(' ')) : undefined;
}

function latinGuess(text: string): LanguageGuess {
  const greeting = greetingLanguage(text);
  if (greeting) return { code: greeting as LanguageCode, detected: greeting, reliable: true, script: 'Latn', romanised: greeting === 'ur' };
  const ranked = rankLatin(text);
  const best = ranked[0];
  const second = ranked[1];
  if (!best || best.score < WEAK) return { code: null, detected: null, reliable: false, script: 'Latn', romanised: false };
  // Enough evidence: two or more cue words and a clear lead over the runner-up.
  const lead = best.score - (second?.score ?? 0);
  const reliable = best.tokens >= 2 && best.score >= 4 && lead >= 2 && best.score >= 1.4 * (second?.score ?? 0);
  const code = SUPPORTED.has(best.lang) ? (best.lang as LanguageCode) : null;
  return { code, detected: best.lang, reliable, script: 'Latn', romanised: best.lang === 'ur' };
}

/** Letters Urdu uses and Arabic does not (Persian shares some of them). */
const URDU_ONLY = /[ٹڈڑںےۓھۂہ]/g;
const PERSO_URDU = /[پچژکگی]/g;
const ARABIC_ONLY = /[ةىيك]/g;
const URDU_WORDS = new Set([
  'ہے',
  'ہیں',
  'کے',
  'کی',
  'کا',
  'میں',
  'اور',
  'کو',
  'سے',
  'نہیں',
  'کیا',
  'ہوں',
  'مجھے',
  'میری',
  'میرے',
  'میرا',
  'آپ',
  'یہ',
  'وہ',
  'بھی',
  'کر',
  'ہو',
  'تھا',
  'تھی',
  'شکریہ',
  'جی',
  'ہاں',
  'امی',
  'ابو',
  'علیکم',
  'وعلیکم',
]);
const ARABIC_WORDS = new Set([
  'في',
  'من',
  'على',
  'هل',
  'أن',
  'إلى',
  'لا',
  'ما',
  'عن',
  'هذا',
  'هذه',
  'كيف',
  'ماذا',
  'أنا',
  'انا',
  'هو',
  'هي',
  'مع',
  'لي',
  'عندي',
  'أريد',
  'اريد',
  'ممكن',
  'شكرا',
  'نعم',
  'مرحبا',
  // "السلام" is every Muslim's greeting, Urdu speakers' too: only its Arabic spelling of "عليكم" counts.
  'عليكم',
  'والدي',
  'والدتي',
  'زوجي',
  'أمي',
  'أبي',
  'اللي',
  'إذا',
  'اذا',
  'بس',
  'شو',
  'ايش',
  'إيه',
  'مش',
  'حدا',
  'أحد',
  'احد',
  'يعني',
]);
const PERSIAN_WORDS = new Set([
  'است',
  'می',
  'این',
  'که',
  'را',
  'برای',
  'شما',
  'هست',
  'نیست',
  'خیلی',
  'مادرم',
  'پدرم',
  'کمک',
  'سلام',
  'ممنون',
  'چطور',
  'هستم',
  'دارم',
  'میخواهم',
  'بله',
  'نه',
]);

function arabicScriptGuess(text: string, letters: number): LanguageGuess {
  const tokens = text.split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  let ur = 2 * (text.match(URDU_ONLY)?.length ?? 0) + 0.5 * (text.match(PERSO_URDU)?.length ?? 0);
  let ar = 2 * (text.match(ARABIC_ONLY)?.length ?? 0);
  let fa = 0;
  for (const token of tokens) {
    if (URDU_WORDS.has(token)) ur += 3;
    if (ARABIC_WORDS.has(token)) ar += 3;
    if (PERSIAN_WORDS.has(token)) fa += 3;
    if (token.startsWith('ال') && token.length > 3) ar += 1;
  }
  // Persian shares پ چ ژ ک گ ی with Urdu but has none of Urdu's own letters.
  if (fa > 0 && (text.match(URDU_ONLY)?.length ?? 0) === 0) fa += 0.5 * (text.match(PERSO_URDU)?.length ?? 0);
  const ranked = (
    [
      ['ur', ur],
      ['ar', ar],
      ['fa', fa],
    ] as [string, number][]
  ).sort((a, b) => b[1] - a[1]);
  const [bestLang, bestScore] = ranked[0]!;
  const runnerUp = ranked[1]![1];
  // With no cue at all the letters are shared: Arabic is the likelier writer, and a
  // whole word of distinct script (e.g. "مرحبا") is enough to answer in it.
  const lang = bestScore === 0 ? 'ar' : bestLang;
  const reliable = bestScore === 0 ? letters >= 4 : bestScore >= 2 && bestScore >= 2 * runnerUp && letters >= 3;
  const code = SUPPORTED.has(lang) ? (lang as LanguageCode) : null;
  return { code, detected: lang, reliable, script: 'Arab', romanised: false };
}

const DECISIVE: Partial<Record<ScriptName, [LanguageCode, LanguageGuess['script']]>> = {
  Beng: ['bn', 'Beng'],
  Guru: ['pa', 'Guru'],
  Gujr: ['gu', 'Gujr'],
  Hans: ['zh', 'Hans'],
};
const OTHER_SCRIPT_LANGUAGE: Partial<Record<ScriptName, string>> = {
  Kana: 'ja',
  Hang: 'ko',
  Cyrl: 'ru',
  Deva: 'hi',
  Grek: 'el',
  Hebr: 'he',
  Thai: 'th',
  Taml: 'ta',
};

/** The language of one message. Never throws; empty or symbol-only text gives code null. */
export function detectLanguage(text: string): LanguageGuess {
  const { counts, letters } = countScripts(text);
  const script = dominantScript(counts, letters);
  if (!script) return { code: null, detected: null, reliable: false, script: 'Other', romanised: false };
  const decisive = DECISIVE[script];
  if (decisive) {
    // Japanese mixes Han with kana: kana anywhere means it is not Chinese.
    if (script === 'Hans' && (counts.Kana ?? 0) > 0) return { code: null, detected: 'ja', reliable: true, script: 'Other', romanised: false };
    return { code: decisive[0], detected: decisive[0], reliable: (counts[script] ?? 0) >= 2, script: decisive[1], romanised: false };
  }
  if (script === 'Arab') return arabicScriptGuess(text, counts.Arab ?? 0);
  if (script === 'Latn') return latinGuess(text);
  return { code: null, detected: OTHER_SCRIPT_LANGUAGE[script] ?? null, reliable: (counts[script] ?? 0) >= 2, script: 'Other', romanised: false };
}

export interface AnswerLanguageContext {
  /** The person picked a language (button, "change language"): always wins. */
  explicit?: LanguageCode;
  conversationLanguage?: LanguageCode;
  /** The channel's locale, e.g. "pl-PL" or "cy". */
  localeHint?: string | null;
  /** The message carries urgent or emergency risk: with no conversation language yet, a weak guess is taken. */
  atRisk?: boolean;
}

export function supportedLocale(locale: string | null | undefined): LanguageCode | undefined {
  if (!locale) return undefined;
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return SUPPORTED.has(base) ? (base as LanguageCode) : undefined;
}

/**
 * explicit choice > reliable detection > conversation language > (a crisis message) a weak guess >
 * channel locale (if supported) > English. Otherwise a weak guess never switches: "no" alone is not Spanish.
 */
export function chooseAnswerLanguage(guess: LanguageGuess, context: AnswerLanguageContext = {}): LanguageCode {
  if (context.explicit) return context.explicit;
  if (guess.reliable && guess.code) return guess.code;
  if (context.conversationLanguage) return context.conversationLanguage;
  // A crisis as the first message ("quiero matarme", "chce umrzec"): a weak guess beats English they may not read.
  if (context.atRisk && guess.code) return guess.code;
  const fromLocale = supportedLocale(context.localeHint);
  if (fromLocale) return fromLocale;
  return 'en';
}
