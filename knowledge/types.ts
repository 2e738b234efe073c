/** The knowledge cards' shapes (data/knowledge/*.schema.json): facts in cards.json, wording per language in text/<lang>.json. */
import { LANGUAGES, type LanguageCode } from '../core/languages';
import type { Nation } from '../core/nations';

/** Urdu in Latin letters (Roman Urdu): a script of `ur` with card texts of its own, text/ur-Latn.json. */
export const ROMAN_URDU_TEXT = 'ur-Latn';
/** A card text file's language: every language the bot writes in, and Urdu in Latin letters. */
export type TextLanguage = LanguageCode | typeof ROMAN_URDU_TEXT;
export const TEXT_LANGUAGES: readonly TextLanguage[] = [...LANGUAGES, ROMAN_URDU_TEXT];

export type Publisher = 'GOV.UK' | 'NHS' | 'nidirect' | 'mygov.scot' | 'gov.wales' | 'legislation.gov.uk';

export interface Source {
  url: string;
  title: string;
  publisher: Publisher;
  nations?: Nation[];
}

export interface Figure {
  /** The {{placeholder}} in the texts. */
  name: string;
  /** Exactly as the source states it. */
  value: string;
  unit: string;
  appliesFrom: string;
  taxYear?: string;
  source: string;
  /** seen: read on the source itself; reported: read elsewhere, to be confirmed on the source. */
  verification: 'seen' | 'reported';
  seenAt?: string;
  nations?: Nation[];
}

export interface Variant {
  services?: string[];
  names?: string[];
  note?: string;
}

export interface Card {
  id: string;
  topic: string;
  nations: Nation[];
  differsByNation?: boolean;
  appliesFrom: string;
  reviewBy: string;
  taxYear?: string;
  sources: Source[];
  figures: Figure[];
  services: string[];
  names: string[];
  variants?: Partial<Record<Nation, Variant>>;
  /** Whose money or right it is: the person writing ('you': Carer's Allowance) or the person they look after ('them'). */
  forWhom?: 'you' | 'them';
}

export interface CardWording {
  answer?: string;
  next?: string[];
  call?: string[];
}

/** Who a card is about, where its answer differs: a husband, wife or partner, or anyone else (a parent, a grandparent, a friend). */
export const RELATION_GROUPS = ['partner', 'family'] as const;
export type RelationGroup = (typeof RELATION_GROUPS)[number];

/** A card's words for one relation group: whole, with the nations' words of its own. */
export interface RelationWords extends Required<CardWording> {
  title?: string;
  nations?: Partial<Record<Nation, CardWording>>;
}

export interface CardText extends CardWording {
  title?: string;
  nations?: Partial<Record<Nation, CardWording>>;
  /** Words for who it is about ("my gran died": no Bereavement Support Payment first); the card's own words when none is known. */
  byRelation?: Partial<Record<RelationGroup, RelationWords>>;
  examples: string[];
}

export interface TextFile {
  language: TextLanguage;
  cards: Record<string, CardText>;
}

export interface KnowledgeBase {
  cards: Card[];
  byId: ReadonlyMap<string, Card>;
  /** Languages present (and Urdu in Latin letters), English always. */
  texts: Partial<Record<TextLanguage, TextFile>>;
  /** Messages no card answers, per language (data/knowledge/negatives.json): the matcher's "none". */
  negatives: Partial<Record<LanguageCode, string[]>>;
}
