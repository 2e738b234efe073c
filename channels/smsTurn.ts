/**
 * One SMS turn: everything the bot says in a turn, fitted into at most three texts by what
 * matters most. Crisis numbers come first, whole, number first, in a text of their own; then the
 * answer; then services (name and phone, or a short web address when there is no phone); then
 * the choices as numbered lines; then the rest. What does not fit is dropped, least important
 * first (details of services, later sentences, later services, the choices...), and crisis
 * numbers are never dropped. Dialogs never know: they say the same things on every channel.
 */
import type { Choice, Content, ServiceView } from './content';
import { namesNumber } from './phoneNumbers';
import { sentencesOf, smsLimit, splitForSms, toGsmFriendly } from './sms';

/** At most this many texts a turn (the issue: a turn was up to six). */
export const MAX_SMS_TEXTS = 3;

export interface SmsWording {
  /** "Reply with a number." under numbered choices. */
  replyWithNumber: string;
}

export interface SmsOptions {
  /** A short address served by the bot for a long web address (web/shortLinks.ts), when there is one. */
  shortLink?: (url: string) => string | undefined;
}

type Limits = { gsm: number; unicode: number };

/**
 * What may go, by rank: 1 a text's first and (before a question) last sentence, the plan; 2 the
 * first service; 3 the choices; 4 other services; 5 the rest of a text's first paragraph (the answer
 * itself: its facts outrank any note after them) and texts after an answer; 6 later paragraphs and
 * the crisis words; 7 a service's hours and cautions; 8 why a service fits, what to say. Higher goes first.
 */
const RANK = { answer: 1, firstService: 2, choices: 3, service: 4, lead: 5, more: 6, detail: 7, extra: 8 } as const;

interface Piece {
  text: string;
  rank: number;
  /** What joins it to the piece before it in its paragraph. */
  join: ' ' | '\n';
  /** A list's intro ("These can help:") goes when its last item has gone: the token of its list. */
  introOf?: symbol;
  /** An item of a list (a service's name and contact). */
  itemOf?: symbol;
}

/** Pieces of one paragraph; paragraphs are joined by a blank line and packed into texts. */
type Paragraph = Piece[];

/** A web address short enough for a text: host and path, no scheme, no "www.", no trailing slash. */
export function shortAddress(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/(?=$|[?#])/, '');
}

/** Web addresses in words lose their scheme and "www.": phones still make them links, texts stay short. */
function shortenAddresses(text: string): string {
  return text.replace(/\bhttps?:\/\/(?:www\.)?/gi, '');
}

/** Longer than this, a web address is sent as the bot's short link when there is one. */
const LONG_ADDRESS = 40;

function webAddress(url: string, options: SmsOptions): string {
  const short = shortAddress(url);
  const link = short.length > LONG_ADDRESS && options.shortLink ? shortAddress(options.shortLink(url) ?? short) : short;
  return link.length < short.length ? link : short;
}

/** The text ends with a question (any script's question mark). */
function asks(text: string): boolean {
  return /[?？؟]\s*$/u.test(text);
}

interface Ranks {
  /** The text's first piece. */
  first: number;
  /** The rest of its first paragraph (defaults to `rest`). */
  lead?: number;
  /** Later paragraphs. */
  rest: number;
  /** The last piece, when it must stay (a question, with or without choices). */
  last?: number;
}

/** A text's pieces by paragraph, ranked by where they stand. */
function sentences(text: string, ranks: Ranks): Paragraph[] {
  return text
    .replace(/[:：]\s*\n{2,}/gu, ':\n') // "You could say:" stays with what follows
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((paragraph) =>
      bindColons(
        bindQuotes(
          paragraph
            .split('\n')
            .flatMap((line, l) => sentencesOf(line.trim()).map((s, i): Piece => ({ text: s, rank: ranks.rest, join: i === 0 && l > 0 ? '\n' : ' ' }))),
        ),
      ),
    )
    .map((pieces, p, all) =>
      pieces.map((piece, i) => {
        const last = ranks.last !== undefined && p === all.length - 1 && i === pieces.length - 1;
        if (last) return { ...piece, rank: ranks.last ?? ranks.rest };
        if (p === 0) return { ...piece, rank: i === 0 ? ranks.first : (ranks.lead ?? ranks.rest) };
        return { ...piece, rank: ranks.rest };
      }),
    );
}

/** Quotation marks still open at the end of a text: straight quotes pair up, the others open and close. */
function openQuotes(text: string): number {
  let open = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '"') straight++;
    else if ('“„«「『'.includes(ch)) open++;
    else if ('”»」』'.includes(ch)) open--;
  }
  return open + (straight % 2);
}

