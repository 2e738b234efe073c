/** The knowledge cards' shapes (data/knowledge/*.schema.json): facts in cards.json, wording per language in text/<lang>.json. */
import type { LanguageCode } from '../core/languages';
import type { Nation } from '../core/nations';

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
}

export interface CardWording {
  answer?: string;
  next?: string[];
  call?: string[];
}

export interface CardText extends CardWording {
  title?: string;
  nations?: Partial<Record<Nation, CardWording>>;
  examples: string[];
}

export interface TextFile {
  language: LanguageCode;
  cards: Record<string, CardText>;
}

export interface KnowledgeBase {
  cards: Card[];
  byId: ReadonlyMap<string, Card>;
  /** Languages present, English always. */
  texts: Partial<Record<LanguageCode, TextFile>>;
  /** Messages no card answers, per language (data/knowledge/negatives.json): the matcher's "none". */
  negatives: Partial<Record<LanguageCode, string[]>>;
}
