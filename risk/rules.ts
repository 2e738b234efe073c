/**
 * The reviewed rule set (data/risk/rules.json): its shape, and compilation
 * into an index that the matcher uses. Compiled once at module load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { RiskCategory, RiskFlag, RiskLevel } from '../core/risk';
import { compilePattern, atomsOf, Interner, type Atom, type ConceptExceptions, type ConceptLexicon, type Sequence } from './pattern';
import { compileExcept } from './except';
import { FuzzyLexicon } from './fuzzy';
import { normalizeForMatching, tokenize } from '../text/normalize';

/**
 * - `risk`: a match raises the level;
 * - `idiom`: a figure of speech ("dying to know"); risk matches that lie
 *   wholly inside its own match are set aside, and it yields its own level;
 * - `denial`: a bare denial ("I'm not suicidal"); same span rule, and it
 *   yields at least `concern`. Neither can touch a match outside its span.
 * - `frame`: a way of talking about a subject that is not the writer at risk (news, statistics,
 *   a film, a saying, a general question). While it matches anywhere in the message, the rules
 *   it `silences` do not fire, unless any frame of its `group` meets its `unless` (the writer or
 *   the person cared for is in the message). It yields no level and never vetoes the model.
 */
export type RuleKind = 'risk' | 'idiom' | 'denial' | 'frame';

export interface RuleData {
  id: string;
  category: RiskCategory;
  level: RiskLevel;
  kind?: RuleKind;
  languages: string[];
  patterns: string[];
  /** The rule fires only if one of these also matches somewhere in the message. */
  requires?: string[];
  /** The rule does not fire if one of these matches somewhere in the message. */
  unless?: string[];
  flags?: RiskFlag[];
  /** `frame` only: ids of the (keyword) rules it keeps from firing. */
  silences?: string[];
  /** `frame` only: frames of one group share their `unless`, whatever language each is written in. */
  group?: string;
  examples: { flag: string[]; not: string[] };
  enabled: boolean;
  disabled_reason?: string;
  note?: string;
}

export interface RuleSetData {
  version: string;
  /** Words that, next to a bare whole number, make it a temperature. */
  temperature_cues: string[];
  /** Extra longer words to correct typos towards (pattern words are included anyway). */
  fuzzy_words: string[];
  rules: RuleData[];
  /** Concept lexicons by language, from data/risk/concepts/ (see loadRuleSetData). */
  concepts?: Record<string, Record<string, string[]>>;
  /** Exceptions to concept entries by language (the files' `except`; risk/except.ts). */
  conceptExceptions?: Record<string, Record<string, string[]>>;
}

/**
 * One language's concept lexicon: data/risk/concepts/<lang>.json. `except`: per concept, what
 * its entries do not mean where it starts at the same token ("打电话" is no harm verb "打").
 */
export interface ConceptFile {
  language: string;
  concepts: Record<string, string[]>;
  except?: Record<string, string[]>;
}

/** Frames: rules written over concepts, kept apart from rules.json by theme (data/risk/frames/*.json). */
export interface FrameFile {
  rules: RuleData[];
}

export type SequenceRole = 'main' | 'requires' | 'unless';

export interface IndexedSequence {
  rule: number;
  role: SequenceRole;
  terms: Sequence;
}

export interface CompiledRuleSet {
  version: string;
  rules: RuleData[];
  sequences: IndexedSequence[];
  /** Sequences whose first term starts with this exact token. */
  byExact: Map<string, number[]>;
  /** Sequences whose first term is a prefix; keyed by the prefix. */
  byPrefix: Map<string, number[]>;
  prefixLengths: number[];
  /** Sequences that start with a temperature. */
  byNumber: number[];
  fuzzy: FuzzyLexicon;
  /** Exact words and prefixes the patterns know: such tokens are never "corrected". */
  vocabulary: Set<string>;
  isTemperatureCue: (token: string) => boolean;
  /** Rules that recognise a figure of speech ("this form is killing me"): they veto a raise by the model alone. */
  idiomIds: ReadonlySet<string>;
  /** Enabled frames: the rules each keeps from firing, and its group. */
  frames: Map<number, { silences: ReadonlySet<number>; group: string }>;
}

export const RULES_URL = new URL('../data/risk/rules.json', import.meta.url);

function jsonFiles<T>(folder: URL): T[] {
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
  return names.map((name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as T);
}

/**
 * The lexicon a rule's @concepts resolve to: the entries of the rule's own languages only.
 * A frame's `unless` clauses are written for its language, so an Arabic frame must not fire
 * on English words its author never saw ("had a seizure two years ago").
 */
export function mergeConcepts(files: ConceptFile[], languages?: readonly string[]): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const file of files) {
    if (languages && !languages.includes(file.language)) continue;
    for (const [name, entries] of Object.entries(file.concepts)) merged[name] = [...new Set([...(merged[name] ?? []), ...entries])];
  }
  return merged;
}

/** Lexicons per set of languages, merged once per compile (most rules share one language). */
function conceptResolver(data: RuleSetData): (languages: readonly string[]) => ConceptLexicon {
  const files = Object.entries(data.concepts ?? {}).map(([language, concepts]) => ({ language, concepts }));
  const cache = new Map<string, ConceptLexicon>();
  return (languages) => {
    const key = [...languages].sort().join(',');
    let lexicon = cache.get(key);
    if (!lexicon) cache.set(key, (lexicon = mergeConcepts(files, languages)));
    return lexicon;
  };
}

