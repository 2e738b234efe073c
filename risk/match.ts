/**
 * Finds where compiled rule sequences match in a token stream.
 *
 * Each sequence is tried only at tokens that can start it (index lookup),
 * and extended through bounded gaps with a set of reachable positions, not
 * by backtracking: work is O(tokens × pattern length × gap), i.e. linear.
 */
import type { CompiledRuleSet } from './rules';
import type { Alternative, Term } from './pattern';
import { isAlarmTemperature } from './temperature';
import { exceptAt } from './except';
import { termIndexOf, TermPositions, TOKEN_MEMO_LIMIT, type TermIndex } from './termIndex';

export interface Match {
  rule: number;
  start: number;
  end: number;
}

export interface MatchResult {
  matches: Match[];
  requiresMet: Set<number>;
  unlessMet: Set<number>;
}

/** Enough matches per rule to judge idioms and denials span by span; more adds nothing. */
const MAX_MATCHES_PER_RULE = 32;

function alternativeMatches(alt: Alternative, tokens: readonly string[], at: number): boolean {
  for (let k = 0; k < alt.length; k++) {
    const atom = alt[k];
    const token = tokens[at + k];
    if (atom === undefined || token === undefined) return false;
    const ok = atom.prefix ? token.startsWith(atom.text) : token === atom.text;
    if (!ok && !(k === 0 && hasForms(token) && tokenForms(token).some((f) => (atom.prefix ? f.startsWith(atom.text) : f === atom.text)))) return false;
  }
  return true;
}

const NO_ENDS: number[] = [];

/** Arabic writes "and", "the", "with"... joined to the word: "وحرارته" is "و" + "حرارته". */
const ARABIC_CLITICS = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];

/** True when the token may carry a joined Arabic clitic, so it has other forms to try. */
function hasForms(token: string): boolean {
  const c = token.charCodeAt(0);
  return c >= 0x0620 && c <= 0x064a && token.length >= 4;
}

/** The token, and for Arabic-script tokens the same word without a joined clitic. */
export function tokenForms(token: string): string[] {
  if (!hasForms(token)) return [token];
  const forms = [token];
  for (const clitic of ARABIC_CLITICS) {
    if (token.startsWith(clitic) && token.length - clitic.length >= 3) forms.push(token.slice(clitic.length));
  }
  return forms;
}

function termEnds(term: Term, tokens: readonly string[], at: number, set: CompiledRuleSet): number[] {
  if (term.temperature) return isAlarmTemperature(tokens, at, set.isTemperatureCue) ? [at + 1] : NO_ENDS;
  const token = tokens[at];
  if (token === undefined) return NO_ENDS;
  // A concept's exception starts here ("打电话" for the harm verb "打"): the term does not match here.
  if (term.except && exceptAt(term.except, tokens, at)) return NO_ENDS;
  let ends = NO_ENDS;
  // Single-token exact alternatives: one set lookup instead of a loop.
  if (term.singles?.has(token)) ends = [at + 1];
  else if (term.singles && hasForms(token) && tokenForms(token).some((form) => term.singles?.has(form))) ends = [at + 1];
  for (const alt of candidateAlternatives(term, token)) {
    if (alternativeMatches(alt, tokens, at)) ends = ends === NO_ENDS ? [at + alt.length] : [...ends, at + alt.length];
  }
  return ends;
}

/** The alternatives whose first atom can match this token (or one of its forms): a few lookups, not a scan. */
function candidateAlternatives(term: Term, token: string): readonly Alternative[] {
  const byFirst = term.othersByFirst;
  const byPrefix = term.othersByPrefix;
  if (!byFirst || !byPrefix) return term.others ?? term.alternatives;
  if (byFirst.size === 0 && byPrefix.size === 0) return NO_ALTERNATIVES;
  // An alternative is indexed once, under its first atom; a repeat through another form only repeats an end.
  let found: Alternative[] | undefined;
  for (const form of hasForms(token) ? tokenForms(token) : [token]) {
    const exact = byFirst.get(form);
    if (exact) found = found ? found.concat(exact) : exact;
    const lengths = term.prefixLengths ?? [];
    for (let i = 0; i < lengths.length; i++) {
      const length = lengths[i] ?? 0;
      if (length > form.length) break;
      const bucket = byPrefix.get(form.slice(0, length));
      if (bucket) found = found ? found.concat(bucket) : bucket;
    }
  }
  return found ?? NO_ALTERNATIVES;
}

