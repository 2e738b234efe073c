/**
 * "You're not listening", "this is useless", "没用": the person is telling us we got it wrong. The
 * reply owns that, and gives the ways on (a few words, a choice, a person) rather than pressing on
 * with the question that annoyed them.
 */
import { matchForm } from '../understanding/match-text';

/** Said of the bot or the chat, any language, written as people type them (folded on load). */
const CUES = [
  'youre not listening',
  'ur not listening',
  'you are not listening',
  'u not listening',
  'not listening to me are you',
  'you arent listening',
  'you dont listen',
  'you never listen',
  'this is useless',
  // Typed as people type in a hurry.
  'this is usless',
  'ur usless',
  'youre usless',
  'ur not helpin',
  'youre not helpin',
  'u r not helping',
  'u r useless',
  'not helpin',
  'this isnt helpin',
  'youre useless',
  'ur useless',
  'you are useless',
  'its useless',
  'useless bot',
  'this is pointless',
  'this is rubbish',
  'youre rubbish',
  'rubbish bot',
  'waste of time',
  'youre not helping',
  'ur not helping',
  'you are not helping',
  'this isnt helping',
  'this is not helping',
  'this isnt helpful',
  'you dont understand',
  'you dont understand me',
  'you dont get it',
  'not what i asked',
  'not what i said',
  'answer the question',
  'answer my question',
  'stupid bot',
  'stupid thing',
  'stupid machine',
  'this is shit',
  'this is crap',
  'ffs',
  'wtf',
  'for fucks sake',
  'you got it wrong',
  'thats not right',
  'thats wrong',
  'ddim yn gwrando',
  'dwyt ti ddim yn deall',
  'dych chi ddim yn deall',
  'nie sluchasz',
  'nie rozumiesz',
  'do niczego sie nie nadajesz',
  'no me escuchas',
  'no escuchas',
  'esto no sirve',
  'no entiendes',
  'no me entiendes',
  'nao me ouves',
  'nao me ouve',
  'isto nao serve',
  'nao percebes',
  'nao entendes',
  'nao me entende',
  'nu asculti',
  'nu ma asculti',
  'nu intelegi',
  'nu ma intelegi',
  'aap samajh nahi rahe',
  'samajh nahi rahe',
  'sun nahi rahe',
  'aap sun nahi',
  'آپ سمجھ نہیں رہے',
  'سن نہیں رہے',
  'لا تفهمني',
  'أنت لا تفهم',
  'انت لا تفهم',
  'لا تسمعني',
  '你真没用',
  '这个没用',
  '没用的机器人',
  '你不懂',
  '你听不懂我',
  '答非所问',
  'বুঝছেন না',
  'শুনছেন না',
  'ਸਮਝ ਨਹੀਂ ਰਹੇ',
  'ਸੁਣ ਨਹੀਂ ਰਹੇ',
  'સમજતા નથી',
  'સાંભળતા નથી',
];

const FOLDED = CUES.map((cue) => matchForm(cue)).filter(Boolean);
const LATIN = FOLDED.filter((cue) => /^[a-z ]+$/.test(cue));
const OTHER = FOLDED.filter((cue) => !/^[a-z ]+$/.test(cue));
const LATIN_PATTERN = new RegExp(`(?:^| )(?:${LATIN.join('|')})(?: |$)`);

/** Longer messages tell a story; a complaint about the chat is short. */
const MAX_CHARS = 120;

export function soundsFrustrated(text: string): boolean {
  if (text.length > MAX_CHARS) return false;
  const folded = matchForm(text);
  return LATIN_PATTERN.test(folded) || OTHER.some((cue) => folded.includes(cue));
}
