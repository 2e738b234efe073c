/**
 * Short follow-ups that carry on the card just answered: "is that right?", "how much?", "what do
 * I say when I ring?", "and in Scotland?". A few words per language: these are the conversation's
 * own moves, not questions about a subject, so a small list fits them better than the matcher.
 */
import type { Nation } from '../core/nations';
import { normalizedTokens } from '../text/normalize';

export type FollowUp = { kind: 'sure' } | { kind: 'howMuch' } | { kind: 'whatToSay' } | { kind: 'nation'; nation: Nation } | { kind: 'again' };

/** Longer messages are new questions, not follow-ups. */
const MAX_WORDS = 9;

/** Folded word sequences (text/normalize.ts), any language; a follow-up matches when all its words appear in order. */
const PHRASES: Record<Exclude<FollowUp['kind'], 'nation'>, string[]> = {
  sure: [
    'is that right',
    'is this right',
    'are you sure',
    'is that true',
    'is that correct',
    'really',
    'how do you know',
    'where does that come from',
    'source',
    'ydy hynny n iawn',
    'wyt ti n siwr',
    'czy to prawda',
    'na pewno',
    'esti sigur',
    'e adevarat',
    'tem certeza',
    'e verdade',
    'esta seguro',
    'es verdad',
    'seguro',
    'kya ye sahi hai',
    'pakka',
    'sach',
    'كيا يه صحيح هے',
    'هل هذا صحيح',
    'متاكد',
    'এটা কি ঠিক',
    'શું આ સાચું છે',
    'ਕੀ ਇਹ ਸਹੀ ਹੈ',
    '真的吗',
    '对吗',
    '确定吗',
  ],
  howMuch: [
    'how much',
    'what is the rate',
    'how much is it',
    'faint',
    'ile',
    'ile to',
    'cat',
    'cati bani',
    'quanto',
    'quanto e',
    'cuanto',
    'cuanto es',
    'kitna',
    'kitne paise',
    'كتنا',
    'كم',
    'কত',
    'કેટલા',
    'ਕਿੰਨਾ',
    '多少',
    '多少钱',
    // Paid or not ("is it paid?" after Carer's Leave: it says it is unpaid).
    'is it paid',
    'is that paid',
    'is it unpaid',
    'do i get paid',
    'will i get paid',
    'is it paid leave',
    'czy jest platny',
    'czy jest platne',
    'czy to platne',
    'es pagado',
    'es remunerado',
    'se paga',
    'e pago',
    'e remunerado',
    'e platit',
    'este platit',
    'ydy en cael ei dalu',
    'cael ei dalu',
    'kya paise milenge',
    'kya tankhwah milegi',
    'هل هو مدفوع',
    'هل هي مدفوعة',
    'مدفوعة الاجر',
    '带薪吗',
    '有工资吗',
  ],
  whatToSay: [
    'what do i say',
    'what should i say',
    'what to say',
    'when i ring',
    'when i call',
    'what do i tell them',
    'beth dw i n ei ddweud',
    'co mam powiedziec',
    'ce sa spun',
    'o que digo',
    'o que eu digo',
    'que digo',
    'que le digo',
    'kya bolun',
    'kya kahun',
    'كيا كهوں',
    'ماذا اقول',
    'কি বলব',
    'શું કહું',
    'ਕੀ ਕਹਾਂ',
    '说什么',
    '怎么说',
  ],
  again: [
    'say that again',
    'repeat',
    'again please',
    'eto raz',
    'ailadrodd',
    'powtorz',
    'repeta',
    'repete',
    'repite',
    'dobara',
    'مرة اخرى',
    'আবার',
    'ફરીથી',
    'ਦੁਬਾਰਾ',
    '再说一遍',
  ],
};

const NATION_WORDS: Record<Nation, string[]> = {
  england: ['england', 'lloegr', 'anglia', 'anglii', 'anglie', 'inglaterra', 'inglaterra', 'انگلينڈ', 'انجلترا', 'ইংল্যান্ড', 'ઇંગ્લેન્ડ', 'ਇੰਗਲੈਂਡ', '英格兰'],
  wales: ['wales', 'cymru', 'walia', 'walii', 'tara galilor', 'pais de gales', 'gales', 'ويلز', 'ওয়েলস', 'વેલ્સ', 'ਵੇਲਜ਼', '威尔士'],
  scotland: ['scotland', 'yr alban', 'alban', 'szkocja', 'szkocji', 'scotia', 'escocia', 'سكاٹ لينڈ', 'اسكتلندا', 'স্কটল্যান্ড', 'સ્કોટલેન્ડ', 'ਸਕਾਟਲੈਂਡ', '苏格兰'],
  northern_ireland: [
    'northern ireland',
    'gogledd iwerddon',
    'irlandia polnocna',
    'irlandii polnocnej',
    'irlanda de nord',
    'irlanda do norte',
    'irlanda del norte',
    'شمالي ائرلينڈ',
    'ايرلندا الشماليه',
    'উত্তর আয়ারল্যান্ড',
    'ઉત્તરી આયર્લેન્ડ',
    'ਉੱਤਰੀ ਆਇਰਲੈਂਡ',
    '北爱尔兰',
  ],
};

function containsInOrder(tokens: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (phrase.every((word, j) => tokens[i + j] === word)) return true;
  }
  return false;
}

const compiled = (list: readonly string[]) => list.map((p) => normalizedTokens(p));
const PHRASE_TOKENS = Object.fromEntries(Object.entries(PHRASES).map(([kind, list]) => [kind, compiled(list)])) as Record<keyof typeof PHRASES, string[][]>;
const NATION_TOKENS = Object.fromEntries(Object.entries(NATION_WORDS).map(([n, list]) => [n, compiled(list)])) as Record<Nation, string[][]>;

/** A nation named in a message ("and in Scotland?", "we live in Wales"), if any. */
export function nationNamed(text: string): Nation | undefined {
  const tokens = normalizedTokens(text);
  for (const [nation, phrases] of Object.entries(NATION_TOKENS) as [Nation, string[][]][]) {
    if (phrases.some((p) => containsInOrder(tokens, p))) return nation;
  }
  return undefined;
}

/** The follow-up a short message asks for, or undefined for anything else. */
export function followUpOf(text: string): FollowUp | undefined {
  const tokens = normalizedTokens(text);
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return undefined;
  // Order matters: "what do I say when I ring in Scotland?" is about what to say.
  if (PHRASE_TOKENS.whatToSay.some((p) => containsInOrder(tokens, p))) return { kind: 'whatToSay' };
  const nation = nationNamed(text);
  if (nation) return { kind: 'nation', nation };
  if (PHRASE_TOKENS.howMuch.some((p) => containsInOrder(tokens, p))) return { kind: 'howMuch' };
  if (PHRASE_TOKENS.sure.some((p) => containsInOrder(tokens, p))) return { kind: 'sure' };
  if (PHRASE_TOKENS.again.some((p) => containsInOrder(tokens, p))) return { kind: 'again' };
  return undefined;
}
