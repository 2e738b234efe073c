/**
 * Small talk answered as a person would: a message that is only thanks ("thanks", "diolch yn fawr",
 * "谢谢", "shukriya") gets a kind word, and "how are you?" asked of us an honest, short answer, never
 * "can you tell me a bit more?". Either beside anything else is not small talk.
 */
import { matchForm, words } from '../understanding/match-text';

/** Thanks words and phrases, any language, as written (folded on load). */
const THANKS = [
  'thanks',
  'thank',
  'thankyou',
  'thanx',
  'thx',
  'ty',
  'cheers',
  'ta',
  'merci',
  'diolch',
  'dziekuje',
  'dzieki',
  'dziekujemy',
  'dziękuję',
  'dzięki',
  'multumesc',
  'mulțumesc',
  'mersi',
  'obrigado',
  'obrigada',
  'gracias',
  'shukriya',
  'shukria',
  'shukriyah',
  'jazakallah',
  'jazak',
  'شکریہ',
  'شكرا',
  'شكراً',
  'جزاک',
  '谢谢',
  '多谢',
  '感谢',
  '謝謝',
  'ধন্যবাদ',
  'ਧੰਨਵਾਦ',
  'ਸ਼ੁਕਰੀਆ',
  'આભાર',
  'ધન્યવાદ',
];

/** Words that go with thanks and add nothing: "thank you so much", "diolch yn fawr", "bardzo dziękuję". */
const WITH = [
  'you',
  'u',
  'so',
  'very',
  'much',
  'a',
  'lot',
  'lots',
  'ok',
  'okay',
  'again',
  'for',
  'that',
  'this',
  'all',
  'your',
  'the',
  'info',
  'help',
  'x',
  'xx',
  'love',
  'mate',
  'yn',
  'fawr',
  'iawn',
  'bardzo',
  'wielkie',
  'mult',
  'muito',
  'muchas',
  'mucho',
  'muitas',
  'bahut',
  'bohat',
  'ji',
  'jee',
  'khair',
  'khairan',
  'aap',
  'ka',
  'جزيلا',
  'جزیلا',
  'بہت',
  'آپ',
  'کا',
  '你',
  '您',
  '非常',
  '很',
  'অনেক',
  'ਬਹੁਤ',
  'ਜੀ',
  'ખૂબ',
];

/** Goodbyes, which end a conversation as thanks do ("bye", "thanks, bye", "hwyl", "再见"): a kind word back, not the question again. */
const FAREWELLS = ['bye', 'byee', 'goodbye', 'cya', 'hwyl', 'adios', 'adiós', 'tchau', 'adeus', 'khudahafiz', 'خداحافظ', 'مع السلامة', '再见', '拜拜'];

const fold = (list: string[]) => new Set(list.flatMap((w) => words(matchForm(w))));
const THANKS_WORDS = fold([...THANKS, ...FAREWELLS]);
const WITH_WORDS = fold(WITH);
const FAREWELL_WORDS = fold(FAREWELLS);

/** A goodbye among the words ("thanks, bye"): the kind word back says goodbye too. */
export function saysBye(text: string): boolean {
  const folded = matchForm(text);
  return words(folded).some((word) => FAREWELL_WORDS.has(word)) || [...FAREWELL_WORDS].some((w) => !/^[a-z0-9]+$/.test(w) && folded.includes(w));
}
/** Scripts written without spaces: thanks found inside a longer run ("谢谢你"). */
const RUNS = [...THANKS_WORDS, ...WITH_WORDS].filter((w) => !/^[a-z0-9]+$/.test(w)).sort((a, b) => b.length - a.length);

/** Longer messages say more than thanks. */
const MAX_WORDS = 8;

export function isThanks(text: string): boolean {
  const all = words(matchForm(text));
  if (!all.length || all.length > MAX_WORDS) return false;
  let thanked = false;
  for (const word of all) {
    if (THANKS_WORDS.has(word)) thanked = true;
    else if (WITH_WORDS.has(word)) continue;
    else {
      // A run such as "谢谢你": every part a thanks word or one that goes with it.
      let rest = word;
      for (const part of RUNS)
        if (rest.includes(part)) {
          if (THANKS_WORDS.has(part)) thanked = true;
          rest = rest.split(part).join('');
        }
      if (rest) return false;
    }
  }
  return thanked;
}

/** "How are you?" asked of the bot, any language (folded), with a greeting or "and you" around it at most. */
const HOW_ARE_YOU = [
  'how are you',
  'how are u',
  'how r u',
  'hows it going',
  'how are you doing',
  'how are you today',
  'you ok',
  'are you ok',
  'you alright',
  'how you doing',
  'sut wyt ti',
  'sut ydych chi',
  'shwt wyt ti',
  'jak sie masz',
  'co slychac',
  'ce mai faci',
  'ce faci',
  'como esta',
  'como estas',
  'tudo bem',
  'que tal',
  'aap kaise hain',
  'ap kaise hain',
  'kaise ho',
  'kya haal hai',
  'kya hal hai',
  'آپ کیسے ہیں',
  'کیا حال ہے',
  'كيف حالك',
  'كيف الحال',
  '你好吗',
  '你怎么样',
  '您好吗',
  'কেমন আছেন',
  'কেমন আছো',
  'ਤੁਸੀਂ ਕਿਵੇਂ ਹੋ',
  'ਕੀ ਹਾਲ ਹੈ',
  'કેમ છો',
  'તમે કેમ છો',
]
  .map((phrase) => words(matchForm(phrase)).join(' '))
  .sort((a, b) => b.length - a.length)
  // Padded with a space each side once, here, not for every phrase of every message.
  .map((phrase) => ` ${phrase} `);
const AROUND = fold(['hi', 'hello', 'hey', 'and', 'you', 'there', 'thanks', 'ok', 'helo', 'hola', 'ola', 'czesc', 'salam', 'bot', 'today', 'doing']);

export function asksHowWeAre(text: string): boolean {
  const all = words(matchForm(text));
  if (!all.length || all.length > 8) return false;
  const joined = ` ${all.join(' ')} `;
  const found = HOW_ARE_YOU.find((phrase) => joined.includes(phrase));
  if (!found) return false;
  return joined
    .replace(found, ' ')
    .split(' ')
    .filter(Boolean)
    .every((word) => AROUND.has(word));
}
