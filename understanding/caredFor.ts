/**
 * Who is cared for, from what the person says they do, not from a mention. Every relation
 * mention ("my mum", "bhai", "妈妈") gets a role from the evidence around it
 * (data/understanding/care-roles.json): care verbs, the illness, the help given (cared for),
 * what helpers do (helper), events and lives of their own (other). Each piece of evidence
 * goes to the nearest mention of its sentence, on the side its grammar points to; negation
 * turns it round; relations joined by "and" share it. No evidence at all: unsure, and the
 * conversation asks. Linear in the text; pure.
 */
import { readFileSync } from 'node:fs';
import type { LanguageCode } from '../core/languages';
import type { CareRole, CaredForEntity, PersonMention } from './types';
import { createLexicon, matchLexicon, type Lexicon, type LexiconMatch } from './lexicon';
import { isHan, matchForm, words as splitWords } from './match-text';
import { withArabicPrefixes } from './topics';

type Kind = 'care' | 'assist' | 'illness' | 'need' | 'weak' | 'helper' | 'other';
const KINDS: readonly Kind[] = ['care', 'assist', 'illness', 'need', 'weak', 'helper', 'other'];
/** Kinds whose evidence says the person is looked after. */
const CARE_KINDS: ReadonlySet<Kind> = new Set(['care', 'assist', 'illness', 'need', 'weak']);

type LanguageRoles = Record<Kind | 'negators' | 'fillers' | 'coordinators' | 'contrast' | 'pronouns' | 'self', string[]> & { order: 'svo' | 'sov' };
interface RolesFile {
  weights: Record<Kind, number>;
  /** Relation words that are everyday words of a language ("mam" is Polish "I have"): not relations there. */
  falseFriends: Partial<Record<LanguageCode, string[]>>;
  languages: Partial<Record<LanguageCode, LanguageRoles>>;
}
interface RelationFile {
  possessives: string[];
  relations: Record<string, string[]>;
  needPossessive: string[];
  /** needPossessive words that count without one at the very start of a sentence ("hubby just died"). */
  bareAtStart?: string[];
  /** "his", "her", "their": a relation after one is someone else's ("his mum works"), never the writer's. */
  thirdPerson?: string[];
  /** Words right before a relation word that make it no relation: "cancro da mama" is breast cancer, not mum. */
  notRelationAfter?: Record<string, string[]>;
}

const ROLES = JSON.parse(readFileSync(new URL('../data/understanding/care-roles.json', import.meta.url), 'utf8')) as RolesFile;
const RELATIONS = JSON.parse(readFileSync(new URL('../data/understanding/relations.json', import.meta.url), 'utf8')) as RelationFile;

/** Every relation word as written, by relation ("mum", "mam", "ammi"...): askedFor.ts reads them from here, not the file again. */
export const RELATION_WORDS_WRITTEN: Readonly<Record<string, readonly string[]>> = RELATIONS.relations;

/** Chinese has no spaces: every Han character is its own token here, so distances are in characters. */
function spaced(pattern: string): string {
  return [...pattern].some(isHan)
    ? [...pattern]
        .map((ch) => (isHan(ch) ? ` ${ch} ` : ch))
        .join('')
        .replace(/\s+/g, ' ')
        .trim()
    : pattern;
}
function variants(pattern: string): string[] {
  return withArabicPrefixes(pattern).map(spaced);
}
function tokenSet(list: readonly string[]): Set<string> {
  return new Set(list.flatMap((word) => splitWords(matchForm(spaced(word))).join(' ')).filter(Boolean));
}

/** Bengali and Gujarati glue case endings on ("বাবার", "પપ્પાને"): relation words of three letters or more are stems there. */
const SUFFIXING_SCRIPT = /^[\u0980-\u09FF\u0A80-\u0AFF]{3,}$/u;
function relationVariants(pattern: string): string[] {
  return variants(SUFFIXING_SCRIPT.test(pattern) ? `${pattern}*` : pattern);
}
const RELATION_LEXICON = createLexicon(
  Object.entries(RELATIONS.relations).flatMap(([relation, list]) =>
    list.flatMap((pattern) => relationVariants(pattern).map((p) => ({ pattern: p, label: relation, weight: 1 }))),
  ),
);
const POSSESSIVES = tokenSet(RELATIONS.possessives);
const NEED_POSSESSIVE = new Set(RELATIONS.needPossessive.map((p) => p.toLowerCase()));
const BARE_AT_START = new Set((RELATIONS.bareAtStart ?? []).map((p) => p.toLowerCase()));
const THIRD_PERSON = tokenSet(RELATIONS.thirdPerson ?? []);
const NOT_RELATION_AFTER = new Map(
  Object.entries(RELATIONS.notRelationAfter ?? {}).map(([word, before]) => [matchForm(word), before.map((phrase) => splitWords(matchForm(phrase)))]),
);

