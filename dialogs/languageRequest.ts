/**
 * A short request to write in a language: "can we speak English please", "in Welsh pls",
 * "po polsku proszę", "yn Gymraeg os gwelwch yn dda", "用中文". Only a language's name and
 * the words of asking: "is there help in Polish?" or "my dad speaks Urdu" are not a request.
 */
import type { LanguageCode } from '../core/languages';

const NAMES: Record<LanguageCode, string[]> = {
  en: [
    'english',
    'saesneg',
    'angielsku',
    'angielski',
    'ingles',
    'inglés',
    'engleza',
    'engleză',
    'angrezi',
    'انگریزی',
    'الإنجليزية',
    'الانجليزية',
    'بالإنجليزية',
    'بالانجليزي',
    '英语',
    '英文',
    'ইংরেজি',
    'ਅੰਗਰੇਜ਼ੀ',
    'અંગ્રેજી',
  ],
  cy: ['welsh', 'cymraeg', 'gymraeg', 'nghymraeg'],
  pl: ['polish', 'polski', 'polsku'],
  ro: ['romanian', 'română', 'romana', 'romaneste', 'românește'],
  pt: ['portuguese', 'português', 'portugues'],
  es: ['spanish', 'español', 'espanol', 'castellano'],
  ur: ['urdu', 'اردو'],
  ar: ['arabic', 'عربي', 'العربية', 'بالعربية', 'بالعربي', 'عربى'],
  zh: ['chinese', 'mandarin', '中文', '汉语', '普通话'],
  bn: ['bengali', 'bangla', 'বাংলা', 'বাংলায়'],
  pa: ['punjabi', 'panjabi', 'ਪੰਜਾਬੀ', 'ਪੰਜਾਬੀ ਵਿੱਚ'],
  gu: ['gujarati', 'ગુજરાતી', 'ગુજરાતીમાં'],
};

/** The words of asking, any language, lower case. */
const ASKING = new Set(
  (
    'can could we you i please pls plz ok okay yes in speak talk write reply answer use switch to change the language only prefer would like rather ' +
    'me with us just instead now thanks thank let lets do continue carry on chat type respond this it that all possible from here ' +
    'yn os gwelwch dda siarad ysgrifennu newid i plis ' +
    'po prosze proszę mow mów pisz mowic mówić pisać mozemy możemy ' +
    'en em por favor hablar hablemos escribe escribir falar fale podemos puedes pode ' +
    'in limba vorbim vorbiti scrie te rog ' +
    'mein main baat karein karo kar zaban zubaan mujhse ' +
    'میں بات کریں زبان براہ مہربانی ' +
    'من فضلك تكلم تحدث اكتب ' +
    '用 说 请 吧 可以 吗 ' +
    'দয়া করে বলুন লিখুন ' +
    'ਕਿਰਪਾ ਕਰਕੇ ਵਿੱਚ ਗੱਲ ' +
    'કૃપા કરીને માં વાત'
  ).split(' '),
);

const MAX_WORDS = 9;

/** Han text has no spaces: the name is cut out and what is left must be words of asking. */
function hanWords(text: string): string[] {
  let rest = text;
  const found: string[] = [];
  for (const name of NAMES.zh.concat(NAMES.en.filter((n) => /[\u4e00-\u9fff]/u.test(n)))) {
    if (rest.includes(name)) {
      found.push(name);
      rest = rest.split(name).join(' ');
    }
  }
  for (const word of ASKING) if (/[\u4e00-\u9fff]/u.test(word)) rest = rest.split(word).join(' ');
  return [...found, ...rest.split(/\s+/).filter(Boolean)];
}

export function languageAskedFor(text: string): LanguageCode | undefined {
  const cleaned = text
    .toLowerCase()
    .replace(/[.,!?？！。،؟]+/gu, ' ')
    .trim();
  const words = /[\u4e00-\u9fff]/u.test(cleaned) ? hanWords(cleaned) : cleaned.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > MAX_WORDS) return undefined;
  let asked: LanguageCode | undefined;
  for (const word of words) {
    const code = (Object.keys(NAMES) as LanguageCode[]).find((c) => NAMES[c].includes(word));
    if (code) {
      if (asked && asked !== code) return undefined;
      asked = code;
    } else if (!ASKING.has(word)) return undefined;
  }
  return asked;
}
