/**
 * The plan as SMS: the title, the top one or two contacts with their numbers, then what
 * to say if it fits, and room for the link to the printable page, all within what the SMS
 * channel sends as one reply (channels/capabilities.ts: 320 GSM-7 or 201 UCS-2 characters,
 * at most three texts of 160 or 70).
 */
import { smsLimit, toGsmFriendly } from '../channels/sms';

export const SMS_PLAN_LIMITS = { gsm: 320, unicode: 201 } as const;

/** Room kept for "\n" and the page link, which is made after the plan (https://host/plan/ and a 32-character token). */
export const LINK_ROOM = 80;

export function fitsSms(text: string): boolean {
  const friendly = toGsmFriendly(text);
  return [...friendly].length <= smsLimit(friendly, SMS_PLAN_LIMITS);
}

/**
 * The lines in their order, each added only while the whole still fits with `room`
 * characters kept free (the first line always stays). The room is counted in the
 * alphabet the text ends up in: one UCS-2 character makes the whole text UCS-2.
 */
export function smsText(lines: readonly string[], room = LINK_ROOM): string {
  const filler = 'x'.repeat(room);
  let text = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    const candidate = `${text}\n${line}`;
    if (fitsSms(`${candidate}${filler}`)) text = candidate;
  }
  return text;
}
