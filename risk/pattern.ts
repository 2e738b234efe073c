/**
 * The small pattern language of data/risk/rules.json, compiled to token
 * sequences that are matched without backtracking (see match.ts).
 *
 *   word        the token "word"
 *   word*       any token starting with "word"
 *   a|b*|c_d    alternatives; "_" joins several tokens ("kill_myself")
 *   term?       optional term
 *   ~N          up to N other tokens may come between the neighbours
 *   #temp       a body temperature in the alarm range (see temperature.ts)
 *   @concept    any entry of that concept's lexicon, in every language
 *               (data/risk/concepts/*.json): "@face ~3 @droop"
 *
 * Literals go through the same normaliser as messages, so patterns are
 * written naturally ("can't", "să moară", "化疗") and still match
 * "cant", "sa moara" and a Chinese message without spaces.
 */
import { normalizeForMatching, tokenize } from '../text/normalize';
import type { ExceptPattern } from './except';

export interface Atom {
  text: string;
  prefix: boolean;
}

/** One way a term can match: consecutive tokens. */
export type Alternative = Atom[];

export interface Term {
  alternatives: Alternative[];
  /** Extra tokens allowed before this term (0 = adjacent). */
  gapBefore: number;
  /** Matches a temperature reading rather than text. */
  temperature: boolean;
  /** The exceptions of the concepts it names (risk/except.ts): where one starts, the term does not match. */
  except?: readonly ExceptPattern[];
  /** Speed-up filled at compile time: exact one-token alternatives... */
  singles?: Set<string>;
  /** ...and the rest (prefixes, several tokens), indexed by their first atom so a token looks up only its own. */
  others?: Alternative[];
  othersByFirst?: Map<string, Alternative[]>;
  othersByPrefix?: Map<string, Alternative[]>;
  /** The lengths of the prefixes in othersByPrefix, shortest first. */
  prefixLengths?: number[];
}

export type Sequence = Term[];

export const MAX_GAP = 12;
const MAX_EXPANSIONS = 16;

/** Named word lists (body parts, symptoms, means, actors...), merged across languages. */
export type ConceptLexicon = Readonly<Record<string, readonly string[]>>;

/** Per concept name, its compiled exceptions (the concept files' `except`). */
export type ConceptExceptions = Readonly<Record<string, readonly ExceptPattern[]>>;

/** The exceptions of the concepts a term's body names ("@harm_verb", "cheek|@face"), or undefined. */
function exceptionsOf(body: string, exceptions: ConceptExceptions): readonly ExceptPattern[] | undefined {
  let found: ExceptPattern[] | undefined;
  for (const alt of body.split('|')) {
    const list = alt.startsWith('@') ? exceptions[alt.slice(1)] : undefined;
    if (list?.length) found = [...(found ?? []), ...list];
  }
  return found;
}

/** A concept's parsed entries, shared by every pattern that names it alone (memory: one copy per lexicon). */
const parsedConcepts = new WeakMap<ConceptLexicon, Map<string, Alternative[]>>();

/**
 * Equal atoms and alternatives shared within one compile: a rule set names the same words tens of
 * thousands of times (54,000 atoms, 14,000 distinct). Memory only: atoms and alternatives are never
 * changed once parsed, and nothing tells them apart by identity.
 */
export class Interner {
  private readonly atoms = new Map<string, Atom>();
  private readonly alternatives = new Map<string, Alternative>();

  alternative(tokens: readonly string[], prefix: boolean): Alternative {
    const atoms = tokens.map((text, i) => this.atom(text, prefix && i === tokens.length - 1));
    const key = JSON.stringify(atoms.map((atom) => [atom.text, atom.prefix]));
    let alternative = this.alternatives.get(key);
    if (!alternative) this.alternatives.set(key, (alternative = atoms));
    return alternative;
  }

  private atom(text: string, prefix: boolean): Atom {
    const key = (prefix ? '*' : '=') + text;
    let atom = this.atoms.get(key);
    if (!atom) this.atoms.set(key, (atom = { text, prefix }));
    return atom;
  }
}

function parseAlternatives(body: string, pattern: string, concepts: ConceptLexicon, interner: Interner): Alternative[] {
  const single = /^@([a-z][a-z0-9_]*)$/.exec(body)?.[1];
  if (single && concepts[single]?.length) {
    let byName = parsedConcepts.get(concepts);
    if (!byName) parsedConcepts.set(concepts, (byName = new Map()));
    let parsed = byName.get(single);
    if (!parsed) byName.set(single, (parsed = parseList(body, pattern, concepts, interner)));
    return parsed;
  }
  return parseList(body, pattern, concepts, interner);
}

function parseList(body: string, pattern: string, concepts: ConceptLexicon, interner: Interner): Alternative[] {
  return body.split('|').flatMap((alt) => {
    if (!alt.startsWith('@')) return [parseAlternative(alt, pattern, interner)];
    const entries = concepts[alt.slice(1)];
    if (!entries?.length) throw new Error(`unknown concept "${alt}" in pattern "${pattern}"`);
    // A concept's entries are plain alternatives themselves (no nested concepts).
    return entries.map((entry) => parseAlternative(entry, pattern, interner));
  });
}

