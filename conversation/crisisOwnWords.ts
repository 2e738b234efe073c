/**
 * What people type to the offer of a person and while they wait for one, in their own words:
 * "I'm fine now" / "I don't want to talk" (a decline), and "I want to leave the queue".
 * Only short messages count, and callers ask only where the offer is on screen or the person waits.
 */
import { readFileSync } from 'node:fs';
import { matchForm, words } from '../understanding/match-text';

interface ReplyWords {
  fine: Record<string, string[]>;
  leaveQueue: Record<string, string[]>;
  callbackAsk: Record<string, string[]>;
  cantCall: Record<string, string[]>;
}
const DATA = JSON.parse(readFileSync(new URL('../data/crisis/own-words.json', import.meta.url), 'utf8')) as ReplyWords;

/** Longer messages are stories: "I'm fine now but he hit me again" is not a decline. */
const MAX_WORDS = 8;

/** Latin phrases match on word boundaries ("im ok" is not in "im okonkwo"), other scripts anywhere. */
function matcher(byLanguage: Record<string, string[]>): (text: string) => boolean {
  const phrases = Object.values(byLanguage)
    .flat()
    .map((phrase) => matchForm(phrase))
    .filter(Boolean);
  const latin = phrases.filter((p) => /^[a-z0-9 ]+$/.test(p)).map((p) => ` ${p} `);
  const other = phrases.filter((p) => !/^[a-z0-9 ]+$/.test(p));
  return (text) => {
    const tokens = words(matchForm(text));
    if (tokens.length === 0 || tokens.length > MAX_WORDS) return false;
    const spaced = ` ${tokens.join(' ')} `;
    return latin.some((p) => spaced.includes(p)) || other.some((p) => spaced.includes(p));
  };
}

/** "I'm fine now", "I don't want to talk", "ما بدي احكي", "我现在没事了". */
export const saysFine = matcher(DATA.fine);

/** "I want to leave the queue", "I don't want to wait", "ابغى اطلع من الطابور". */
export const saysLeaveQueue = matcher(DATA.leaveQueue);

/** "I can't call, I'm deaf", "I can't talk right now", "我不能打电话": asked only while a crisis is live. */
export const saysCantCall = matcher(DATA.cantCall);

/** "Is anyone going to call me?", "will someone ring me back": asked once a call back is booked. */
export const asksAboutCallback = matcher(DATA.callbackAsk);
