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
  'am',
  // Everyday misspellings: "wat benifits can my nan get".
  'wat',
  'wot',
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

/** Clause breaks: commas (Latin, Arabic, full-width), semicolons, colons, sentence ends, new lines. */
const CLAUSE_BREAK = /[,،、，;؛:.!?？؟。！\n]+/u;

function opensAQuestion(clause: string): boolean {
  return OPENERS.has(clause.trim().toLowerCase().split(/\s+/u)[0] ?? '');
}

export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (MARK.test(trimmed) || CHINESE_QUESTION.test(trimmed)) return true;
  // Any clause may ask: "my boss keeps moaning, can they sack me for this".
  return trimmed.split(/[,.;!:\n]+/u).some(opensAQuestion);
}

/**
 * The clauses of a message that open with a question word, of at least three words, when it has more than
 * one clause: "is there any money for me, i look after the wife full time" asks in its first.
 */
export function questionClauses(text: string): string[] {
  const clauses = text
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim())
    .filter(Boolean);
  if (clauses.length < 2) return [];
  return clauses.filter((clause) => opensAQuestion(clause) && clause.split(/\s+/u).length >= 3);
}
