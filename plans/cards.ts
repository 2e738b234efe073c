/**
 * What the knowledge cards (data/knowledge/) give a plan: the card's two lines to say on
 * the phone, and what the person is entitled to ask for (the answer of a rights card),
 * in the person's language and nation, with the card's figures filled in. A card that is
 * not translated, or whose figures cannot all be filled, gives nothing: the plan then uses
 * its own wording, and never mixes languages on one page.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { LanguageCode } from '../core/languages';
import type { Nation } from '../core/nations';
import type { TopicId } from '../core/topics';

const DIR = new URL('../data/knowledge/', import.meta.url);

interface Figure {
  name: string;
  value: string;
  nations?: Nation[];
}
interface Wording {
  answer?: string;
  call?: string[];
}
interface CardText extends Wording {
  nations?: Partial<Record<Nation, Wording>>;
}
interface CardFacts {
  id: string;
  nations: Nation[];
  figures: Figure[];
}

/** The card whose phone script fits a plan item about this topic. */
const CALL_CARD: Partial<Record<TopicId, string>> = {
  money: 'money.carers-allowance',
  assessment: 'rights.carers-assessment',
  work: 'work.flexible-working',
  break: 'break.respite',
  daily_care: 'home.help-at-home',
  end_of_life: 'eol.dying-at-home',
};

/** Cards that say what a person may ask for, by topic. */
const RIGHTS_CARDS: Partial<Record<TopicId, string[]>> = {
  assessment: ['rights.carers-assessment'],
  break: ['rights.carers-assessment'],
  work: ['work.carers-leave', 'work.flexible-working'],
  daily_care: ['home.help-at-home'],
  end_of_life: ['home.continuing-healthcare'],
};

/** Anyone not writing in English may ask for an interpreter. */
export const INTERPRETER_CARD = 'access.interpreter';

function readJson(path: URL): unknown {
  try {
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
  } catch {
    return undefined; // a card file being edited must not stop a plan: the plan's own wording stands in
  }
}

let facts: Map<string, CardFacts> | undefined;
const texts = new Map<LanguageCode, Record<string, CardText>>();

function cardFacts(): Map<string, CardFacts> {
  if (!facts) {
    const data = readJson(new URL('cards.json', DIR)) as { cards?: CardFacts[] } | undefined;
    facts = new Map((data?.cards ?? []).map((c) => [c.id, c]));
  }
  return facts;
}

function textsOf(language: LanguageCode): Record<string, CardText> {
  let found = texts.get(language);
  if (!found) {
    const data = readJson(new URL(`text/${language}.json`, DIR)) as { cards?: Record<string, CardText> } | undefined;
    texts.set(language, (found = data?.cards ?? {}));
  }
  return found;
}

/** Fills {{figure}} placeholders with the nation's figure (or the one for everywhere); undefined if one is left. */
function fill(text: string, card: CardFacts, nation: Nation | undefined): string | undefined {
  const filled = text.replace(/\{\{\s*([a-z0-9-]+)\s*\}\}/g, (whole, name: string) => {
    const candidates = card.figures.filter((f) => f.name === name);
    const figure = candidates.find((f) => nation && f.nations?.includes(nation)) ?? candidates.find((f) => !f.nations);
    return figure ? figure.value : whole;
  });
  return /\{\{/.test(filled) ? undefined : filled;
}

function wording(id: string, language: LanguageCode, nation: Nation | undefined): { card: CardFacts; text: Wording } | undefined {
  const card = cardFacts().get(id);
  const text = textsOf(language)[id];
  if (!card || !text) return undefined;
  // With no nation known, a card about one nation only (Scotland's payment) does not fit.
  if (nation ? !card.nations.includes(nation) : card.nations.length < 4) return undefined;
  const own = nation ? text.nations?.[nation] : undefined;
  return { card, text: { answer: own?.answer ?? text.answer, call: own?.call ?? text.call } };
}

/** The card's two phone lines for a plan item on this topic, or undefined. */
export function callLines(topic: TopicId, language: LanguageCode, nation: Nation | undefined): string[] | undefined {
  const id = CALL_CARD[topic];
  const found = id ? wording(id, language, nation) : undefined;
  const lines = found?.text.call?.map((line) => fill(line, found.card, nation));
  return lines && lines.length === 2 && lines.every((l): l is string => Boolean(l)) ? lines : undefined;
}

/** What the person may ask for, from one card: its answer with figures filled, or undefined. */
export function rightsOf(id: string, language: LanguageCode, nation: Nation | undefined): string | undefined {
  const found = wording(id, language, nation);
  return found?.text.answer ? fill(found.text.answer, found.card, nation) : undefined;
}

/** What the person may ask for about this topic. */
export function rightsFor(topic: TopicId, language: LanguageCode, nation: Nation | undefined): string[] {
  return (RIGHTS_CARDS[topic] ?? []).map((id) => rightsOf(id, language, nation)).filter((r): r is string => Boolean(r));
}
