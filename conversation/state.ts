/**
 * What the bot keeps about one conversation. Plain data (saved as JSON by the
 * Storage): a postcode district, never a full postcode; the person's words
 * for who they look after, so the bot can say "your mum" back.
 */
import type { TranscriptLine } from '../handoff/advisorDesk';
import type { RiskCategory, RiskFlag, RiskLevel } from '../core/risk';
import type { CrisisSituation } from './crisisSituation';
import type { CaredForEntity } from '../understanding/types';
import type { LanguageCode } from '../core/languages';
import type { TopicId } from '../core/topics';
import type { Choice } from '../channels/content';
import type { Nation } from '../core/nations';
import type { CrownDependency } from '../catalogue';
import type { SecondOpinionRecord } from '../risk/types';

export type { Nation };

export const HANDOFF_STATES = ['none', 'offered', 'queued', 'connected', 'ended', 'callback_offered', 'callback_requested'] as const;
export type HandoffState = (typeof HANDOFF_STATES)[number];

export interface Situation {
  /** Who they look after, from what they said they do (understanding/caredFor.ts), never from a mention alone. */
  caredFor: CaredForEntity[];
  /** A mention with no sign of care, waiting for "Is it your dad you look after?". */
  confirmWho?: CaredForEntity;
  /** Relations they said are not the one they look after, or were asked about once: never added from a mention or asked again. */
  notCaredFor?: string[];
  /** The person they looked after has died. */
  bereaved: boolean;
  /** The writer's own age, when they told us (under-18s get young people's services). */
  age?: number;
  district?: string;
  nation?: Nation;
  /** The main council's id as the catalogue names it (an old id such as "southwark", or a code). */
  council?: string;
  /** Every council the district or place resolves to (GSS codes, NI trust ids), main one first. */
  councilCodes?: string[];
  /** Jersey, Guernsey or the Isle of Man: their own services, not a UK nation's. */
  crownDependency?: CrownDependency;
  /** Topics understood so far, most recent first. */
  topics: TopicId[];
  /** Answers to follow-up questions, by question id. */
  answers: Record<string, string>;
  /** Topics already answered with services. */
  answered: TopicId[];
  /** Service ids already shown, so "that doesn't fit me" gives the next best. */
  shownServices: string[];
  /** The topic being worked on now. */
  focus?: TopicId;
  /** Topics suggested by what they said (how they are, the "not sure" questions), offered next. */
  suggested: TopicId[];
  /** How many times each related topic was offered: re-offer a declined one once, later. */
  offered: Partial<Record<TopicId, number>>;
  /** The "I'm not sure what I need" questions are under way. */
  exploring: boolean;
  /** The knowledge card answered last (its id, never the question's text): "how much?" and "is that right?" carry it on. */
  card?: string;
  /** The nation that card was last answered for; undefined when it was answered with the general text. */
  cardNation?: Nation;
}

/** The latest risk reply, so a follow-up carries on that crisis rather than starting over. */
export interface CrisisMemory {
  /** The reply given (data/crisis/replies.json); none for a concern answered with the gentle offer. */
  situation?: CrisisSituation;
  also: CrisisSituation[];
  level: Exclude<RiskLevel, 'none'>;
  categories: RiskCategory[];
  flags: RiskFlag[];
  /** ISO time of the latest reply about it: it lapses a while after. */
  at: string;
  /** They said no to a person (or a call back) for this crisis: follow-ups give the numbers, not the offer again. */
  declined?: boolean;
}

export interface ConversationData {
  version: 1;
  language: LanguageCode;
  /** The person picked the language themselves: detection no longer switches it. */
  languageChosen: boolean;
  /** Urdu written in Latin letters: offer Urdu script or English once. */
  romanisedUrdu: boolean;
  /** Kept with the language: 'Latn' is Urdu in Latin letters (Roman Urdu), answered from locales/ur-Latn/. */
  script?: 'Latn';
  scriptOffered: boolean;
  welcomed: boolean;
  org: string;
  /** Highest risk level seen in the latest turn. */
  risk: RiskLevel;
  /** Which rules and model judged it (data/risk/README.md), and the optional second opinion's name, version and
   *  outcome: an assessment can be traced, never with the text. */
  riskVersions?: { rules: string; model: string; second?: SecondOpinionRecord };
  handoff: HandoffState;
  situation: Situation;
  /** How they are doing was asked (always, once). */
  askedHowTheyAre: boolean;
  /** The choices last offered, so a digit or a label typed back picks one. */
  lastChoices: Choice[];
  /** ISO time of the last turn: a person back within the idle time is offered to carry on. */
  lastActiveAt?: string;
  /** The crisis or concern being answered, until the person moves on or it lapses. */
  crisis?: CrisisMemory;
  /** SMS STOP received: send nothing until START. */
  smsStopped: boolean;
  /**
   * The latest lines of the conversation, kept only so that the person can agree to share
   * them with an advisor; they expire with the rest of the state and go on "delete my data".
   */
  recent?: TranscriptLine[];
  /** Which insight rows this conversation was already counted in (short codes, never text): each once. */
  insight?: string[];
}

const RECENT_LINES = 40;
const RECENT_LINE_CHARS = 1000;

/** Remembers one line for a possible hand-off; the oldest go first. */
export function rememberLine(data: ConversationData, line: TranscriptLine): void {
  if (!line.text) return;
  const recent = (data.recent ??= []);
  recent.push({ ...line, text: line.text.slice(0, RECENT_LINE_CHARS) });
  if (recent.length > RECENT_LINES) recent.splice(0, recent.length - RECENT_LINES);
}

export function newSituation(): Situation {
  return { caredFor: [], bereaved: false, topics: [], answers: {}, answered: [], shownServices: [], suggested: [], offered: {}, exploring: false };
}

export function newConversationData(language: LanguageCode, org: string): ConversationData {
  return {
    version: 1,
    language,
    languageChosen: false,
    romanisedUrdu: false,
    scriptOffered: false,
    welcomed: false,
    org,
    risk: 'none',
    handoff: 'none',
    situation: newSituation(),
    askedHowTheyAre: false,
    lastChoices: [],
    smsStopped: false,
  };
}
