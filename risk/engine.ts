/**
 * Turns rule matches into a level, categories and flags: idioms and denials
 * set aside only the risk matches inside their own span; requires/unless
 * conditions are checked over the whole message.
 */
import { readFileSync } from 'node:fs';
import { normalizeForMatching, tokenize } from '../text/normalize';
import { compileRuleSet, loadRuleSetData, type CompiledRuleSet } from './rules';
import { correctTypos, findMatches, type Match } from './match';
import { maxRisk, type RiskCategory, type RiskFlag, type RiskLevel } from '../core/risk';

export interface Finding {
  level: RiskLevel;
  categories: Set<RiskCategory>;
  ruleIds: Set<string>;
  flags: Set<RiskFlag>;
}

export function emptyFinding(): Finding {
  return { level: 'none', categories: new Set(), ruleIds: new Set(), flags: new Set() };
}

function inside(inner: Match, outer: Match): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function isShield(kind: string | undefined): boolean {
  return kind === 'idiom' || kind === 'denial';
}

const NOTHING: ReadonlySet<number> = new Set();

interface Framing {
  /** Frames that hold (matched, and no frame of their group met its `unless`). */
  active: ReadonlySet<number>;
  silenced: ReadonlySet<number>;
}

/**
 * Rules kept from firing by the frames that matched (reporting, a general question). A group's
 * frames stand down together as soon as any of them meets its `unless`: the writer or the person
 * cared for is in the message, in whichever language. Frames without a live match (`live` already
 * drops those whose own `unless` matched) silence nothing.
 */
function framing(live: readonly Match[], unlessMet: ReadonlySet<number>, set: CompiledRuleSet): Framing {
  if (set.frames.size === 0) return { active: NOTHING, silenced: NOTHING };
  const personal = new Set<string>();
  for (const [index, frame] of set.frames) if (unlessMet.has(index)) personal.add(frame.group);
  const active = new Set<number>();
  const silenced = new Set<number>();
  for (const m of live) {
    const frame = set.frames.get(m.rule);
    if (!frame || personal.has(frame.group)) continue;
    active.add(m.rule);
    for (const target of frame.silences) silenced.add(target);
  }
  return { active, silenced };
}

export function evaluateTokens(tokens: readonly string[], set: CompiledRuleSet, into: Finding): void {
  const { matches, requiresMet, unlessMet } = findMatches(correctTypos(tokens, set), set);
  const live = matches.filter((m) => {
    const rule = set.rules[m.rule];
    if (!rule) return false;
    if ((rule.requires?.length ?? 0) > 0 && !requiresMet.has(m.rule)) return false;
    return !unlessMet.has(m.rule);
  });
  const { active, silenced } = framing(live, unlessMet, set);
  const shields = live.filter((m) => isShield(set.rules[m.rule]?.kind));
  for (const m of live) {
    const rule = set.rules[m.rule];
    if (!rule || silenced.has(m.rule)) continue;
    if (rule.kind === 'frame' && !active.has(m.rule)) continue;
    const isRisk = (rule.kind ?? 'risk') === 'risk';
    if (isRisk && shields.some((s) => inside(m, s))) continue;
    into.ruleIds.add(rule.id);
    into.level = maxRisk(into.level, rule.level);
    if (rule.level !== 'none') into.categories.add(rule.category);
    if (isRisk) for (const flag of rule.flags ?? []) into.flags.add(flag);
  }
}

/** Intensifiers and swearing (data/risk/intensifiers.json), as normalised tokens. */
function loadIntensifiers(): ReadonlySet<string> {
  const file = JSON.parse(readFileSync(new URL('../data/risk/intensifiers.json', import.meta.url), 'utf8')) as { words: Record<string, string[]> };
  return new Set(Object.values(file.words).flatMap((words) => words.flatMap((word) => tokenize(normalizeForMatching(word.replace(/_/g, ' '))))));
}

/**
 * Reads the tokens as written and, when they hold an intensifier or a swear word, once more
 * without them ("I want to fucking die"): either reading can raise the level, so leaving words
 * out can never lower it.
 */
export function evaluateWithoutIntensifiers(tokens: readonly string[], set: CompiledRuleSet, intensifiers: ReadonlySet<string>, into: Finding): void {
  evaluateTokens(tokens, set, into);
  const plain = tokens.filter((token) => !intensifiers.has(token));
  if (plain.length !== tokens.length && plain.length > 0) evaluateTokens(plain, set, into);
}

/** A word with letters hidden by asterisks: "f***ing", "f**k", "sh*t". Bounded runs: no backtracking over a long word. */
const MASKED_WORD = /\p{L}{1,20}\*{1,10}\p{L}{0,20}/gu;

/** A broken rules file must not stop the module loading: assessRisk then reports the failure. */
function loadRuleSet(): { ruleSet?: CompiledRuleSet; intensifiers?: ReadonlySet<string>; loadError?: string } {
  try {
    return { ruleSet: compileRuleSet(loadRuleSetData()), intensifiers: loadIntensifiers() };
  } catch (error) {
    return { loadError: `rules failed to load: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const loaded = loadRuleSet();

/** The engine as an object so tests can stub it to prove the fail-safe. */
export const engine = {
  ruleSet: loaded.ruleSet,
  intensifiers: loaded.intensifiers ?? new Set<string>(),
  loadError: loaded.loadError,
  /** Evaluates the text; returns its normalised tokens, for anyone else who reads them. */
  evaluate(text: string, into: Finding): string[] {
    if (!this.ruleSet) throw new Error(this.loadError ?? 'rules not loaded');
    const tokens = tokenize(normalizeForMatching(text));
    evaluateWithoutIntensifiers(tokens, this.ruleSet, this.intensifiers, into);
    // Masked swearing ("f***ing", "sh*t") splits into fragments: read once more without it.
    const unmasked = text.includes('*') ? text.replace(MASKED_WORD, ' ') : text;
    if (unmasked !== text) evaluateWithoutIntensifiers(tokenize(normalizeForMatching(unmasked)), this.ruleSet, this.intensifiers, into);
    return tokens;
  },
  version(): string {
    return this.ruleSet?.version ?? 'unknown';
  },
};
