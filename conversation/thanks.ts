/**
 * A message that is only thanks ("thanks", "diolch yn fawr", "谢谢", "shukriya"): answered with a
 * kind word, not "can you tell me a bit more?". Thanks beside anything else is not only thanks.
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
  'bye',
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

const fold = (list: string[]) => new Set(list.flatMap((w) => words(matchForm(w))));
const THANKS_WORDS = fold(THANKS);
const WITH_WORDS = fold(WITH);
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
