/**
 * Where in a message each term of a rule set can start: a term can only match at a token that
 * (or one of whose Arabic clitic forms) equals or begins with the first atom of one of its
 * alternatives. Worked out once per message by one lookup per token, so the matcher visits
 * only those positions inside a gap's window, and skips at once a sequence that names a term
 * found nowhere in the message. A filter only: the matcher still checks every candidate in
 * full, so results are the same as trying every position.
 */
import type { CompiledRuleSet } from './rules';
import type { Alternative, Term } from './pattern';

export interface TermIndex {
  /** Distinct terms (by their alternatives), temperature terms excepted. */
  termCount: number;
  /** Per sequence of the set, the id of each of its terms (-1 for a temperature term). */
  sequenceTerms: Int32Array[];
  /** Term ids whose alternatives begin with this exact token. */
  exact: Map<string, readonly number[]>;
  /**
   * Term ids with an alternative whose first atom is this prefix; every shorter start of such a
   * prefix is a key too (with no ids), so a token's walk stops at its first start that is none.
   */
  prefix: Map<string, readonly number[]>;
  /** The shortest prefix's length. */
  minPrefix: number;
  /** Sequences whose first term is a one-token prefix, as set.byPrefix, with the same stops. */
  sequencePrefix: Map<string, readonly number[]>;
  minSequencePrefix: number;
}

const NONE: readonly number[] = [];

/** Distinct tokens remembered per message-independent lookup before the memory is cleared. */
export const TOKEN_MEMO_LIMIT = 20_000;

/** The map with every shorter start of its keys (down to the shortest key's length) added, empty. */
export function withStops(map: ReadonlyMap<string, readonly number[]>): { map: Map<string, readonly number[]>; min: number } {
  const keys = [...map.keys()];
  const min = keys.length ? Math.min(...keys.map((key) => key.length)) : 1;
  const out = new Map<string, readonly number[]>(map);
  for (const key of keys) for (let length = min; length < key.length; length++) if (!out.has(key.slice(0, length))) out.set(key.slice(0, length), NONE);
  return { map: out, min };
}

/**
 * Looks up every start of `form` that is a key, shortest first (as a loop over the keys'
 * lengths would), stopping at the first start that begins no key.
 */
export function eachPrefix(map: ReadonlyMap<string, readonly number[]>, min: number, form: string, found: (ids: readonly number[]) => void): void {
  for (let length = min; length <= form.length; length++) {
    const ids = map.get(length === form.length ? form : form.slice(0, length));
    if (!ids) return;
    if (ids.length) found(ids);
  }
}

const indexes = new WeakMap<CompiledRuleSet, TermIndex>();

/** The set's index, built on first use (a rule set is compiled once and never changed). */
export function termIndexOf(set: CompiledRuleSet): TermIndex {
  let index = indexes.get(set);
  if (!index) indexes.set(set, (index = buildTermIndex(set)));
  return index;
}

function buildTermIndex(set: CompiledRuleSet): TermIndex {
  const ids = new Map<Alternative[], number>();
  const exact = new Map<string, number[]>();
  const prefix = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, id: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  const idOf = (term: Term): number => {
    if (term.temperature) return -1;
    let id = ids.get(term.alternatives);
    if (id !== undefined) return id;
    ids.set(term.alternatives, (id = ids.size));
    for (const alt of term.alternatives) {
      const atom = alt[0];
      if (atom) add(atom.prefix ? prefix : exact, atom.text, id);
    }
    return id;
  };
  // A term's alternatives are listed together, so the check on the last id keeps each list free of repeats.
  const sequenceTerms = set.sequences.map((seq) => Int32Array.from(seq.terms, idOf));
  const terms = withStops(prefix);
  const sequences = withStops(set.byPrefix);
  return {
    termCount: ids.size,
    sequenceTerms,
    exact,
    prefix: terms.map,
    minPrefix: terms.min,
    sequencePrefix: sequences.map,
    minSequencePrefix: sequences.min,
  };
}