/** A quotation ("what to say when you call") is one piece: dropped whole or kept whole, never cut after its first sentence. */
function bindQuotes(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  let inside = false;
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (inside && last) out[out.length - 1] = { ...last, text: `${last.text}${piece.join}${piece.text}` };
    else out.push(piece);
    inside = openQuotes(out[out.length - 1]?.text ?? '') > 0;
  }
  return out;
}

/** A piece ending in a colon introduces the next: they go (or stay) together. */
function bindColons(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && /[:：]$/u.test(last.text)) out[out.length - 1] = { ...last, text: `${last.text}${piece.join}${piece.text}` };
    else out.push(piece);
  }
  return out;
}

function menu(choices: readonly Choice[] | undefined, wording: SmsWording): Piece | undefined {
  if (!choices?.length) return undefined;
  const lines = [...choices.map((c, i) => `${i + 1}. ${c.label}`), wording.replyWithNumber].filter(Boolean);
  return { text: lines.join('\n'), rank: RANK.choices, join: '\n' };
}

/** A service as a paragraph: its name and a way to reach it first (phone, text, web), details after. */
function service(s: ServiceView, rank: number, options: SmsOptions, list: symbol): Paragraph {
  const web = s.url ? webAddress(s.url, options) : undefined;
  const reach = s.phone ?? s.text ?? web;
  const piece = (text: string | undefined, r: number): Piece[] => (text ? [{ text, rank: r, join: '\n' }] : []);
  return [
    // "NHS 111" already says its number: not "NHS 111\n111".
    { text: reach && !namesNumber(s.name, reach) ? `${s.name}\n${reach}` : s.name, rank, join: '\n', itemOf: list },
    ...piece(s.phone ? s.text : undefined, RANK.detail),
    ...piece([s.hours, s.openNow].filter(Boolean).join(' - ') || undefined, RANK.detail),
    ...piece(s.caution, RANK.detail),
    ...piece(reach === web ? undefined : web, RANK.extra),
    ...piece(s.why, RANK.extra),
    ...piece(s.whatToSay, RANK.extra),
  ];
}

/** Choices go with the last paragraph of their content, so the question and its options arrive together. */
function withMenu(paragraphs: Paragraph[], choices: readonly Choice[] | undefined, wording: SmsWording): Paragraph[] {
  const options = menu(choices, wording);
  if (!options) return paragraphs;
  if (!paragraphs.length) return [[options]];
  return [...paragraphs.slice(0, -1), [...paragraphs[paragraphs.length - 1], options]];
}

interface Laid {
  /** Crisis lines, "116 123 - Samaritans", each once, in order. */
  numbers: string[];
  /** Shorter crisis lines (notes in brackets gone) for when the full ones do not fit one text. */
  shortNumbers: string[];
  paragraphs: Paragraph[];
}

