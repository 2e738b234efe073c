/**
 * One SMS turn: everything the bot says in a turn, fitted into at most three texts by what
 * matters most. Crisis numbers come first, whole, number first, in a text of their own; then the
 * answer; then services (name and phone, or a short web address when there is no phone); then
 * the choices as numbered lines; then the rest. What does not fit is dropped, least important
 * first (details of services, later sentences, later services, the choices...), and crisis
 * numbers are never dropped. Dialogs never know: they say the same things on every channel.
 */
import type { Choice, Content, ServiceView } from './content';
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
 * What may go, by rank: 1 the answer's first and last sentence, the plan; 2 the first service;
 * 3 the choices; 4 other services; 5 the answer's other sentences and the crisis words; 6 a
 * service's hours and cautions; 7 why a service fits, what to say. Higher goes first.
 */
const RANK = { answer: 1, firstService: 2, choices: 3, service: 4, more: 5, detail: 6, extra: 7 } as const;

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

/** Sentences and lines of a text, as pieces: the first (and, before choices, the last) ranked `keep`. */
/** The text ends with a question (any script's question mark). */
function asks(text: string): boolean {
  return /[?？؟]\s*$/u.test(text);
}

function sentences(text: string, keep: number, rest: number, keepLast: boolean): Paragraph[] {
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
            .flatMap((line, l) => sentencesOf(line.trim()).map((s, i): Piece => ({ text: s, rank: rest, join: i === 0 && l > 0 ? '\n' : ' ' }))),
        ),
      ),
    )
    .map((pieces, p, all) =>
      pieces.map((piece, i) => {
        const first = p === 0 && i === 0;
        const last = keepLast && p === all.length - 1 && i === pieces.length - 1;
        return first || last ? { ...piece, rank: keep } : piece;
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
    { text: reach ? `${s.name}\n${reach}` : s.name, rank, join: '\n', itemOf: list },
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
    for (const content of contents) {
      switch (content.kind) {
        case 'text':
          laid.paragraphs.push(
            // A text that asks something keeps its question ("What number should they call?"), with or without choices.
            ...withMenu(
              sentences(shortenAddresses(content.text), RANK.answer, RANK.more, Boolean(content.choices?.length) || asks(content.text)),
              content.choices,
              wording,
            ),
          );
          break;
        case 'contacts': {
          for (const c of content.contacts) {
            const line = `${c.number} - ${c.name}`;
            if (laid.numbers.includes(line)) continue;
            laid.numbers.push(line);
            laid.shortNumbers.push(`${c.number} - ${c.name.replace(/\s*[(（][^)）]*[)）]/gu, '').trim()}`);
          }
          // The list went to its own text: the intro ends as a sentence, with the full stop of its script.
          const intro = content.intro.replace(/：\s*$/u, '。').replace(/:\s*$/u, '.');
          const words = [...sentences(intro, RANK.answer, RANK.more, false), ...sentences(content.outro ?? '', RANK.more, RANK.more, false)];
          laid.paragraphs.push(...withMenu(words, content.choices, wording));
          break;
        }
        case 'services': {
          const token = Symbol('services');
          const list = content.services.map((s, i) => service(s, firstService && i === 0 ? RANK.firstService : RANK.service, options, token));
          if (list.length) firstService = false;
          const intro = sentences(content.intro, RANK.firstService, RANK.more, false).map((p) =>
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

/** Drops the least important piece left (the last of the highest rank); false when only crisis numbers remain. */
function dropOne(paragraphs: Paragraph[]): boolean {
  let at: [number, number] | undefined;
  let worst = 0;
  paragraphs.forEach((paragraph, p) =>
    paragraph.forEach((piece, i) => {
      if (piece.rank >= worst) {
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