/** "cáncer de mama", "tumor na mama": the words before say this is no relation. */
function notARelation(words: readonly string[], start: number, end: number): boolean {
  const befores = end - start === 1 ? NOT_RELATION_AFTER.get(words[start] ?? '') : undefined;
  return (befores ?? []).some((phrase) => phrase.length > 0 && phrase.length <= start && phrase.every((word, i) => words[start - phrase.length + i] === word));
}

interface LanguageLexicon {
  lang: LanguageCode;
  order: 'svo' | 'sov';
  cues: Lexicon<Kind>;
  negators: Set<string>;
  fillers: Set<string>;
  coordinators: Set<string>;
  contrast: Set<string>;
  pronouns: Set<string>;
  self: Set<string>;
}

const BY_LANGUAGE = new Map<LanguageCode, LanguageLexicon>();
for (const [lang, data] of Object.entries(ROLES.languages) as [LanguageCode, LanguageRoles][]) {
  // Bengali and Gujarati glue endings on: their cues are stems, as in topics.ts.
  const stem = (pattern: string) => (/^[\u0980-\u09FF\u0A80-\u0AFF]/u.test(pattern) && !pattern.endsWith('*') ? `${pattern}*` : pattern);
  const cues = KINDS.flatMap((kind) =>
    (data[kind] ?? []).flatMap((pattern) => variants(stem(pattern)).map((p) => ({ pattern: p, label: kind, weight: ROLES.weights[kind] }))),
  );
  BY_LANGUAGE.set(lang, {
    lang,
    order: data.order,
    cues: createLexicon(cues),
    negators: tokenSet(data.negators),
    fillers: tokenSet(data.fillers),
    coordinators: tokenSet(data.coordinators),
    contrast: tokenSet(data.contrast),
    pronouns: tokenSet(data.pronouns),
    self: tokenSet(data.self),
  });
}

/** A sentence is read for this many mentions and pieces of evidence at most: the work stays small on a long paste. */
const MAX_PER_SENTENCE = 24;
/** Evidence further than this (in words, with penalties) says nothing about a mention. */
const MAX_DISTANCE = 8;
/** Crossing a comma or a "but" costs this much distance: evidence rarely crosses a clause. */
const CLAUSE_COST = 4;
/** A care verb's object stands on one side; the other side is possible but less likely. */
const WRONG_SIDE_COST = 3;

interface Token {
  word: string;
  seg: number;
}
interface Mention {
  relation: string;
  words: string;
  start: number;
  end: number;
  sentence: number;
  self: boolean;
  /** "mum's" folded to "mums": the relation owns what follows ("my sister's wedding"). */
  owner: boolean;
  care: number;
  helper: number;
  other: number;
  negCare: number;
  declined: boolean;
  chained: boolean;
  own: boolean;
  /** Someone else's relation ("his mum"): never the one the writer looks after. */
  theirs: boolean;
}
interface Evidence {
  kind: Kind;
  weight: number;
  start: number;
  end: number;
  lex: LanguageLexicon;
}

const SENTENCE_BREAK = /[.!?;:…。！？；؟۔।\n]+/u;
const CLAUSE_BREAK = /[,，、،]+/u;

function tokenize(sentence: string, lexicons: readonly LanguageLexicon[]): Token[] {
  const tokens: Token[] = [];
  let seg = 0;
  for (const clause of sentence.split(CLAUSE_BREAK)) {
    for (const word of splitWords(matchForm(clause))) {
      const parts = isHan(word[0] ?? '') ? [...word] : [word];
      for (const part of parts) {
        if (lexicons.some((lex) => lex.contrast.has(part))) seg++;
        tokens.push({ word: part, seg });
      }
    }
    seg++;
  }
  return tokens;
}