const NO_ALTERNATIVES: readonly Alternative[] = [];

/**
 * Ends of a term at a position, remembered for this message: a concept's term is shared by every
 * frame that names it, so its ends at a position are worked out once, not once per frame.
 */
type EndsCache = Map<readonly Alternative[], (number[] | undefined)[]>;

function cachedEnds(term: Term, tokens: readonly string[], at: number, set: CompiledRuleSet, cache: EndsCache): number[] {
  if (term.temperature) return termEnds(term, tokens, at, set);
  let byPosition = cache.get(term.alternatives);
  if (!byPosition) cache.set(term.alternatives, (byPosition = []));
  let ends = byPosition[at];
  if (!ends) byPosition[at] = ends = termEnds(term, tokens, at, set);
  return ends;
}

/** End of the shortest match of the sequence starting at `start`, or -1. */
function matchSequence(
  terms: readonly Term[],
  ids: Int32Array,
  tokens: readonly string[],
  start: number,
  set: CompiledRuleSet,
  cache: EndsCache,
  where: TermPositions,
): number {
  const first = terms[0];
  if (!first) return -1;
  let frontier = cachedEnds(first, tokens, start, set, cache);
  for (let j = 1; j < terms.length && frontier.length > 0; j++) {
    const term = terms[j];
    if (!term) return -1;
    const id = ids[j] ?? -1;
    // Ascending ends, so each position is tried once: where one gap's window ends, the next resumes.
    const sorted = frontier.length > 1 ? [...frontier].sort((a, b) => a - b) : frontier;
    const next: number[] = [];
    let tried = -1;
    // Only the positions the term can start at (termIndex.ts); a temperature is looked for everywhere.
    let p = id < 0 ? 0 : where.firstAtOrAfter(id, sorted[0] ?? 0);
    const runEnd = id < 0 ? 0 : (where.start[id] ?? 0) + (where.count[id] ?? 0);
    for (const from of sorted) {
      const last = Math.min(from + term.gapBefore, tokens.length - 1);
      const lo = Math.max(from, tried + 1);
      if (id < 0) {
        for (let q = lo; q <= last; q++) {
          for (const end of cachedEnds(term, tokens, q, set, cache)) if (!next.includes(end)) next.push(end);
        }
      } else {
        while (p < runEnd && (where.positions[p] ?? 0) < lo) p++;
        for (; p < runEnd; p++) {
          const q = where.positions[p] ?? 0;
          if (q > last) break;
          for (const end of cachedEnds(term, tokens, q, set, cache)) if (!next.includes(end)) next.push(end);
        }
      }
      tried = Math.max(tried, last);
    }
    frontier = next;
  }
  return frontier.length === 0 ? -1 : Math.min(...frontier);
}

/** False when a term of the sequence (after its first) can start nowhere in the message. */
function termsPresent(ids: Int32Array, where: TermPositions): boolean {
  for (let j = 1; j < ids.length; j++) {
    const id = ids[j] ?? -1;
    if (id >= 0 && where.count[id] === 0) return false;
  }
  return true;
}

/** One set of position buffers per rule set, reused message after message (matching is synchronous). */
const positionsBySet = new WeakMap<CompiledRuleSet, TermPositions>();

function termPositions(set: CompiledRuleSet): TermPositions {
  let where = positionsBySet.get(set);
  if (!where) positionsBySet.set(set, (where = new TermPositions(termIndexOf(set))));
  return where;
}

/**
 * Per rule set, what depends on a token alone (the sequences it can start, its typo correction):
 * words repeat from message to message, so each is worked out once (bounded: cleared when full).
 */
interface TokenMemo {
  candidates: Map<string, (readonly number[])[]>;
  corrections: Map<string, string>;
  /** Per sequence, for the message being matched: 0 not yet asked, 1 every term present, 2 not (see termsPresent). */
  present: Int8Array;
  /** The sequences asked about in this message, to reset. */
  asked: number[];
}
const memos = new WeakMap<CompiledRuleSet, TokenMemo>();

function memoOf(set: CompiledRuleSet): TokenMemo {
  let memo = memos.get(set);
  if (!memo) memos.set(set, (memo = { candidates: new Map(), corrections: new Map(), present: new Int8Array(set.sequences.length), asked: [] }));
  return memo;
}

function remember<V>(map: Map<string, V>, token: string, value: V): V {
  if (map.size >= TOKEN_MEMO_LIMIT) map.clear();
  map.set(token, value);
  return value;
}

