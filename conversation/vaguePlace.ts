/**
 * An answer to "where do you live?" that names no place: "near me", "I don't know", "rather not
 * say" (any language the bot speaks; phrases in vaguePlaceWords.ts). Read only when no postcode or
 * place was found in it, so a real place always wins.
 */
import { FILLERS, VAGUE_PHRASES, type VagueKind } from './vaguePlaceWords';

export type { VagueKind } from './vaguePlaceWords';

/** Longer than this is a sentence, not one of these short answers. */
const MAX_LENGTH = 60;

/**
 * Folded for comparison: lower case, no accents on Latin letters ("aquí" = "aqui", "siŵr" = "siwr"),
 * no Arabic vowel or hamza marks, no apostrophes ("don't" = "dont"), other punctuation as spaces.
 */
export function foldAnswer(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .normalize('NFC')
    .replace(/['’ʼ`]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

const PHRASES: ReadonlyMap<string, VagueKind> = new Map(
  (Object.entries(VAGUE_PHRASES) as Array<[VagueKind, readonly string[]]>).flatMap(([kind, list]) => list.map((p) => [foldAnswer(p), kind] as const)),
);
const FILLER_WORDS: readonly string[][] = FILLERS.map((f) => foldAnswer(f).split(' '));

function startsWith(words: readonly string[], part: readonly string[]): boolean {
  return part.length < words.length && part.every((w, i) => words[i] === w);
}

function endsWith(words: readonly string[], part: readonly string[]): boolean {
  const from = words.length - part.length;
  return part.length < words.length && part.every((w, i) => words[from + i] === w);
}

/** "just near me please" -> "near me": fillers off both ends, never the whole answer. */
function withoutFillers(words: string[]): string[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (const filler of FILLER_WORDS) {
      if (startsWith(words, filler)) words = words.slice(filler.length);
      else if (endsWith(words, filler)) words = words.slice(0, words.length - filler.length);
      else continue;
      changed = true;
    }
  }
  return words;
}

/** Which kind of no-place answer this is, or undefined when it is anything else. */
export function vaguePlace(text: string): VagueKind | undefined {
  const folded = foldAnswer(text);
  if (!folded || folded.length > MAX_LENGTH) return undefined;
  return PHRASES.get(folded) ?? PHRASES.get(withoutFillers(folded.split(' ')).join(' '));
}
