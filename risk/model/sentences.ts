/**
 * A long message read sentence by sentence as well as whole. In a forum post the danger is
 * often one sentence among many ("...and I've been saving his morphine."): averaged over the
 * whole text (features.ts normalises by length) its weight fades, so the danger heads also
 * take the score of each sentence on its own. A sentence alone is held to the short-text bar
 * (evidence.ts liftedThreshold): on the proxy this caught more urgent and emergency posts
 * without more false alarms; the concern heads stay whole-text (sentences raised over-flagging).
 */
import { MAX_CHARS } from './features';
import type { ModelHead } from './model';

/** The heads a single sentence may raise: the dangers and what they are about. */
export const SENTENCE_HEADS: readonly ModelHead[] = ['urgent', 'emergency', 'suicide_self_harm', 'harm_to_others', 'abuse', 'medical_emergency'];

/** Shorter messages are read whole only: their sentences add little, and most messages are short. */
export const SENTENCE_MIN_WORDS = 10;

/** Sentence ends in the scripts we read (Latin, Arabic, Urdu, the danda, CJK) and line breaks; not the point of "38.5". */
const SENTENCE_END = /(?<!\d)\.|\.(?!\d)|[!?。！？؟۔।\n]/u;

/** The sentences of the part of the message the model reads (features.ts), trimmed, empty ones dropped. */
export function sentencesOf(text: string): string[] {
  return text
    .slice(0, MAX_CHARS)
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}