function layOut(items: readonly { contents: readonly Content[]; wording: SmsWording }[], options: SmsOptions): Laid {
  const laid: Laid = { numbers: [], shortNumbers: [], paragraphs: [] };
  let firstService = true;
  for (const { contents, wording } of items) {
    // Once a reply has given an answer (a text whose first paragraph says more than one thing), its later
    // texts rank below it: its facts outlast the next steps that refer back to them ("those benefits").
    // Per reply: the welcome before a card is no answer, and the card's answer must not rank below it.
    let answered = false;
    for (const content of contents) {
      switch (content.kind) {
        case 'text': {
          // Its own short form when it has one ("Your other question (…): its first sentence"), kept as an answer is.
          const said = content.short ?? content.text;
          if (!said && !content.choices?.length) break;
          // A text that asks something keeps its question ("What number should they call?"), with or without choices.
          const question = Boolean(content.choices?.length) || asks(said);
          // A question keeps its first words too ("Is there anything else I can help with?").
          // A short form keeps its first and last sentences (what it is about, the offer); its middle (the answer's
          // first sentence) outranks later services.
          const short = content.short !== undefined;
          const first = answered && !question && !short ? RANK.lead : RANK.answer;
          const lead = short ? RANK.service : RANK.lead;
          const words = sentences(shortenAddresses(said), { first, lead, rest: RANK.more, last: question || short ? RANK.answer : undefined });
          if ((words[0]?.length ?? 0) > 1) answered = true;
          laid.paragraphs.push(...withMenu(words, content.choices, wording));
          break;
        }
        case 'contacts': {
          for (const c of content.contacts) {
            // Number first, even when the name says it too ("111 - NHS 111, option 2"): every crisis line starts with what to dial.
            const line = `${c.number} - ${c.name}`;
            if (laid.numbers.includes(line)) continue;
            laid.numbers.push(line);
            laid.shortNumbers.push(`${c.number} - ${c.name.replace(/\s*[(（][^)）]*[)）]/gu, '').trim()}`);
          }
          // The list went to its own text: the intro ends as a sentence, with the full stop of its script.
          const intro = content.intro.replace(/：\s*$/u, '。').replace(/:\s*$/u, '.');
          // What to do now (press 55, while you wait, call 999 if in danger) outranks the intro's kind words after its first.
          const words = [
            ...sentences(intro, { first: RANK.answer, rest: RANK.more }),
            ...sentences(content.outro ?? '', { first: RANK.lead, rest: RANK.lead }),
          ];
          laid.paragraphs.push(...withMenu(words, content.choices, wording));
          break;
        }
        case 'services': {
          const token = Symbol('services');
          const list = content.services.map((s, i) => service(s, firstService && i === 0 ? RANK.firstService : RANK.service, options, token));
          if (list.length) firstService = false;
          const intro = sentences(content.intro, { first: RANK.firstService, rest: RANK.more }).map((p) =>
            p.map((piece) => ({ ...piece, introOf: list.length ? token : undefined })),
          );
          laid.paragraphs.push(...withMenu([...intro, ...list], content.choices, wording));
          break;
        }
        case 'plan': {
          const { shortForm, link } = content.plan;
          const text = link ? `${shortForm}\n${link}` : shortForm;
          laid.paragraphs.push(...withMenu([[{ text, rank: RANK.answer, join: '\n' }]], content.choices, wording));
          break;
        }
        case 'event':
          break;
      }
    }
  }
  return laid;
}

function paragraphText(paragraph: Paragraph): string {
  return paragraph.map((p, i) => (i === 0 ? p.text : `${p.join}${p.text}`)).join('');
}

function crisisTexts(laid: Laid, limits: Limits): string[] {
  if (!laid.numbers.length) return [];
  const full = toGsmFriendly(laid.numbers.join('\n'));
  // Too long for one text (UCS-2 languages): the notes in brackets go, the numbers and names stay.
  const numbers = [...full].length <= smsLimit(full, limits) ? full : laid.shortNumbers.join('\n');
  return splitForSms(numbers, limits);
}

/**
 * Drops the least important piece left (the last of the highest rank); false when only crisis numbers
 * remain. A paragraph loses pieces from its end: a piece may go only when every piece after it is more
 * important (a question kept last, its choices), so "those benefits" never stays without the sentence naming them.
 */
function dropOne(paragraphs: Paragraph[]): boolean {
  let at: [number, number] | undefined;
  let worst = 0;
  paragraphs.forEach((paragraph, p) =>
    paragraph.forEach((piece, i) => {
      const last = paragraph.slice(i + 1).every((later) => later.rank < piece.rank);
      if (last && piece.rank >= worst) {
        worst = piece.rank;
        at = [p, i];
      }
    }),
  );
  if (!at) return false;
  paragraphs[at[0]].splice(at[1], 1);
  return true;
}

/** The texts of one SMS turn: crisis numbers first and whole, then the rest by importance, at most three. */
export function smsTurn(items: readonly { contents: readonly Content[]; wording: SmsWording }[], limits: Limits, options: SmsOptions = {}): string[] {
  const laid = layOut(items, options);
  const first = crisisTexts(laid, limits);
  const paragraphs = laid.paragraphs.map((p) => [...p]);
  const rest = () => {
    const lists = new Set(paragraphs.flatMap((p) => p.flatMap((piece) => (piece.itemOf ? [piece.itemOf] : []))));
    return paragraphs
      .map((p) => p.filter((piece) => !piece.introOf || lists.has(piece.introOf)))
      .filter((p) => p.length)
      .map(paragraphText)
      .join('\n\n');
  };
  let texts = rest() ? splitForSms(rest(), limits) : [];
  while (first.length + texts.length > MAX_SMS_TEXTS && dropOne(paragraphs)) texts = rest() ? splitForSms(rest(), limits) : [];
  return [...first, ...texts].slice(0, Math.max(MAX_SMS_TEXTS, first.length));
}
