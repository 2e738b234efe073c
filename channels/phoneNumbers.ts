/**
 * UK phone numbers inside the bot's words, found so a channel can make them tap-to-call.
 * Pure text in, spans out: no botbuilder, no markdown of its own. embed/phoneLinks.js (Web
 * Chat's client-side fallback) finds the same numbers; one table tests both.
 *
 * Found: full UK numbers (01/02/03/07/08…, 10 or 11 digits, or +44 with or without "(0)"),
 * Childline's 0800 1111, the 116 helplines, 111 and 999 standing alone, and Shout's text short
 * code 85258 (an sms: link, not a call). Never: years, prices, amounts, hours, dates, postcodes.
 */

export interface PhoneSpan {
  /** Where the number starts and ends in the text. */
  start: number;
  end: number;
  /** The number as written, e.g. "0808 808 7777". */
  text: string;
  /** "tel:08088087777", or "sms:85258" for a text short code. */
  href: string;
}

const SP = '[ \\u00a0]?';
const UK = `(?:\\+44${SP}(?:\\(0\\)${SP})?|0)[1-37-8]\\d(?:${SP}\\d){7,8}`;
const CHILDLINE = `080[08]${SP}\\d{4}`;
const HELPLINE = `116${SP}\\d{3}`;
// 111 and 999 are numbers people know; as amounts ("£111", "999 people", "111.5") they are not linked.
const SHORT = '999|111';
const SHOUT = '85258';

/**
 * The character before a number may not be a digit (even across a space: "0800 111 222" is no
 * 111), a letter, "+", a currency sign or part of a figure; after it may come neither a digit
 * (even after a space), a letter, a decimal part, a slash (dates) nor a unit.
 * Lookbehind is avoided (older Safari): the character before is captured instead.
 */
const PHONE = new RegExp(
  `(^|[^\\d\\s+\\w£$€.,/:-]|(?:^|[^\\d\\s])\\s+)(${UK}|${HELPLINE}|${CHILDLINE}|${SHORT}|${SHOUT})` +
    `(?![\\d\\w/%]|[.,:]\\d|[ \\u00a0]\\d|${SP}(?:%|hours?\\b|hrs?\\b|days?\\b|weeks?\\b|months?\\b|years?\\b|people\\b|pounds?\\b|pence\\b|miles?\\b|[ap]m\\b))`,
  'g',
);

/** The digits to dial for a number as written: spaces and "(0)" go, "+44" stays. */
export function dialable(number: string): string {
  return number.replace(/\(0\)/g, '').replace(/[\s\u00a0]+/g, '');
}

/** Every phone number in the text, in order. */
export function findPhoneNumbers(text: string): PhoneSpan[] {
  const spans: PhoneSpan[] = [];
  PHONE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PHONE.exec(text))) {
    const [, before, number] = match;
    const start = match.index + before.length;
    const digits = dialable(number);
    spans.push({ start, end: start + number.length, text: number, href: digits === SHOUT ? `sms:${digits}` : `tel:${digits}` });
    // The character consumed before a number may be the one after the last: step back onto it.
    PHONE.lastIndex = start + number.length;
  }
  return spans;
}

// Markdown links and autolinks already in the text: numbers inside them are left alone.
const LINK = /\[[^\]]*\]\([^)]*\)|<[a-z]+:[^>]*>/gi;

/**
 * Markdown with every phone number outside a link made a link. `schemes` says which links the
 * channel can follow (Web Chat's sanitiser allows tel: but not sms:).
 */
export function linkPhoneNumbers(markdown: string, schemes: readonly string[] = ['tel']): string {
  if (!/\d{3}/.test(markdown)) return markdown;
  let out = '';
  let last = 0;
  for (const link of markdown.matchAll(LINK)) {
    out += linkIn(markdown.slice(last, link.index), schemes) + link[0];
    last = link.index + link[0].length;
  }
  return out + linkIn(markdown.slice(last), schemes);
}

function linkIn(text: string, schemes: readonly string[]): string {
  let out = '';
  let last = 0;
  for (const span of findPhoneNumbers(text)) {
    if (!schemes.includes(span.href.split(':')[0])) continue;
    out += `${text.slice(last, span.start)}[${span.text}](${span.href})`;
    last = span.end;
  }
  return out + text.slice(last);
}

/** The dialable numbers in some text, each once, in order (Teams' call buttons). */
export function callableNumbers(text: string): PhoneSpan[] {
  const seen = new Set<string>();
  return findPhoneNumbers(text).filter((s) => s.href.startsWith('tel:') && !seen.has(s.href) && Boolean(seen.add(s.href)));
}

/** The name already says the number ("NHS 111" and 111): a channel shows the number once, in the name. */
export function namesNumber(name: string, number: string): boolean {
  const digits = dialable(number);
  return findPhoneNumbers(name).some((span) => dialable(span.text) === digits);
}
