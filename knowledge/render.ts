/**
 * A card's words for one person: their language (English until translated), their nation's
 * text where the law differs, every {{figure}} filled from cards.json so numbers are the same in
 * every language, and whether the card is past its review-by date.
 */
import type { LanguageCode } from '../core/languages';
import type { Nation } from '../core/nations';
import { ROMAN_URDU_TEXT, type Card, type CardText, type CardWording, type KnowledgeBase, type RelationGroup, type Source, type TextLanguage } from './types';

export interface CardAnswer {
  cardId: string;
  /** The language the card's own words are in (English when not yet translated; 'ur-Latn' for Urdu in Latin letters). */
  language: TextLanguage;
  title: string;
  answer: string;
  next: string[];
  call: string[];
  /** The nation the words are for; undefined = the general (England) text. */
  nation?: Nation;
  /** The nation has words of its own (they name it); otherwise the general text stands for it. */
  ownWords: boolean;
  /** No nation known and the law differs: the nations whose answer is different. */
  differsIn: Nation[];
  /** Past its review-by date: the answer may be out of date. */
  stale: boolean;
  /** A figure is of a tax year before the current one (the text says its year): this year's may differ. */
  oldFigures: boolean;
  sources: Source[];
  /** Catalogue service ids that help, best first (the nation's own when it has them). */
  services: string[];
}

const PLACEHOLDER = /\{\{\s*([a-z0-9-]+)\s*\}\}/g;

export function fill(text: string, card: Card): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => card.figures.find((f) => f.name === name)?.value ?? whole);
}

export function isStale(card: Card, now: Date): boolean {
  return now.toISOString().slice(0, 10) > card.reviewBy;
}

/** The UK tax year a date falls in: 6 April to 5 April, written "2026/27". */
export function taxYearOf(date: Date): string {
  const day = date.toISOString().slice(0, 10);
  const year = Number(day.slice(0, 4));
  const start = day >= `${year}-04-06` ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Figures stated for a tax year before the one `now` is in. */
export function oldFiguresOf(card: Card, now: Date): Card['figures'] {
  const current = taxYearOf(now);
  return card.figures.filter((f) => f.taxYear !== undefined && f.taxYear < current);
}

/** The text file a person's words come from: Urdu in Latin letters has its own. */
function textLanguageOf(language: LanguageCode, script: 'Latn' | undefined): TextLanguage {
  return language === 'ur' && script === 'Latn' ? ROMAN_URDU_TEXT : language;
}

/** The relation keys (understanding/relations.json) of a husband, wife or partner: anyone else is family. */
const PARTNERS: ReadonlySet<string> = new Set(['husband', 'wife', 'partner']);

export function relationGroupOf(relation: string | undefined): RelationGroup | undefined {
  if (!relation) return undefined;
  return PARTNERS.has(relation) ? 'partner' : 'family';
}

/** A card's words, or its words for the relation group when it has them (whole: their own nations' words too). */
function forRelation(text: CardText, group: RelationGroup | undefined): CardText {
  const words = group ? text.byRelation?.[group] : undefined;
  return words ? { ...words, title: words.title ?? text.title, nations: words.nations ?? {}, examples: text.examples } : text;
}

function wordingFor(
  kb: KnowledgeBase,
  cardId: string,
  language: TextLanguage,
  nation: Nation | undefined,
  group: RelationGroup | undefined,
): { language: TextLanguage; title: string; wording: Required<CardWording>; ownWords: boolean } {
  const english = forRelation(kb.texts.en!.cards[cardId]!, group);
  const ownText = kb.texts[language]?.cards[cardId];
  // A language's own words only when its answer is translated; otherwise the card stays whole in English
  // (Urdu in Latin letters too, never Urdu script, which a Roman Urdu reader may not read: locales/STATUS.md).
  const useOwn = language !== 'en' && ownText?.answer !== undefined;
  const own = ownText ? forRelation(ownText, group) : undefined;
  const text = useOwn ? own! : english;
  const base: Required<CardWording> = { answer: text.answer ?? english.answer!, next: text.next ?? english.next!, call: text.call ?? english.call! };
  const override = nation ? (text.nations?.[nation] ?? (useOwn ? undefined : english.nations?.[nation])) : undefined;
  return {
    language: useOwn ? language : 'en',
    title: text.title ?? english.title!,
    ownWords: override?.answer !== undefined,
    wording: { answer: override?.answer ?? base.answer, next: override?.next ?? base.next, call: override?.call ?? base.call },
  };
}

/** `script: 'Latn'` with Urdu: the words of text/ur-Latn.json (Roman Urdu), in English until it has the card. */
/**
 * `relation` is who the card is about ("mother", "husband": understanding/relations.json's keys), when one is known:
 * a card with words for that relation group says those.
 */
export function renderCard(
  kb: KnowledgeBase,
  cardId: string,
  options: { language: LanguageCode; script?: 'Latn'; nation?: Nation; now: Date; relation?: string },
): CardAnswer {
  const card = kb.byId.get(cardId);
  if (!card) throw new Error(`unknown knowledge card ${cardId}`);
  const group = relationGroupOf(options.relation);
  const { language, title, wording, ownWords } = wordingFor(kb, cardId, textLanguageOf(options.language, options.script), options.nation, group);
  const englishText = kb.texts.en!.cards[cardId];
  const englishNations = (englishText ? forRelation(englishText, group).nations : undefined) ?? {};
  const differsIn = !options.nation && card.differsByNation ? (Object.keys(englishNations) as Nation[]) : [];
  const nationServices = options.nation ? card.variants?.[options.nation]?.services : undefined;
  return {
    cardId,
    language,
    title,
    answer: fill(wording.answer, card),
    next: wording.next.map((s) => fill(s, card)),
    call: wording.call.map((s) => fill(s, card)),
    nation: options.nation,
    ownWords,
    differsIn,
    stale: isStale(card, options.now),
    oldFigures: oldFiguresOf(card, options.now).length > 0,
    sources: options.nation
      ? card.sources.filter((s) => !s.nations || s.nations.includes(options.nation!))
      : card.sources.filter((s) => !s.nations || s.nations.includes('england')),
    services: nationServices ?? card.services,
  };
}
