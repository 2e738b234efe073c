/**
 * Training-time copies of a text that differ only in surface form, so the model learns the
 * phrasing and not one writer's spelling: a letter swapped or dropped (typos), a word left out,
 * one family member for another ("my son" / "my husband", from the `family_actor` concept of the
 * same language). Case, accents, look-alike letters and punctuation are already folded by
 * normalisation. Deterministic: seeded by the row's id.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { normalizeForMatching, tokenize } from '../../text/normalize';
import { seededRandom } from '../../core/seededRandom';

const CONCEPTS_DIR = new URL('../../data/risk/concepts/', import.meta.url);
const SWAPPABLE = ['family_actor'];

let relatives: ReadonlyMap<string, readonly string[]> | undefined;

/** One-word relation words, each mapped to the others of its language. */
function relationWords(): ReadonlyMap<string, readonly string[]> {
  if (relatives) return relatives;
  const map = new Map<string, string[]>();
  for (const name of readdirSync(CONCEPTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = JSON.parse(readFileSync(new URL(name, CONCEPTS_DIR), 'utf8')) as { concepts: Record<string, string[]> };
    for (const concept of SWAPPABLE) {
      const words = (file.concepts[concept] ?? [])
        .filter((w) => !w.includes('_') && !w.endsWith('*'))
        .map((w) => tokenize(normalizeForMatching(w))[0] ?? '')
        .filter((w) => w.length >= 3);
      for (const word of words)
        map.set(
          word,
          words.filter((other) => other !== word),
        );
    }
  }
  return (relatives = map);
}

const LETTERS = /^\p{L}+$/u;

function typo(token: string, random: () => number): string {
  const points = Array.from(token);
  if (points.length < 4 || !LETTERS.test(token)) return token;
  const at = 1 + Math.floor(random() * (points.length - 2));
  if (random() < 0.5) points.splice(at, 1);
  else [points[at - 1], points[at]] = [points[at] ?? '', points[at - 1] ?? ''];
  return points.join('');
}

/** `copies` variants of the tokens; none when the text is too short to change safely. */
export function augmentations(tokens: readonly string[], id: string, copies: number): string[][] {
  if (copies <= 0 || tokens.length < 3) return [];
  const random = seededRandom(createHash('sha256').update(id).digest().readUInt32BE(0));
  const swaps = relationWords();
  const out: string[][] = [];
  for (let c = 0; c < copies; c++) {
    const copy: string[] = [];
    for (const token of tokens) {
      const roll = random();
      const others = swaps.get(token);
      if (others && others.length && roll < 0.5) copy.push(others[Math.floor(random() * others.length)] ?? token);
      else if (roll < 0.08) continue;
      else if (roll < 0.2) copy.push(typo(token, random));
      else copy.push(token);
    }
    if (copy.length) out.push(copy);
  }
  return out;
}