/** Compiled exceptions per set of languages, like conceptResolver (a rule sees its own languages' only). */
function exceptionResolver(data: RuleSetData): (languages: readonly string[]) => ConceptExceptions {
  const cache = new Map<string, ConceptExceptions>();
  return (languages) => {
    const key = [...languages].sort().join(',');
    let compiled = cache.get(key);
    if (!compiled) {
      const merged: Record<string, ReturnType<typeof compileExcept>[]> = {};
      for (const [language, byConcept] of Object.entries(data.conceptExceptions ?? {})) {
        if (!languages.includes(language)) continue;
        for (const [name, list] of Object.entries(byConcept)) merged[name] = [...(merged[name] ?? []), ...list.map(compileExcept)];
      }
      cache.set(key, (compiled = merged));
    }
    return compiled;
  };
}

/** rules.json, the frames beside it and the concept lexicons, as one rule set. */
export function loadRuleSetData(url: URL = RULES_URL): RuleSetData {
  const base = JSON.parse(readFileSync(url, 'utf8')) as RuleSetData;
  if (url !== RULES_URL) return base;
  const frames = jsonFiles<FrameFile>(new URL('frames/', url)).flatMap((file) => file.rules);
  const files = jsonFiles<ConceptFile>(new URL('concepts/', url));
  const concepts = Object.fromEntries(files.map((file) => [file.language, file.concepts]));
  const conceptExceptions = Object.fromEntries(files.filter((file) => file.except).map((file) => [file.language, file.except ?? {}]));
  return { ...base, rules: [...base.rules, ...frames], concepts, conceptExceptions };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(value);
  else map.set(key, [value]);
}

function cueMatcher(cues: string[]): (token: string) => boolean {
  const normalized = cues.map((cue) => tokenize(normalizeForMatching(cue))[0] ?? '').filter(Boolean);
  // Long cues may carry a joined prefix ("وحرارته"): look inside the token for those.
  return (token) => normalized.some((cue) => token.startsWith(cue) || (cue.length >= 4 && token.includes(cue)));
}

export function compileRuleSet(data: RuleSetData): CompiledRuleSet {
  const conceptsFor = conceptResolver(data);
  const exceptionsFor = exceptionResolver(data);
  const sequences: IndexedSequence[] = [];
  const byExact = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const byNumber: number[] = [];
  const prefixLengths = new Set<number>();
  const atoms: Atom[] = [];
  // Typo tolerance covers the hand-written patterns; concept lexicons list their own spellings, and
  // correcting towards every language's words turned one language's word into another's.
  const fuzzyAtoms: Atom[] = [];
  const seen = new Set<string>();
  const interner = new Interner();

  data.rules.forEach((rule, ruleIndex) => {
    if (seen.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
    seen.add(rule.id);
    if (!rule.enabled) return;
    const groups: Array<[SequenceRole, string[]]> = [
      ['main', rule.patterns],
      ['requires', rule.requires ?? []],
      ['unless', rule.unless ?? []],
    ];
    for (const [role, patterns] of groups) {
      for (const pattern of patterns) {
        let compiled: Sequence[];
        try {
          compiled = compilePattern(pattern, conceptsFor(rule.languages), interner, exceptionsFor(rule.languages));
        } catch (error) {
          throw new Error(`rule ${rule.id}: ${(error as Error).message}`, { cause: error });
        }
        const patternAtoms = atomsOf(compiled);
        atoms.push(...patternAtoms);
        if (!pattern.includes('@')) fuzzyAtoms.push(...patternAtoms);
        for (const terms of compiled) {
          const at = sequences.push({ rule: ruleIndex, role, terms }) - 1;
          const first = terms[0];
          if (!first) continue;
          if (first.temperature) byNumber.push(at);
          for (const alt of first.alternatives) {
            const atom = alt[0];
            if (!atom) continue;
            if (atom.prefix && alt.length === 1) {
              push(byPrefix, atom.text, at);
              prefixLengths.add(atom.text.length);
            } else push(byExact, atom.text, at);
          }
        }
      }
    }
  });

  const frames = compileFrames(data.rules);
  const vocabulary = new Set(atoms.map((a) => a.text));
  const fuzzyWords = [...fuzzyAtoms.filter((a) => !a.prefix).map((a) => a.text), ...data.fuzzy_words.flatMap((w) => tokenize(normalizeForMatching(w)))];
  for (const w of fuzzyWords) vocabulary.add(w);
  return {
    version: data.version,
    rules: data.rules,
    sequences,
    byExact,
    byPrefix,
    prefixLengths: [...prefixLengths].sort((a, b) => a - b),
    byNumber,
    fuzzy: new FuzzyLexicon(fuzzyWords),
    vocabulary,
    isTemperatureCue: cueMatcher(data.temperature_cues),
    idiomIds: new Set(data.rules.filter((rule) => rule.enabled && rule.kind === 'idiom').map((rule) => rule.id)),
    frames,
  };
}

/** Each enabled frame's silenced rules, by index; an unknown id is a typo and stops the load. */
function compileFrames(rules: RuleData[]): CompiledRuleSet['frames'] {
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const frames: CompiledRuleSet['frames'] = new Map();
  rules.forEach((rule, index) => {
    if (!rule.enabled || rule.kind !== 'frame') return;
    const silences = new Set<number>();
    for (const id of rule.silences ?? []) {
      const target = indexOf.get(id);
      if (target === undefined) throw new Error(`frame ${rule.id} silences unknown rule ${id}`);
      silences.add(target);
    }
    frames.set(index, { silences, group: rule.group ?? rule.id });
  });
  return frames;
}