/** Longest first; a shorter match inside a kept one is the same words read twice. */
function longestFirst<L>(matches: LexiconMatch<L>[]): LexiconMatch<L>[] {
  const kept: LexiconMatch<L>[] = [];
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const match of sorted) if (!kept.some((k) => match.start < k.end && k.start < match.end)) kept.push(match);
  return kept.sort((a, b) => a.start - b.start);
}

function withoutPossessiveS(words: string[]): string[] {
  return words.map((word) => (word.length > 3 && /^[a-z]+s$/.test(word) ? word.slice(0, -1) : word));
}

const FALSE_FRIENDS = new Map(Object.entries(ROLES.falseFriends).map(([lang, list]) => [lang, new Set(list)]));

function findMentions(tokens: Token[], sentence: number, lexicons: readonly LanguageLexicon[]): Mention[] {
  const falseFriends = FALSE_FRIENDS.get(lexicons[0]?.lang ?? '');
  const words = tokens.map((t) => t.word);
  const stripped = withoutPossessiveS(words);
  const changed = stripped.some((word, i) => word !== words[i]);
  const matches = longestFirst(
    [...matchLexicon(RELATION_LEXICON, words, true), ...(changed ? matchLexicon(RELATION_LEXICON, stripped, true) : [])].slice(0, 2 * MAX_PER_SENTENCE),
  ).slice(0, MAX_PER_SENTENCE);
  const mentions: Mention[] = [];
  const blank = { care: 0, helper: 0, other: 0, negCare: 0, declined: false, chained: false, own: false, self: false, theirs: false, sentence };
  for (const match of matches) {
    const before = words[match.start - 1] ?? '';
    const twoBefore = words[match.start - 2] ?? '';
    const possessed = POSSESSIVES.has(before) || POSSESSIVES.has(twoBefore) || POSSESSIVES.has(`${twoBefore} ${before}`);
    const bare = match.start === 0 && BARE_AT_START.has(match.entry.source.toLowerCase());
    if (!possessed && !bare && NEED_POSSESSIVE.has(match.entry.source.toLowerCase())) continue;
    if (falseFriends?.has(match.entry.source)) continue;
    if (notARelation(words, match.start, match.end)) continue;
    const spoken = stripped.slice(match.start, match.end).join(isHan(stripped[match.start]?.[0] ?? '') ? '' : ' ');
    // A stem's "*" (Bengali, Gujarati) is how it matches, never a word said back.
    const source = match.entry.source.replace(/\*$/, '').replace(/\s+/g, isHan(match.entry.source[0] ?? '') ? '' : ' ');
    // "partner's dad" is found in the words as written ("partners dad"), not with the s taken off.
    const asWritten = words.slice(match.start, match.end).join(' ');
    const wordsSaid = matchForm(source) === spoken || matchForm(source) === asWritten || isHan(spoken[0] ?? '') ? source : spoken;
    const last = words[match.end - 1] ?? '';
    const theirs = THIRD_PERSON.has(before);
    mentions.push({
      ...blank,
      relation: match.entry.label,
      words: wordsSaid,
      start: match.start,
      end: match.end,
      owner: last !== stripped[match.end - 1],
      theirs,
    });
  }
  // The writer: "I have cancer" is about them. A self word before a relation is a possessive ("me mam", "我妈妈").
  tokens.forEach((token, i) => {
    if (mentions.length >= 2 * MAX_PER_SENTENCE || !lexicons.some((lex) => lex.self.has(token.word))) return;
    if (mentions.some((m) => m.start === i + 1 || (m.start <= i && i < m.end))) return;
    mentions.push({ ...blank, self: true, relation: 'self', words: token.word, start: i, end: i + 1, owner: false });
  });
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * A cue ending in "me" / "我" right before a relation reads that word as the relation's possessive:
 * "我照顾我爸爸" and "I look after me mam" are the writer's care (照顾, look after), not "照顾我" (looks after me).
 */
function possessiveOfRelation(tokens: Token[], match: LexiconMatch<Kind>, relationStarts: ReadonlySet<number>): boolean {
  return match.end - match.start > 1 && relationStarts.has(match.end) && POSSESSIVES.has(tokens[match.end - 1]?.word ?? '');
}

function findEvidence(tokens: Token[], lexicons: readonly LanguageLexicon[], relationStarts: ReadonlySet<number>): Evidence[] {
  const words = tokens.map((t) => t.word);
  const all: (LexiconMatch<Kind> & { lex: LanguageLexicon })[] = [];
  for (const lex of lexicons)
    for (const match of matchLexicon(lex.cues, words, true)) if (!possessiveOfRelation(tokens, match, relationStarts)) all.push({ ...match, lex });
  return longestFirst(all.slice(0, 2 * MAX_PER_SENTENCE))
    .slice(0, MAX_PER_SENTENCE)
    .map((m) => {
      const match = m as LexiconMatch<Kind> & { lex: LanguageLexicon };
      return { kind: match.entry.label, weight: match.entry.weight, start: match.start, end: match.end, lex: match.lex };
    });
}

/** Is there a negator right before (SVO) or right after (SOV) the span, with at most two fillers between? */
function negated(tokens: Token[], start: number, end: number, lex: LanguageLexicon): boolean {
  const seg = tokens[start]!.seg;
  const look = (from: number, step: number): boolean => {
    for (let i = from, skipped = 0; i >= 0 && i < tokens.length && tokens[i]!.seg === seg; i += step) {
      const word = tokens[i]!.word;
      const pair = step < 0 ? `${tokens[i - 1]?.word ?? ''} ${word}` : `${word} ${tokens[i + 1]?.word ?? ''}`;
      if (lex.negators.has(word) || lex.negators.has(pair)) return true;
      if (!lex.fillers.has(word) || ++skipped > 2) return false;
    }
    return false;
  };
  return lex.order === 'sov' ? look(end, 1) : look(start - 1, -1);
}

/** "not my mum", "nie mama": the relation itself is denied (a correction follows, or went before). */
function deniedDirectly(tokens: Token[], mention: Mention, lexicons: readonly LanguageLexicon[]): boolean {
  const seg = tokens[mention.start]!.seg;
  let i = mention.start - 1;
  // Possessives and fillers may stand between: "not my mum", "no es mi madre".
  while (i >= 0 && tokens[i]!.seg === seg && (POSSESSIVES.has(tokens[i]!.word) || lexicons.some((lex) => lex.fillers.has(tokens[i]!.word)))) i--;
  const before = tokens[i];
  if (before && before.seg === seg && lexicons.some((lex) => lex.order === 'svo' && lex.negators.has(before.word))) return true;
  // SOV: "ammi nahi, nani" — the relation, perhaps a postposition, a negator, and the clause ends.
  let j = mention.end;
  if (tokens[j] && lexicons.some((lex) => lex.fillers.has(tokens[j]!.word))) j++;
  const after = tokens[j];
  const next = tokens[j + 1];
  return Boolean(after && after.seg === seg && (!next || next.seg !== seg) && lexicons.some((lex) => lex.order === 'sov' && lex.negators.has(after.word)));
}

function gap(m: Mention, e: Evidence): number {
  if (m.start < e.end && e.start < m.end) return 0;
  return m.end <= e.start ? e.start - m.end : m.start - e.end;
}

/** The side a care verb's object stands on; helpers are subjects, before the verb. */
function preferredSide(kind: Kind, lex: LanguageLexicon): 'before' | 'after' | 'any' {
  if (kind === 'care' || kind === 'assist') return lex.order === 'svo' ? 'after' : 'before';
  if (kind === 'helper') return 'before';
  return 'any';
}

function distance(tokens: Token[], m: Mention, e: Evidence): number {
  const side = preferredSide(e.kind, e.lex);
  const isBefore = m.end <= e.start;
  const overlap = m.start < e.end && e.start < m.end;
  let d = gap(m, e) + CLAUSE_COST * Math.abs(tokens[Math.min(m.start, tokens.length - 1)]!.seg - tokens[e.start]!.seg);
  if (!overlap && side !== 'any' && (side === 'before') !== isBefore) d += WRONG_SIDE_COST;
  // Ties go to the owner before the cue ("my sister's wedding", "mum has cancer").
  if (!overlap && !isBefore) d += 0.5;
  return d;
}

/** The writer can be the one who is ill, or whose life an event is ("I've a new job"); never whom they care for. */
function selfAllowed(kind: Kind): boolean {
  return kind === 'illness' || kind === 'weak' || kind === 'other';
}

function attach(tokens: Token[], mentions: Mention[], e: Evidence): Mention | undefined {
  let best: Mention | undefined;
  let bestDistance = Infinity;
  for (const m of mentions) {
    if (m.self && (!selfAllowed(e.kind) || (m.start >= e.start && m.end <= e.end))) continue;
    // The writer who is ill says so first ("yo tengo cáncer", "I have cancer"): an "I" after the illness
    // begins what they do ("mi hijo tiene leucemia y yo lo cuido").
    if (m.self && e.kind !== 'other' && m.start >= e.end) continue;
    // Helpers are the subject: "can someone sit with mum" makes nobody a helper.
    if (e.kind === 'helper' && m.end > e.start) continue;
    const d = distance(tokens, m, e);
    if (d < bestDistance) [best, bestDistance] = [m, d];
  }
  return bestDistance <= MAX_DISTANCE ? best : undefined;
}

function credit(m: Mention, e: Evidence, tokens: Token[]): void {
  // "can't bathe himself" is still a need: only care, help, illness and helping can be denied.
  const isNegated = e.kind !== 'need' && negated(tokens, e.start, e.end, e.lex);
  if (CARE_KINDS.has(e.kind)) {
    if (isNegated) m.negCare += e.weight;
    else m.care += e.weight;
  } else if (e.kind === 'helper') {
    // "my brother never helps" says he is not a helper either: someone else in their life.
    if (isNegated) m.other += e.weight;
    else m.helper += e.weight;
  } else m.other += e.weight;
  m.own = true;
}

/** "I'm the one looking after him": a care verb whose object is a pronoun speaks of the last one named. */
function pronounObject(
  tokens: Token[],
  e: Evidence,
  people: Mention[],
  lastNamed: Mention | undefined,
  lexicons: readonly LanguageLexicon[],
): Mention | undefined {
  if (e.kind !== 'care' && e.kind !== 'assist') return undefined;
  const objectAt = e.lex.order === 'svo' ? e.end : e.start - 1;
  const object = tokens[objectAt];
  if (!object || !lexicons.some((lex) => lex.pronouns.has(object.word))) return undefined;
  return [...people].reverse().find((m) => m.end <= e.start) ?? (people.length === 0 ? lastNamed : undefined);
}

/** "my brother looks after mum at weekends": the subject of a care verb is a helper. */
function subjectHelper(tokens: Token[], mentions: Mention[], e: Evidence, object: Mention, lexicons: readonly LanguageLexicon[]): void {
  if (e.kind !== 'care' && e.kind !== 'assist') return;
  const limit = e.lex.order === 'svo' ? e.start : object.start;
  const subject = [...mentions]
    .reverse()
    .find((m) => !m.self && m !== object && m.end <= limit && limit - m.end <= 4 && tokens[m.start]!.seg === tokens[e.start]!.seg);
  if (!subject || coordinated(tokens, subject, object, lexicons) || subject.owner) return;
  subject.helper += 3;
  subject.own = true;
}

function coordinated(tokens: Token[], a: Mention, b: Mention, lexicons: readonly LanguageLexicon[]): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = tokens.slice(first.end, second.start);
  if (between.length === 0 || between.length > 3 || tokens[first.start]!.seg !== tokens[second.start]!.seg) return false;
  return (
    between.every((t) => POSSESSIVES.has(t.word) || lexicons.some((lex) => lex.coordinators.has(t.word))) &&
    between.some((t) => lexicons.some((lex) => lex.coordinators.has(t.word)))
  );
}

