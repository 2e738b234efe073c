/**
 * Exceptions to a concept's entries (data/risk/concepts/<lang>.json, `except`): where one of them
 * starts at the very token where an entry of that concept starts, the entry does not count there.
 * Chinese "打" is a harm verb in "我怕我会打她", not in "打电话" (phone), "打车" (a taxi) or "打针"
 * (an injection). Read by both layers: the rules' @concept terms (pattern.ts, match.ts) and the
 * model's concept features (model/concepts.ts), so a concept means the same thing in each.
 *
 * Written like patterns: words, `_` joins tokens, `a|b` alternatives, `word*` a prefix, `~N` up
 * to N other tokens between (at most 4). Literals are normalised like messages.
 */
import { literalTokens } from './pattern';

interface Word {
  text: string;
  prefix: boolean;
}

interface Step {
  /** Each alternative: consecutive tokens. */
  alternatives: Word[][];
  /** Other tokens allowed before this step (0 = adjacent). */
  gapBefore: number;
}

export type ExceptPattern = readonly Step[];

const MAX_EXCEPT_GAP = 4;

/** Parses one exception; throws on an empty one (a typo in the data stops the load). */
export function compileExcept(raw: string): ExceptPattern {
  const steps: Step[] = [];
  let gap = 0;
  for (const part of raw.trim().split(/\s+/)) {
    const gapMatch = /^~(\d+)$/.exec(part);
    if (gapMatch) {
      gap += Number(gapMatch[1]);
      continue;
    }
    const alternatives = part.split('|').map((alt) => {
      const { tokens, prefix } = literalTokens(alt);
      return tokens.map((text, i) => ({ text, prefix: prefix && i === tokens.length - 1 }));
    });
    if (alternatives.some((alt) => alt.length === 0)) throw new Error(`empty alternative in exception "${raw}"`);
    steps.push({ alternatives, gapBefore: steps.length === 0 ? 0 : Math.min(gap, MAX_EXCEPT_GAP) });
    gap = 0;
  }
  if (steps.length === 0) throw new Error(`empty exception "${raw}"`);
  return steps;
}

function wordsAt(words: readonly Word[], tokens: readonly string[], at: number): boolean {
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const token = tokens[at + k];
    if (token === undefined) return false;
    if (!(word.prefix ? token.startsWith(word.text) : token === word.text)) return false;
  }
  return true;
}

function stepsFrom(steps: ExceptPattern, k: number, tokens: readonly string[], from: number): boolean {
  const step = steps[k];
  if (!step) return true;
  const last = Math.min(from + step.gapBefore, tokens.length - 1);
  for (let at = from; at <= last; at++) {
    for (const alt of step.alternatives) if (wordsAt(alt, tokens, at) && stepsFrom(steps, k + 1, tokens, at + alt.length)) return true;
  }
  return false;
}

/** True when one of the exceptions starts at this token. */
export function exceptAt(exceptions: readonly ExceptPattern[], tokens: readonly string[], at: number): boolean {
  for (const steps of exceptions) {
    const first = steps[0];
    if (!first) continue;
    for (const alt of first.alternatives) if (wordsAt(alt, tokens, at) && stepsFrom(steps, 1, tokens, at + alt.length)) return true;
  }
  return false;
}
