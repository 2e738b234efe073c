/** What the bot understood of one message. Pure types: no botbuilder here. */
import type { LanguageCode } from '../core/languages';
import type { TopicId } from '../core/topics';

/** Commands that work at any point of a conversation, in every language. */
export const COMMANDS = [
  'restart',
  'back',
  'help',
  'human',
  'change_language',
  'delete_data',
  'privacy',
  'plan',
  'not_sure',
  'yes',
  'no',
  /** "Are you a bot?", "is this a real person": answered honestly. */
  'is_bot',
  'sms_stop',
  'sms_start',
  'sms_help',
] as const;
export type CommandId = (typeof COMMANDS)[number];

export interface LanguageGuess {
  /** The supported language detected, or null when unsupported or too short to tell. */
  code: LanguageCode | null;
  /** Raw ISO 639-1 (or 639-3) guess even when unsupported, e.g. 'fr'. */
  detected: string | null;
  /** True when the text is long/distinctive enough to switch the conversation's language. */
  reliable: boolean;
  script: 'Latn' | 'Arab' | 'Beng' | 'Guru' | 'Gujr' | 'Hans' | 'Other';
  /** Urdu written in Latin letters ("meri ammi ko cancer hai"). */
  romanised: boolean;
}

export interface PostcodeEntity {
  /** Outward code, e.g. "SE15"; never store more than this. */
  district: string;
  /** Letters of the area, e.g. "SE". */
  area: string;
  /** True when the person typed a full postcode (the inward part is dropped). */
  wasFull: boolean;
}

export interface CaredForEntity {
  /** Normalised relation key used by locales, e.g. "mother", "husband", "daughter", "friend". */
  relation: string;
  /** The person's own words, e.g. "mum", "my hubby" -> "hubby", for mirroring in English. */
  words: string;
}

/** What the person's words make of someone they mention (understanding/caredFor.ts). */
export type CareRole = 'cared_for' | 'helper' | 'other' | 'unsure';

export interface PersonMention extends CaredForEntity {
  role: CareRole;
  /** They said this is not who they look after ("it's not my mum I care for", "dad doesn't need help"). */
  declined?: boolean;
}

/** What the person says of their own work: stopped (gave up or lost it), not working, working and juggling it with the care, or working. */
export type WorkStatus = 'stopped' | 'not_working' | 'juggling' | 'working';

/** How they say they are, as the "how are you doing yourself?" choices name it. */
export type Feeling = 'ok' | 'tired' | 'worried' | 'tooMuch';

export interface Entities {
  postcode?: PostcodeEntity;
  /** A town or place name when no postcode was given (best effort). */
  place?: string;
  /** The writer's own age when stated ("I'm 14"). */
  age?: number;
  /** The age of a child they speak of ("my grandson is 6", "my 8 year old son"). */
  childAge?: number;
  /** Only those the person says they look after, or whose illness they describe; most cared-for first. */
  caredFor: CaredForEntity[];
  /** Every relation mentioned, with its role: helpers, other family and unsure mentions too. */
  people?: PersonMention[];
  /** The person cared for has died (for condolence and bereavement wording). */
  bereaved: boolean;
  /** A lone digit reply ("2") for numbered menus. */
  digit?: number;
  /** Their own work, when they say it ("I've stopped working to look after her"). */
  work?: WorkStatus;
  /** How they say they are ("I'm shattered"), asked or not. */
  feeling?: Feeling;
  /** They ask for help near where they live ("help near me", "pomoc w okolicy", "附近的帮助"): the answer needs the place. */
  nearby?: boolean;
}

export interface ScoredTopic {
  id: TopicId;
  score: number;
}

export interface Understanding {
  language: LanguageGuess;
  /** Most likely first; empty when none fits. */
  topics: ScoredTopic[];
  entities: Entities;
  command?: CommandId;
  /** Which recognizer answered ('embedded' or 'clu'). */
  source: string;
}

export interface RecognizeContext {
  /** The conversation's current language, kept for short or ambiguous messages. */
  conversationLanguage?: LanguageCode;
  /** The channel's locale, a hint only. */
  localeHint?: string;
}

export interface Recognizer {
  recognize(text: string, context: RecognizeContext): Promise<Understanding>;
}