function roleOf(m: Mention): CareRole {
  if (m.theirs || m.declined || (m.negCare > 0 && m.care < 2)) return 'other';
  if (m.chained) return 'other';
  if (m.care >= 2 && m.care >= m.helper) return 'cared_for';
  if (m.helper >= 2) return 'helper';
  if (m.other >= 2) return 'other';
  return 'unsure';
}

const ROLE_RANK: Record<CareRole, number> = { cared_for: 3, helper: 2, other: 1, unsure: 0 };

/**
 * Every relation the person mentions, with its role, most cared-for first (the one with the
 * illness or the care before the others), each relation once.
 */
export function findPeople(text: string, languages: readonly LanguageCode[]): PersonMention[] {
  const lexicons = [...new Set(languages)].map((lang) => BY_LANGUAGE.get(lang)).filter((lex): lex is LanguageLexicon => Boolean(lex));
  const all: Mention[] = [];
  let lastNamed: Mention | undefined;
  let correctionOpen = false;
  text.split(SENTENCE_BREAK).forEach((sentence, index) => {
    const tokens = tokenize(sentence, lexicons);
    if (tokens.length === 0) return;
    const mentions = findMentions(tokens, index, lexicons);
    const people = mentions.filter((m) => !m.self);
    for (const e of findEvidence(tokens, lexicons, new Set(people.map((m) => m.start)))) {
      // "I visit him": the writer helps; the one visited is no helper.
      if (e.kind === 'helper' && lexicons.some((lex) => lex.pronouns.has(tokens[e.end]?.word ?? ''))) continue;
      let target = pronounObject(tokens, e, people, lastNamed, lexicons) ?? attach(tokens, mentions, e);
      // "He has dementia": a sentence with a pronoun and nobody named speaks of the last one named.
      if (!target && people.length === 0 && lastNamed && tokens.some((t) => lexicons.some((lex) => lex.pronouns.has(t.word)))) target = lastNamed;
      if (!target) continue;
      credit(target, e, tokens);
      if (!target.self) subjectHelper(tokens, mentions, e, target, lexicons);
    }
    for (const m of people) {
      if (deniedDirectly(tokens, m, lexicons)) {
        m.declined = true;
        correctionOpen = true;
      } else if (m.negCare > 0 && m.care < 2) {
        // "nie opiekuję się mamą, tylko babcią": a denied care verb hands the care on too.
        correctionOpen = true;
      } else if (correctionOpen && !m.own) {
        // "it's not my mum I care for, it's my gran": the care said of the one denied is the next one's.
        m.care += 3;
        m.own = true;
        correctionOpen = false;
      }
    }
    // "mum and dad are both ill": relations joined by "and" share what was said of them.
    for (const a of people) {
      for (const b of people) {
        if (a === b || b.own || a.declined || !coordinated(tokens, a, b, lexicons)) continue;
        b.care = Math.max(b.care, a.care);
        b.helper = Math.max(b.helper, a.helper);
        b.other = Math.max(b.other, a.other);
      }
    }
    // "my sister's husband": someone else's relative, not the writer's.
    for (let i = 0; i + 1 < people.length; i++) {
      if (people[i]!.owner && people[i]!.end === people[i + 1]!.start) people[i]!.chained = people[i + 1]!.chained = true;
    }
    all.push(...people);
    if (people.length) lastNamed = people[people.length - 1];
  });
  return merge(all);
}

function merge(mentions: Mention[]): PersonMention[] {
  const byRelation = new Map<string, { person: PersonMention; score: number; first: number }>();
  mentions.forEach((m, index) => {
    const role = roleOf(m);
    const found = byRelation.get(m.relation);
    const candidate = {
      person: { relation: m.relation, words: m.words, role, ...(m.declined || (m.negCare > 0 && m.care < 2) ? { declined: true } : {}) },
      score: m.care,
      first: index,
    };
    if (!found) byRelation.set(m.relation, candidate);
    else if (candidate.person.declined || (!found.person.declined && ROLE_RANK[role] > ROLE_RANK[found.person.role]))
      byRelation.set(m.relation, { ...candidate, first: found.first });
  });
  return [...byRelation.values()]
    .sort((a, b) => ROLE_RANK[b.person.role] - ROLE_RANK[a.person.role] || b.score - a.score || a.first - b.first)
    .map((x) => x.person);
}

/** Only the people the person says they look after (or whose illness they describe). */
export function caredForOf(people: readonly PersonMention[]): CaredForEntity[] {
  return people.filter((p) => p.role === 'cared_for').map(({ relation, words }) => ({ relation, words }));
}
