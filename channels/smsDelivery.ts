/**
 * Recognising Twilio's refusals when the bot sends an SMS through Azure Bot Service.
 * The connector client (botframework-connector on @azure/core-rest-pipeline) throws a
 * RestError: `statusCode` 4xx, `code` the Bot Framework error code ("BadArgument"...), the
 * message taken from the error body, and the whole body in `details` and
 * `response.parsedBody` / `response.bodyAsText` (non-enumerable), where Twilio's own
 * `{ code: 21610, message, more_info }` may sit under `error.innerHttpError.body`.
 * Exactly where Azure puts Twilio's code is not documented, so every one of those places is read.
 *
 * Pure: no botbuilder import, and nothing here logs the error (it can quote the message sent).
 */

/** "Attempt to send to unsubscribed recipient": the person texted STOP to Twilio's Advanced Opt-Out. */
export const TWILIO_UNSUBSCRIBED = 21610;

/**
 * Twilio codes meaning this recipient cannot get a text from us, whatever we retry:
 * 21211 invalid 'To' number, 21408 region not enabled, 21610 unsubscribed,
 * 21612 cannot route to this number, 21614 not a mobile number.
 */
const UNREACHABLE = new Set([21211, 21408, 21612, 21614]);

export type SmsDeliveryErrorKind = 'unsubscribed' | 'unreachable';

/** Fields of an error (or its nested bodies) that can carry Twilio's code or words. */
const NESTED = ['details', 'response', 'parsedBody', 'bodyAsText', 'body', 'error', 'innerHttpError', 'cause', 'errors', 'data'] as const;
const MAX_DEPTH = 8;

/** "error 21610", "code: 21610", `"code":21610`, ".../docs/errors/21610". */
const CODE_IN_TEXT = /(?:twilio\.com\/docs\/errors\/|\b(?:error|code)\b["':\s#=]{0,4})([23]\d{4})(?![\w-])/gi;
const UNSUBSCRIBED_WORDS = /unsubscribed recipient/i;

function twilioCode(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{5}\s*$/.test(value) ? Number(value) : NaN;
  return n >= 20000 && n < 40000 ? n : undefined;
}

interface Findings {
  codes: Set<number>;
  unsubscribedWords: boolean;
}

function scanText(text: string, found: Findings): void {
  for (const match of text.matchAll(CODE_IN_TEXT)) found.codes.add(Number(match[1]));
  if (UNSUBSCRIBED_WORDS.test(text)) found.unsubscribedWords = true;
}

function scan(value: unknown, found: Findings, seen: Set<object>, depth: number): void {
  if (depth > MAX_DEPTH || value == null) return;
  if (typeof value === 'string') return scanText(value, found);
  if (typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) scan(item, found, seen, depth + 1);
    return;
  }
  // Read by name: RestError's `response` is non-enumerable.
  const record = value as Record<string, unknown>;
  const code = twilioCode(record.code) ?? twilioCode(record.errorCode) ?? twilioCode(record.error_code);
  if (code !== undefined) found.codes.add(code);
  if (typeof record.message === 'string') scanText(record.message, found);
  for (const key of NESTED) {
    try {
      scan(record[key], found, seen, depth + 1);
    } catch {
      // A throwing getter on some foreign error: skip that field.
    }
  }
}

/** Every Twilio error code (2xxxx, 3xxxx) the error carries anywhere it is known to put one. */
export function twilioErrorCodes(error: unknown): number[] {
  const found: Findings = { codes: new Set(), unsubscribedWords: false };
  scan(error, found, new Set(), 0);
  return [...found.codes];
}

/** What kind of permanent SMS delivery refusal this is, or undefined for anything else (retry, log, fail as usual). */
export function smsDeliveryErrorKind(error: unknown): SmsDeliveryErrorKind | undefined {
  const found: Findings = { codes: new Set(), unsubscribedWords: false };
  scan(error, found, new Set(), 0);
  if (found.codes.has(TWILIO_UNSUBSCRIBED) || found.unsubscribedWords) return 'unsubscribed';
  if ([...found.codes].some((code) => UNREACHABLE.has(code))) return 'unreachable';
  return undefined;
}

/**
 * Twilio 21610: the person opted out with STOP at Twilio. The conversation should be marked
 * as stopped (no more texts), while risk is still assessed and the advice line still notified.
 */
export function isUnsubscribedRecipientError(error: unknown): boolean {
  return smsDeliveryErrorKind(error) === 'unsubscribed';
}

/** A refusal that sending again to this recipient will not fix (unsubscribed, invalid or unroutable number). */
export function isSmsDeliveryError(error: unknown): boolean {
  return smsDeliveryErrorKind(error) !== undefined;
}
