/**
 * The reply to a message that shows risk: the contacts that fit the danger,
 * in the order that fits the nation, one or two lines on what to do while
 * waiting, and an offer of a person. Which situation is decided in
 * crisisSituation.ts; contacts and their order live in data/crisis/, words in locales/.
 */
import { readFileSync } from 'node:fs';
import type { RiskAssessment } from '../risk/types';
import type { RiskLevel } from '../core/risk';
import type { LanguageCode } from '../core/languages';
import type { ContactLine, Content } from '../channels/content';
import type { CrownDependency } from '../catalogue';
import type { CrisisMemory, Nation } from './state';
import type { Translate } from './translate';
import { yesNoChoices } from './choices';
import { situationFor, type CrisisSituation, type RiskFacts, type SituationChoice } from './crisisSituation';

/** Where a contact works: a UK nation, or Jersey, Guernsey or the Isle of Man (their own services, never NHS 111 or a UK nation's helpline). */
export type CrisisPlace = Nation | CrownDependency;

export interface ContactData {
  number?: string;
  numberKey?: string;
  nations: CrisisPlace[];
  source: string;
  /** The evidence that it works in a Crown Dependency, one source each. */
  placeSources?: Partial<Record<CrownDependency, string>>;
  assured_date: string;
  /** The fact holds from this date, and must be checked again by reviewBy. */
  appliesFrom: string;
  reviewBy: string;
}
interface ContactsFile {
  contacts: Record<string, ContactData>;
}
export interface SituationData {
  /** `emergency`: 999 leads and the lines are what to do while waiting; `urgent`: 999 comes last. */
  level: 'emergency' | 'urgent';
  intro: string;
  contacts: Record<CrisisPlace, string[]>;
  /** For someone who can't make a call (deaf, or not safe to speak): text and relay routes, in order. */
  textOnly: string[];
  waiting: string[];
  outro?: string[];
  /** The interpreter note for non-English replies. */
  note: string;
}
interface RepliesFile {
  situations: Record<CrisisSituation, SituationData>;
}

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../data/crisis/${file}`, import.meta.url), 'utf8')) as T;
export const CONTACTS = read<ContactsFile>('contacts.json').contacts;
export const SITUATIONS = read<RepliesFile>('replies.json').situations;

/** Crisis replies stay short: SMS must fit the numbers in one or two messages. */
const MAX_CONTACTS = 5;

export interface CrisisContext {
  t: Translate;
  language: LanguageCode;
  nation?: CrisisPlace;
  org: string;
  /** The person told us they are under 18: Childline first. */
  young?: boolean;
  /** False while a person is already on the way: the numbers only, no second offer. */
  offer?: boolean;
}

/** The contacts of a situation for a nation, with the first line of any other danger named, 999 kept in its place. */
export function contactIdsForChoice(choice: SituationChoice, nation: CrisisPlace = 'england', young = false): string[] {
  const data = SITUATIONS[choice.situation];
  const ids = [...data.contacts[nation]];
  const insert = (id: string) => {
    if (ids.includes(id)) return;
    const last = ids.length - 1;
    if (ids[last] === 'emergency' && data.level === 'urgent') ids.splice(last, 0, id);
    else ids.push(id);
  };
  for (const other of choice.also) {
    // Beside an emergency, a carer's collapse adds what to tell the 999 call handler (closing()), not a GP.
    if (other === 'carer_collapse' && data.level === 'emergency') continue;
    const first = SITUATIONS[other].contacts[nation].find((id) => id !== 'emergency');
    if (first) insert(first);
  }
  if (young && data.level === 'urgent' && !ids.includes('childline')) ids.unshift('childline');
  return ids.filter((id) => CONTACTS[id]?.nations.includes(nation)).slice(0, MAX_CONTACTS);
}

/** What a reply at this risk gives; a risk with no situation of its own (a failed check, hardship) gets the 24/7 lines. */
export function choiceFor(risk: RiskFacts, young = false): SituationChoice {
  return situationFor(risk, young) ?? { situation: 'suicide', also: [] };
}

export function contactIdsFor(risk: RiskFacts, nation: CrisisPlace = 'england', young = false): string[] {
  return contactIdsForChoice(choiceFor(risk, young), nation, young);
}

export function contactLine(id: string, t: Translate): ContactLine {
  const data = CONTACTS[id];
  return { name: t(`crisis.contact.${id}`), number: data.number ?? t(data.numberKey ?? '') };
}

function offerContent(ctx: CrisisContext): Content[] {
  return ctx.offer === false ? [] : [{ kind: 'text', text: ctx.t('crisis.offer', { org: ctx.org }), choices: yesNoChoices(ctx.t) }];
}

/** The closing lines: what to do while waiting (with a heading for an emergency), the danger line, the interpreter note. */
function closing(data: SituationData, ctx: CrisisContext, also: readonly CrisisSituation[] = []): string {
  const { t } = ctx;
  const dependant = data.level === 'emergency' && also.includes('carer_collapse') ? ['crisis.wait.dependant'] : [];
  // Jersey, Guernsey and the Isle of Man have no council: their government's adult social care team keeps adults safe.
  const crown = ctx.nation === 'jersey' || ctx.nation === 'guernsey' || ctx.nation === 'isle_of_man';
  const here = (key: string) => (crown && key === 'crisis.wait.safeguarding' ? 'crisis.wait.safeguardingCrown' : key);
  const waiting = [...dependant, ...data.waiting].map((key) => t(here(key)));
  const heading = data.level === 'emergency' && waiting.length ? [t('crisis.wait.heading')] : [];
  // The interpreter note names Shout and NHS 111, neither of which serves the islands: not said there.
  const note = ctx.language === 'en' || crown ? [] : [t(data.note)];
  return [...heading, ...waiting, ...(data.outro ?? []).map((key) => t(key)), ...note].join('\n');
}

function contactsContent(choice: SituationChoice, intro: string, ctx: CrisisContext): Content {
  const data = SITUATIONS[choice.situation];
  const contacts = contactIdsForChoice(choice, ctx.nation, ctx.young).map((id) => contactLine(id, ctx.t));
  return { kind: 'contacts', intro, contacts, outro: closing(data, ctx, choice.also) || undefined };
}

/** The offer of a person alone, worded afresh (after a change of language): the concern's gentle one or the crisis one. */
export function offerAgain(level: 'concern' | 'urgent' | 'emergency', ctx: CrisisContext): Content[] {
  const key = level === 'concern' ? 'crisis.concern.offer' : 'crisis.offer';
  return [{ kind: 'text', text: ctx.t(key, { org: ctx.org }), choices: yesNoChoices(ctx.t) }];
}

/** The full reply to a situation: its contacts in their own message, then the offer of a person. */
export function situationContents(choice: SituationChoice, ctx: CrisisContext): Content[] {
  return [contactsContent(choice, ctx.t(SITUATIONS[choice.situation].intro), ctx), ...offerContent(ctx)];
}

export function crisisContents(risk: RiskAssessment, ctx: CrisisContext): Content[] {
  return situationContents(choiceFor(risk, ctx.young), ctx);
}

/**
 * Concern: a physical worry gets "GP or 111 today, 999 if…"; anything else a warm acknowledgement and one yes/no offer of a person.
 * `today`: what helps today with no food, heating or money (the crisis-help card), said between the acknowledgement and the offer.
 */
export function concernContents(risk: RiskAssessment, ctx: CrisisContext, options: { thanked?: boolean; today?: readonly Content[] } = {}): Content[] {
  const choice = situationFor(risk, ctx.young);
  if (choice) return situationContents(choice, ctx);
  const { t } = ctx;
  if (options.today?.length)
    return [
      { kind: 'text', text: t('crisis.concern.ackToday') },
      ...options.today,
      { kind: 'text', text: `${t('crisis.concern.safe')} ${t('crisis.concern.offer', { org: ctx.org })}`, choices: yesNoChoices(t) },
    ];
  // Just thanked for telling who they look after ("Thank you for telling me about your mum."): not thanked twice.
  const ack = risk.categories.includes('hardship')
    ? t('crisis.concern.ackHardship')
    : options.thanked
      ? t('crisis.concern.ackThanked')
      : t('crisis.concern.ack');
  return [{ kind: 'text', text: `${ack} ${t('crisis.concern.safe')} ${t('crisis.concern.offer', { org: ctx.org })}`, choices: yesNoChoices(t) }];
}

/** A follow-up while a crisis reply is the latest thing said: the numbers again, what to do, a person. */
export function continueContents(memory: CrisisMemory, ctx: CrisisContext, options: { frustrated?: boolean } = {}): Content[] {
  const choice = { situation: memory.situation ?? 'suicide', also: memory.also };
  const emergency = SITUATIONS[choice.situation].level === 'emergency';
  // "You're useless" in a crisis: owned, and the people who can do more are given again (an emergency keeps "call now").
  const key = emergency ? 'crisis.continue.emergency' : options.frustrated ? 'crisis.continue.sorry' : 'crisis.continue.urgent';
  const intro = ctx.t(key);
  return [contactsContent(choice, intro, ctx), ...offerContent(ctx)];
}

/**
 * "I can't call, I'm deaf", "I can't talk, he's here" during a crisis: the routes that need no voice call for this
 * danger and place, and for an emergency, someone near them to call. Never "call now" again to someone who can't.
 */
export function textOnlyContents(memory: CrisisMemory, ctx: CrisisContext): Content[] {
  const data = SITUATIONS[memory.situation ?? 'suicide'];
  const place = ctx.nation ?? 'england';
  const contacts = data.textOnly.filter((id) => CONTACTS[id]?.nations.includes(place)).map((id) => contactLine(id, ctx.t));
  // Texting 999 works only where emergencySMS does; elsewhere, someone near them calls.
  const bySms = CONTACTS.emergencySms.nations.includes(place);
  const outro = [
    data.level === 'emergency' || !bySms ? ctx.t('crisis.cantCall.someone') : ctx.t('crisis.cantCall.danger'),
    ...(data.outro ?? []).filter((k) => k !== 'crisis.urgent.danger').map((k) => ctx.t(k)),
  ];
  if (data.waiting.includes('crisis.wait.silentCall')) outro.push(ctx.t('crisis.wait.silentCall'));
  // No text route where they live (Jersey, Guernsey, the Isle of Man): someone near them, and the chat's own person.
  const first: Content = contacts.length
    ? { kind: 'contacts', intro: ctx.t('crisis.cantCall.intro'), contacts, outro: outro.join('\n') }
    : { kind: 'text', text: [ctx.t('crisis.cantCall.someone'), ...outro.slice(1)].join('\n') };
  return [first, ...offerContent(ctx)];
}

/** "I'm not safe" after a concern or a crisis: the 24/7 reply for what was worrying, never a physical-health one. */
export function notSafeChoice(memory: CrisisMemory | undefined, young = false): SituationChoice {
  if (memory?.situation && SITUATIONS[memory.situation].level === 'emergency') return { situation: memory.situation, also: memory.also };
  const categories = (memory?.categories ?? []).filter((c) => c !== 'medical_emergency' && c !== 'hardship');
  return choiceFor({ level: 'urgent', categories, flags: memory?.flags ?? [], ruleIds: [] }, young);
}

/** What the conversation keeps of a risk reply. */
export function crisisMemory(risk: RiskFacts, choice: SituationChoice | undefined, level: Exclude<RiskLevel, 'none'>, now: Date): CrisisMemory {
  return { situation: choice?.situation, also: choice?.also ?? [], level, categories: [...risk.categories], flags: [...risk.flags], at: now.toISOString() };
}

/** The fixed 24/7 block for when even the wording fails: no lookup, no template. */
export const FAILSAFE_CRISIS_TEXT =
  'If you need help now: call 999 in an emergency. Samaritans: 116 123 (any time, free). Shout: text SHOUT to 85258 (any time, free).';
