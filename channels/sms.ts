/**
 * SMS limits: a reply fits in three segments. GSM-7 text allows 320 characters
 * here; anything outside GSM-7 (Bengali, Arabic, emoji...) is sent as UCS-2,
 * which allows far fewer, so long text is split at sentence boundaries.
 */
import { findPhoneNumbers } from './phoneNumbers';

const GSM7 = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€';
const GSM7_SET = new Set([...GSM7]);

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!GSM7_SET.has(ch)) return false;
  return true;
}

/**
 * Typographic quotes, dashes, dots and bullets have GSM-7 equivalents; using them keeps a
 * message in the cheaper alphabet (one "·" would turn a whole text into UCS-2, 70 characters a segment).
 */
export function toGsmFriendly(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—−]/g, '-')
    .replace(/[·•]/g, '-')
    .replace(/\s?°/g, ' ')
    .replace(/…/g, '...')
    .replace(/[\u00a0\u202f\u2009]/g, ' ');
}

export function smsLimit(text: string, limits: { gsm: number; unicode: number }): number {
  return isGsm7(text) ? limits.gsm : limits.unicode;
}

/**
 * Splits text into messages within the limit. Paragraphs (a service with its
 * number and hours) stay whole when they fit, so a name never arrives without
 * its number; a paragraph too long for one text splits at lines, then sentences, then words.
 */
export function splitForSms(text: string, limits: { gsm: number; unicode: number }): string[] {
  const clean = toGsmFriendly(text).trim();
  const limit = smsLimit(clean, limits);
  if ([...clean].length <= limit) return [clean];
  const messages: string[] = [];
  let current = '';
  for (const paragraph of clean
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const candidate = current ? `${current}\n\n${paragraph}` : paragraph;
    if ([...candidate].length <= limit) {
      current = candidate;
      continue;
    }
    if (current) messages.push(current);
    const parts = [...paragraph].length <= limit ? [paragraph] : splitParagraph(paragraph, limit);
    current = parts.pop() ?? '';
    messages.push(...parts);
  }
  if (current) messages.push(current);
  return messages;
}

/** Abbreviations whose full stop never ends a sentence ("np. zasiłek", "e.g. PIP", "Dr. Jones", "p. ej."). */
const NEVER_END = /(?:^|[\s(“"„«¿¡])(?:e\.g|i\.e|np|tzn|tj|ul|nr|p|ej|ex|mr|mrs|ms|dr|sr|sra|st)\.$/iu;
/** Abbreviations that may end a sentence ("etc.", "itd."): they do not when a small letter or a figure follows. */
const MAY_END = /(?:^|[\s(“"„«])(?:etc|itd|itp|ok|ca)\.$/iu;

/**
 * The sentences of one line. "1. Money" is a numbered choice, not the end of a sentence, and an
 * abbreviation's full stop is no sentence end: cutting there leaves half a sentence.
 */
export function sentencesOf(line: string): string[] {
  const out: string[] = [];
  for (const piece of line.split(/(?<=(?<!^\d{1,2})[.!?।۔。！？])\s+/u).filter(Boolean)) {
    const last = out[out.length - 1];
    if (last !== undefined && (NEVER_END.test(last) || (MAY_END.test(last) && /^[\p{Ll}\d]/u.test(piece)))) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out;
}

/**
 * The words a sentence too long for one text may be cut between. A list's item with a number
 * ("Carers UK: 0808 808 7777 - carersuk.org;") stays whole when it fits; elsewhere a number is
 * one word, joined to the word before it, so no text starts with a bare number or ends mid-number.
 */
function cutPoints(sentence: string, limit: number): string[] {
  return sentence.split(/(?<=;)\s+/).flatMap((clause) => {
    const spans = findPhoneNumbers(clause);
    if (!spans.length) return clause.split(/\s+/);
    if ([...clause].length <= limit) return [clause];
    let glued = clause;
    for (const span of [...spans].reverse()) {
      const start = glued.slice(0, span.start).replace(/\s+$/, '');
      glued = `${start}${start ? GLUE : ''}${span.text.replace(/\s/g, GLUE)}${glued.slice(span.end)}`;
    }
    return glued.split(/\s+/).map((word) => word.replaceAll(GLUE, ' '));
  });
}

/** Stands for a space that may not be cut while a sentence is split into words. */
const GLUE = '\u0000';

function splitParagraph(clean: string, limit: number): string[] {
  // Lines keep their line break; each line splits into its sentences.
  const pieces = clean
    .split(/(?<=\n)/)
    .flatMap((line) => {
      const parts = sentencesOf(line.replace(/\n$/, ''));
      return line.endsWith('\n') && parts.length ? [...parts.slice(0, -1), `${parts[parts.length - 1]}\n`] : parts;
    })
    .filter((p) => p.trim());
  // Numbered choices and the line after them ("Reply with a number.") are one piece when they fit one text.
  const list = pieces.findIndex((p) => /^\d{1,2}\. /.test(p));
  const menu = pieces.slice(list).reduce((all, p) => (all ? `${all}${all.endsWith('\n') ? '' : ' '}${p}` : p), '');
  if (list > 0 && [...menu].length <= limit) pieces.splice(list, pieces.length - list, menu);
  const messages: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim()) messages.push(current.trim());
    current = '';
  };
  for (const piece of pieces) {
    const candidate = current ? `${current}${current.endsWith('\n') ? '' : ' '}${piece}` : piece;
    if ([...candidate].length <= limit) {
      current = candidate;
      continue;
    }
    push();
    if ([...piece].length <= limit) {
      current = piece;
      continue;
    }
    // A single sentence longer than the limit: cut at spaces, never inside a name's number nor before it.
    for (const word of cutPoints(piece, limit)) {
      const next = current ? `${current} ${word}` : word;
      if ([...next].length <= limit) current = next;
      else {
        push();
        current = [...word].slice(0, limit).join('');
      }
    }
  }
  push();
  return messages;
}
