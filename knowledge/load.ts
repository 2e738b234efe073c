/**
 * Loads the knowledge cards once: both schemas (ajv), then what a schema cannot say (every text
 * names a known card, every {{placeholder}} has a figure, English has every card's wording).
 * A broken file stops the load with every problem listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import Ajv, { type ErrorObject } from 'ajv';
import { LANGUAGES, type LanguageCode } from '../core/languages';
import { TEXT_LANGUAGES, type Card, type KnowledgeBase, type TextFile, type TextLanguage } from './types';

export const KNOWLEDGE_DIR = new URL('../data/knowledge/', import.meta.url);

export class KnowledgeError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge cards are invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'KnowledgeError';
  }
}

const PLACEHOLDER = /\{\{\s*([a-z0-9-]+)\s*\}\}/g;

/** The {{names}} a text uses. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8'));
}

function describe(file: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${file}${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}

/** Every text of one card in one language, with where it sits, for the checks. */
export function textsOf(file: TextFile, cardId: string): { field: string; text: string }[] {
  const card = file.cards[cardId];
  if (!card) return [];
  const out: { field: string; text: string }[] = [];
  const push = (prefix: string, w: { answer?: string; next?: string[]; call?: string[] }) => {
    if (w.answer) out.push({ field: `${prefix}answer`, text: w.answer });
    (w.next ?? []).forEach((text, i) => out.push({ field: `${prefix}next[${i}]`, text }));
    (w.call ?? []).forEach((text, i) => out.push({ field: `${prefix}call[${i}]`, text }));
  };
  push('', card);
  for (const [nation, w] of Object.entries(card.nations ?? {})) if (w) push(`nations.${nation}.`, w);
  for (const [group, words] of Object.entries(card.byRelation ?? {})) {
    if (!words) continue;
    push(`byRelation.${group}.`, words);
    for (const [nation, w] of Object.entries(words.nations ?? {})) if (w) push(`byRelation.${group}.nations.${nation}.`, w);
  }
  return out;
}

export function validateKnowledge(
  cardsData: unknown,
  textData: Partial<Record<TextLanguage, unknown>>,
  dir: URL = KNOWLEDGE_DIR,
  negatives: Partial<Record<LanguageCode, string[]>> = {},
): KnowledgeBase {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const checkCards = ajv.compile(readJson(new URL('cards.schema.json', dir)) as object);
  const checkText = ajv.compile(readJson(new URL('text.schema.json', dir)) as object);
  const problems: string[] = [];
  if (!checkCards(cardsData)) problems.push(...describe('cards.json', checkCards.errors));
  for (const [lng, data] of Object.entries(textData)) {
    if (!checkText(data)) problems.push(...describe(`text/${lng}.json`, checkText.errors));
  }
  if (problems.length) throw new KnowledgeError(problems);
  const cards = (cardsData as { cards: Card[] }).cards;
  const byId = new Map(cards.map((c) => [c.id, c]));
  if (byId.size !== cards.length) problems.push('cards.json: a card id is used twice');
  const texts = textData as Partial<Record<TextLanguage, TextFile>>;
  const english = texts.en;
  if (!english) problems.push('text/en.json is missing');
  for (const card of cards) {
    const figures = new Set(card.figures.map((f) => f.name));
    for (const f of card.figures) {
      if (!card.sources.some((s) => s.url === f.source)) problems.push(`cards.json ${card.id}: figure ${f.name}'s source is not one of the card's sources`);
    }
    const en = english?.cards[card.id];
    if (english && (!en?.answer || !en.next || !en.call || !en.title)) problems.push(`text/en.json: ${card.id} needs a title, answer, next and call`);
    for (const [lng, file] of Object.entries(texts)) {
      if (!file) continue;
      if (file.language !== lng) problems.push(`text/${lng}.json: says it is "${file.language}"`);
      for (const { field, text } of textsOf(file, card.id)) {
        for (const name of placeholdersOf(text)) {
          if (!figures.has(name)) problems.push(`text/${lng}.json ${card.id}.${field}: {{${name}}} has no figure in cards.json`);
        }
      }
    }
  }
  for (const [lng, file] of Object.entries(texts)) {
    for (const id of Object.keys(file?.cards ?? {})) if (!byId.has(id)) problems.push(`text/${lng}.json: unknown card "${id}"`);
  }
  if (problems.length) throw new KnowledgeError(problems);
  return { cards, byId, texts, negatives };
}

export function loadKnowledge(dir: URL = KNOWLEDGE_DIR): KnowledgeBase {
  const textData: Partial<Record<TextLanguage, unknown>> = {};
  for (const lng of TEXT_LANGUAGES) {
    const url = new URL(`text/${lng}.json`, dir);
    if (existsSync(url)) textData[lng] = readJson(url);
  }
  return validateKnowledge(readJson(new URL('cards.json', dir)), textData, dir, readNegatives(dir));
}

/** data/knowledge/negatives.json: per language, messages no card answers. */
export function readNegatives(dir: URL = KNOWLEDGE_DIR): Partial<Record<LanguageCode, string[]>> {
  const url = new URL('negatives.json', dir);
  if (!existsSync(url)) return {};
  const data = readJson(url) as Record<string, unknown>;
  const out: Partial<Record<LanguageCode, string[]>> = {};
  for (const [key, value] of Object.entries(data)) {
    if ((LANGUAGES as readonly string[]).includes(key) && Array.isArray(value))
      out[key as LanguageCode] = value.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

let shared: KnowledgeBase | undefined;

/** The shipped cards, loaded and checked once per process. */
export function knowledgeBase(): KnowledgeBase {
  return (shared ??= loadKnowledge());
}
