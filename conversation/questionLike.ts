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
]);

export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (MARK.test(trimmed)) return true;
  const first = trimmed.toLowerCase().split(/[\s,.!]+/u)[0] ?? '';
  return OPENERS.has(first);
}