function candidatesAt(token: string, set: CompiledRuleSet, index: TermIndex, memo: TokenMemo): readonly (readonly number[])[] {
  return memo.candidates.get(token) ?? remember(memo.candidates, token, findCandidates(token, set, index));
}

function findCandidates(token: string, set: CompiledRuleSet, index: TermIndex): (readonly number[])[] {
  const found: (readonly number[])[] = [];
  for (const form of tokenForms(token)) {
    const exact = set.byExact.get(form);
    if (exact) found.push(exact);
    // set.byPrefix's buckets, shortest prefix first, as a loop over set.prefixLengths would find them
    // (eachPrefix written out: no closure per token).
    for (let length = index.minSequencePrefix; length <= form.length; length++) {
      const bucket = index.sequencePrefix.get(length === form.length ? form : form.slice(0, length));
      if (!bucket) break;
      if (bucket.length) found.push(bucket);
    }
  }
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) found.push(set.byNumber);
  return found;
}

export function findMatches(tokens: readonly string[], set: CompiledRuleSet): MatchResult {
  const matches: Match[] = [];
  const perRule = new Map<number, number>();
  const requiresMet = new Set<number>();
  const unlessMet = new Set<number>();
  const cache: EndsCache = new Map();
  const where = termPositions(set);
  where.fill(tokens, tokenForms);
  const sequenceTerms = where.index.sequenceTerms;
  const memo = memoOf(set);
  const present = memo.present;
  for (const s of memo.asked) present[s] = 0;
  memo.asked.length = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    for (const bucket of candidatesAt(token, set, where.index, memo))
      for (const s of bucket) {
        const seq = set.sequences[s];
        if (!seq) continue;
        if (seq.role === 'requires' && requiresMet.has(seq.rule)) continue;
        if (seq.role === 'unless' && unlessMet.has(seq.rule)) continue;
        if (seq.role === 'main' && (perRule.get(seq.rule) ?? 0) >= MAX_MATCHES_PER_RULE) continue;
        const ids = sequenceTerms[s];
        if (!ids) continue;
        // A sequence is tried at each token that can start it; whether its terms occur is a fact of the message.
        if (present[s] === 0) {
          present[s] = termsPresent(ids, where) ? 1 : 2;
          memo.asked.push(s);
        }
        if (present[s] === 2) continue;
        const end = matchSequence(seq.terms, ids, tokens, i, set, cache, where);
        if (end < 0) continue;
        if (seq.role === 'requires') requiresMet.add(seq.rule);
        else if (seq.role === 'unless') unlessMet.add(seq.rule);
        else {
          matches.push({ rule: seq.rule, start: i, end });
          perRule.set(seq.rule, (perRule.get(seq.rule) ?? 0) + 1);
        }
      }
  }
  return { matches, requiresMet, unlessMet };
}

/** Replaces unknown longer Latin words by the lexicon word they are one typo away from. */
export function correctTypos(tokens: readonly string[], set: CompiledRuleSet): string[] {
  const corrections = memoOf(set).corrections;
  const out: string[] = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    out[i] = corrections.get(token) ?? remember(corrections, token, correctToken(token, set));
  }
  return out;
}

function correctToken(token: string, set: CompiledRuleSet): string {
  if (token.length < 3 || set.vocabulary.has(token)) return token;
  const c = token.charCodeAt(0);
  if (c < 97 || c > 122) return token;
  for (const length of set.prefixLengths) {
    if (length > token.length) break;
    if (set.byPrefix.has(token.slice(0, length))) return token;
  }
  return undoStretching(token, set) ?? (token.length >= 5 ? set.fuzzy.correct(token) : undefined) ?? token;
}

/**
 * Stretched words ("dieee", "kiill") are already cut to double letters by the
 * normaliser; try each double as a single letter to find a known word.
 */
function undoStretching(token: string, set: CompiledRuleSet): string | undefined {
  const doubles: number[] = [];
  for (let i = 1; i < token.length; i++) if (token[i] === token[i - 1]) doubles.push(i);
  if (doubles.length === 0 || doubles.length > 3) return undefined;
  for (let mask = 1; mask < 1 << doubles.length; mask++) {
    let candidate = '';
    for (let i = 0; i < token.length; i++) {
      const d = doubles.indexOf(i);
      if (d >= 0 && mask & (1 << d)) continue;
      candidate += token[i];
    }
    if (set.vocabulary.has(candidate)) return candidate;
  }
  return undefined;
}