/**
 * The positions each term can start at in one message: positions[start[t] .. start[t] + count[t]),
 * ascending. Buffers are reused from message to message (the matcher is synchronous).
 */
export class TermPositions {
  readonly count: Int32Array;
  readonly start: Int32Array;
  positions = new Int32Array(256);
  private readonly lastAt: Int32Array;
  private touched: number[] = [];
  private pairTerm = new Int32Array(256);
  private pairAt = new Int32Array(256);

  constructor(readonly index: TermIndex) {
    this.count = new Int32Array(index.termCount);
    this.start = new Int32Array(index.termCount);
    this.lastAt = new Int32Array(index.termCount).fill(-1);
  }

  /** Fills the positions for these tokens, given each token's forms (the token itself, and clitic-free forms). */
  fill(tokens: readonly string[], formsOf: (token: string) => readonly string[]): void {
    for (const t of this.touched) {
      this.count[t] = 0;
      this.lastAt[t] = -1;
    }
    this.touched = [];
    this.pairs = 0;
    if (this.memoFormsOf !== formsOf) {
      this.memo.clear();
      this.memoFormsOf = formsOf;
    }
    for (let at = 0; at < tokens.length; at++) this.note(this.termsAt(tokens[at]!, formsOf), at);
    const pairs = this.pairs;
    let offset = 0;
    for (const t of this.touched) {
      this.start[t] = offset;
      offset += this.count[t]!;
    }
    if (this.positions.length < offset) this.positions = new Int32Array(offset * 2);
    // Pairs come in ascending position, so each term's run is ascending too.
    const next = this.lastAt;
    for (const t of this.touched) next[t] = this.start[t]!;
    for (let p = 0; p < pairs; p++) this.positions[next[this.pairTerm[p]!]!++] = this.pairAt[p]!;
    // lastAt doubled as the write cursor: back to -1 (no position) for the next message.
    for (const t of this.touched) next[t] = -1;
  }

  private pairs = 0;

  /**
   * The terms a token can start, by token: a pure function of the token, and words repeat from
   * message to message, so each is looked up once (bounded: cleared when full).
   */
  private readonly memo = new Map<string, readonly number[]>();
  private memoFormsOf: ((token: string) => readonly string[]) | undefined;

  /** The ids of the terms that can start at this token, as the lookups below find them (repeats kept: note skips them). */
  private termsAt(token: string, formsOf: (token: string) => readonly string[]): readonly number[] {
    const known = this.memo.get(token);
    if (known) return known;
    const { exact, prefix, minPrefix } = this.index;
    let found: number[] = [];
    for (const form of formsOf(token)) {
      const ids = exact.get(form);
      if (ids) found = found.concat(ids);
      // eachPrefix, written out: no closure per token.
      for (let length = minPrefix; length <= form.length; length++) {
        const byPrefix = prefix.get(length === form.length ? form : form.slice(0, length));
        if (!byPrefix) break;
        if (byPrefix.length) found = found.concat(byPrefix);
      }
    }
    if (this.memo.size >= TOKEN_MEMO_LIMIT) this.memo.clear();
    this.memo.set(token, found);
    return found;
  }

  /** Records that each of these terms can start at this position (once per position). */
  private note(ids: readonly number[], at: number): void {
    for (let k = 0; k < ids.length; k++) {
      const t = ids[k]!;
      if (this.lastAt[t] === at) continue;
      this.lastAt[t] = at;
      if (this.count[t]++ === 0) this.touched.push(t);
      if (this.pairs === this.pairTerm.length) this.grow();
      this.pairTerm[this.pairs] = t;
      this.pairAt[this.pairs++] = at;
    }
  }

  private grow(): void {
    const term = new Int32Array(this.pairTerm.length * 2);
    term.set(this.pairTerm);
    this.pairTerm = term;
    const at = new Int32Array(this.pairAt.length * 2);
    at.set(this.pairAt);
    this.pairAt = at;
  }

  /** First index into positions, within term t's run, whose position is >= from. */
  firstAtOrAfter(t: number, from: number): number {
    let lo = this.start[t]!;
    let hi = lo + this.count[t]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.positions[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
