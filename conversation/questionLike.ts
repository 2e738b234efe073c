/**
 * Whether a message asks something rather than tells something: a question mark in any script, or
 * an opening question word. "How are you?" is answered by telling; a question in its place is a
 * question, and is answered as one.
 */

/** Question marks: Latin, full-width (Chinese), Arabic-script. */
const MARK = /[?？؟]/u;

/** Opening words that make a question, folded to lower case (en, cy, pl, es, pt, ro, Roman Urdu). */
const OPENERS = new Set([
  'how',
  'what',
  'whats',
  "what's",
  'when',
  'where',
  'who',
  'which',
  'why',
  'can',
  'could',
  'do',
  'does',
  'did',
  'is',
  'are',
  'will',
  'would',
  'should',
  'shall',
  'sut',
  'beth',
  'pryd',
  'ble',
  'pwy',
  'pam',
  'oes',
  'ydw',
  'ydy',
  'alla',
  'ga',
  'faint',
  'jak',
  'co',
  'kiedy',
  'gdzie',
  'kto',
  'czy',
  'ile',
  'dlaczego',
  'cómo',
  'qué',
  'cuándo',
  'dónde',
  'quién',
  'cuánto',
  'cuanto',
  'puedo',
  'posso',
  'quanto',
  'quando',
  'onde',
  'quem',
  'cum',
  'ce',
  'când',
  'unde',
  'cine',
  'cât',
  'pot',
  'kya',
  'kaise',
  'kab',
  'kahan',
  'kaun',
  'kitna',
  'kitne',
  'kyun',
  // Arabic, Urdu, Punjabi, Gujarati and Bengali opening question words ("ما" and "من" are also "not" and "from": left out).
  'كيف',
  'ماذا',
  'متى',
  'أين',
  'اين',
  'هل',
  'لماذا',
  'كم',
  'کیا',
  'کیسے',
  'کب',
  'کہاں',
  'کون',
  'کتنا',
  'کیوں',
  'ਕੀ',
  'ਕਿਵੇਂ',
  'ਕਦੋਂ',
  'ਕਿੱਥੇ',
  'ਕੌਣ',
  'ਕਿੰਨਾ',
  'ਕਿਉਂ',
  'શું',
  'કેવી',
  'કેવી રીતે',
  'ક્યારે',
  'ક્યાં',
  'કોણ',
  'કેટલા',
  'કેમ',
  'কী',
  'কি',
  'কেমন',
  'কখন',
  'কোথায়',
  'কে',
  'কত',
  'কেন',
  'কিভাবে',
]);

/** Chinese asks with a particle or a question word anywhere in the sentence. */
const CHINESE_QUESTION = /[吗嗎呢]\s*$|什么|怎么|怎样|哪|多少|谁|为什么|能不能|可不可以|是不是/u;

export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (MARK.test(trimmed) || CHINESE_QUESTION.test(trimmed)) return true;
  // Any clause may ask: "my boss keeps moaning, can they sack me for this".
  return trimmed
    .toLowerCase()
    .split(/[,.;!:\n]+/u)
    .some((clause) => OPENERS.has(clause.trim().split(/\s+/u)[0] ?? ''));
}