/** A literal's tokens, normalised like messages: `_` joins words, a final `*` makes the last token a prefix (patterns and exceptions alike). */
export function literalTokens(raw: string): { tokens: string[]; prefix: boolean } {
  const prefix = raw.endsWith('*');
  return { tokens: tokenize(normalizeForMatching((prefix ? raw.slice(0, -1) : raw).replace(/_/g, ' '))), prefix };
}

function parseAlternative(raw: string, pattern: string, interner: Interner): Alternative {
  const { tokens, prefix } = literalTokens(raw);
  if (tokens.length === 0) throw new Error(`empty alternative "${raw}" in pattern "${pattern}"`);
  return interner.alternative(tokens, prefix);
}

interface RawTerm {
  term: Term;
  optional: boolean;
}

/** Parses one pattern into token sequences (optional terms expand into variants); a rule set's compile shares one interner. */
export function compilePattern(pattern: string, concepts: ConceptLexicon = {}, interner = new Interner(), exceptions: ConceptExceptions = {}): Sequence[] {
  const raw: RawTerm[] = [];
  let pendingGap = 0;
  for (const part of pattern.trim().split(/\s+/)) {
    const gap = /^~(\d+)$/.exec(part);
    if (gap) {
      pendingGap += Number(gap[1]);
      continue;
    }
    const optional = part.endsWith('?') && part.length > 1;
    const body = optional ? part.slice(0, -1) : part;
    const temperature = body === '#temp';
    const alternatives = temperature ? [] : parseAlternatives(body, pattern, concepts, interner);
    const except = temperature ? undefined : exceptionsOf(body, exceptions);
    const term: Term = { alternatives, gapBefore: Math.min(pendingGap, MAX_GAP), temperature };
    if (except) term.except = except;
    raw.push({ term, optional });
    pendingGap = 0;
  }
  if (raw.length === 0) throw new Error(`empty pattern "${pattern}"`);
  if (pendingGap > 0) throw new Error(`pattern "${pattern}" ends with a gap`);

  let variants: Sequence[] = [[]];
  let carriedGap: number[] = [0];
  for (const { term, optional } of raw) {
    const next: Sequence[] = [];
    const nextGap: number[] = [];
    variants.forEach((seq, v) => {
      const gap = Math.min(term.gapBefore + (carriedGap[v] ?? 0), MAX_GAP);
      next.push([...seq, { ...term, gapBefore: seq.length === 0 ? 0 : gap }]);
      nextGap.push(0);
      if (optional) {
        next.push(seq);
        nextGap.push(gap);
      }
    });
    variants = next;
    carriedGap = nextGap;
    if (variants.length > MAX_EXPANSIONS) throw new Error(`pattern "${pattern}" has too many optional terms`);
  }
  const sequences = variants.filter((seq) => seq.length > 0).map((seq) => seq.map(withLookup));
  if (sequences.length === 0) throw new Error(`pattern "${pattern}" is all optional`);
  return sequences;
}

type Lookup = Pick<Term, 'singles' | 'others' | 'othersByFirst' | 'othersByPrefix' | 'prefixLengths'>;
/** Lookups built once per list of alternatives (a shared concept, or an optional term's variants). */
const lookups = new WeakMap<Alternative[], Lookup>();

function withLookup(term: Term): Term {
  let lookup = lookups.get(term.alternatives);
  if (!lookup) lookups.set(term.alternatives, (lookup = buildLookup(term.alternatives)));
  return { ...term, ...lookup };
}

/** Shared by every term that has none of a kind (most have only single words): never changed after building. */
const NO_SINGLES = new Set<string>();
const NO_OTHERS: Alternative[] = [];
const NO_INDEX = new Map<string, Alternative[]>();
const NO_LENGTHS: number[] = [];

function buildLookup(alternatives: Alternative[]): Lookup {
  const singles = new Set<string>();
  const others: Alternative[] = [];
  const othersByFirst = new Map<string, Alternative[]>();
  const othersByPrefix = new Map<string, Alternative[]>();
  for (const alt of alternatives) {
    const first = alt[0];
    if (!first) continue;
    if (alt.length === 1 && !first.prefix) {
      singles.add(first.text);
      continue;
    }
    others.push(alt);
    const index = first.prefix ? othersByPrefix : othersByFirst;
    index.set(first.text, [...(index.get(first.text) ?? []), alt]);
  }
  const prefixLengths = [...new Set([...othersByPrefix.keys()].map((key) => key.length))].sort((a, b) => a - b);
  return {
    singles: singles.size ? singles : NO_SINGLES,
    others: others.length ? others : NO_OTHERS,
    othersByFirst: othersByFirst.size ? othersByFirst : NO_INDEX,
    othersByPrefix: othersByPrefix.size ? othersByPrefix : NO_INDEX,
    prefixLengths: prefixLengths.length ? prefixLengths : NO_LENGTHS,
  };
}

/** Every literal a pattern uses, for the fuzzy lexicon and vocabulary. */
export function atomsOf(sequences: Sequence[]): Atom[] {
  const atoms: Atom[] = [];
  for (const seq of sequences) for (const term of seq) for (const alt of term.alternatives) atoms.push(...alt);
  return atoms;
}
