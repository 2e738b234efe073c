/**
 * Commands are judged on the intent of the WHOLE message: filler words are dropped and
 * what remains must be exactly a command phrase ("can I speak to someone please" ->
 * human; "my mum needs help with the stairs" -> no command). The SMS keywords STOP,
 * START and HELP win over everything, but only as a single word.
 */
import { readFileSync } from 'node:fs';
import type { CommandId } from './types';
import { matchForm, words } from './match-text';

interface Combo {
  command?: CommandId;
  verbs: string[];
  objects: string[];
  unless?: string[];
}
interface CommandFile {
  fillers: string[];
  commands: Record<CommandId, string[]>;
  combos?: Record<string, Combo | string>;
}
const DATA = JSON.parse(readFileSync(new URL('../data/understanding/commands.json', import.meta.url), 'utf8')) as CommandFile;

const FILLERS = new Set(DATA.fillers.flatMap((filler) => words(matchForm(filler))));

/** Phrases are split on spaces in the data; Han phrases stay whole. */
function core(text: string): string {
  return words(matchForm(text))
    .filter((word) => !FILLERS.has(word))
    .join(' ');
}

const PHRASES = new Map<string, CommandId>();
const ANSWERS: ReadonlySet<CommandId> = new Set(['yes', 'no']);
/** Every yes and no phrase's own words: a yes or no keyed without its fillers must keep one of these. */
const ANSWER_WORDS: ReadonlySet<string> = new Set(
  (['yes', 'no'] as const).flatMap((command) => DATA.commands[command].filter((phrase) => words(matchForm(phrase)).length === 1).map((phrase) => core(phrase))),
);
/**
 * A yes or no phrase is keyed without its fillers only when what is left still answers ("yes please" -> "yes"):
 * "that is ok" without its fillers is "is", and "it is", "is it?" are no yes. Those are kept whole ("that is ok").
 */
function keyOf(command: CommandId, phrase: string): string {
  const whole = words(matchForm(phrase)).join(' ');
  const stripped = core(phrase);
  if (!stripped) return whole;
  if (!ANSWERS.has(command) || stripped === whole) return stripped;
  return stripped.split(' ').some((word) => ANSWER_WORDS.has(word)) ? stripped : whole;
}
// Later commands must not overwrite earlier ones: order in the file decides ("do" is yes in Welsh only as a whole reply).
for (const [command, phrases] of Object.entries(DATA.commands) as [CommandId, string[]][]) {
  for (const phrase of phrases) {
    const key = keyOf(command, phrase);
    if (key && !PHRASES.has(key)) PHRASES.set(key, command);
  }
}

/**
 * One matcher for a list of cues: a Latin cue matches at the start of a word
 * (folded, so "dilëwch" is "dilewch"), others anywhere. One regular
 * expression per list keeps this cheap on every short message.
 */
function cuesMatcher(cues: string[]): (folded: string) => boolean {
  const forms = cues.map((cue) => matchForm(cue)).filter(Boolean);
  const latin = forms.filter((form) => /^[a-z0-9 ]+$/.test(form));
  const other = forms.filter((form) => !/^[a-z0-9 ]+$/.test(form));
  const pattern = latin.length ? new RegExp(`(?:^| )(?:${latin.join('|')})`) : undefined;
  return (folded) => (pattern?.test(folded) ?? false) || other.some((form) => folded.includes(form));
}

/** Short messages with a verb and an object of one command: "can u delete all my info pls". */
const COMBOS = Object.entries(DATA.combos ?? {})
  .filter((entry): entry is [string, Combo] => typeof entry[1] === 'object')
  .map(([name, combo]) => ({
    command: combo.command ?? (name as CommandId),
    verbs: cuesMatcher(combo.verbs),
    objects: cuesMatcher(combo.objects),
    unless: cuesMatcher(combo.unless ?? []),
  }));

function comboCommand(folded: string): CommandId | undefined {
  return COMBOS.find((c) => c.verbs(folded) && c.objects(folded) && !c.unless(folded))?.command;
}

/**
 * Twilio's standard opt-out, opt-in and help keywords, as single words. Twilio acts on them
 * itself (Advanced Opt-Out), so the bot must agree with it. "YES" is left out on purpose:
 * it answers our own questions far more often than it opts back in.
 */
const SMS_KEYWORDS: Record<string, CommandId> = {
  stop: 'sms_stop',
  stopall: 'sms_stop',
  unsubscribe: 'sms_stop',
  cancel: 'sms_stop',
  end: 'sms_stop',
  quit: 'sms_stop',
  start: 'sms_start',
  unstop: 'sms_start',
  help: 'sms_help',
  info: 'sms_help',
};
/** Longer messages are stories, not commands. */
const MAX_COMMAND_WORDS = 12;

/** Commands are short: no need to fold a long story to know it is not one. */
const MAX_COMMAND_CHARS = 160;

/** `matchWords` may be passed when the caller already folded the text (saves a pass). */
export function detectCommand(text: string, matchWords?: string[]): CommandId | undefined {
  if (text.length > MAX_COMMAND_CHARS) return undefined;
  const trimmed = text.trim().replace(/[.!?]+$/, '');
  const sms = /^[A-Za-z]+$/.test(trimmed) ? SMS_KEYWORDS[trimmed.toLowerCase()] : undefined;
  if (sms) return sms;
  const all = matchWords ?? words(matchForm(text));
  if (all.length === 0 || all.length > MAX_COMMAND_WORDS) return undefined;
  const rest = all.filter((word) => !FILLERS.has(word)).join(' ');
  // "ok please" or "please" alone: all fillers -> treat "ok"/"okay"/"please" as yes.
  // A question is never an answer: "is it?", "ok?", "czy tak?" ask, they do not agree.
  const asks = QUESTION_MARK.test(text);
  if (rest === '') return !asks && all.some((word) => YES_FILLERS.has(word)) ? 'yes' : undefined;
  const whole = all.join(' ');
  const command = PHRASES.get(rest) ?? PHRASES.get(whole) ?? answerRun(rest) ?? answerRun(whole);
  if (command && ANSWERS.has(command)) return asks ? undefined : command;
  return command ?? comboCommand(whole);
}

/** A message that ends by asking (the question marks of the scripts the bot reads). */
const QUESTION_MARK = /[?？؟]\s*$/u;

/** Fillers that, alone, answer a question: "ok", "please" (to "would you like to talk to someone?"). */
const YES_FILLERS = new Set(['ok', 'okay', 'please', 'pls', 'plz']);
/** The longest yes or no phrase in the data, in words. */
const LONGEST_ANSWER = Math.max(...[...PHRASES].filter(([, c]) => ANSWERS.has(c)).map(([key]) => key.split(' ').length));
/** The words a yes or no phrase can begin with: a run never starts at any other word. */
const ANSWER_FIRST_WORDS: ReadonlySet<string> = new Set([...PHRASES].filter(([, c]) => ANSWERS.has(c)).map(([key]) => key.split(' ')[0]!));

/**
 * A reply made only of yes phrases ("yeah go on", "ok yes", "ਹਾਂ ਜੀ") is yes, and only of no
 * phrases ("no no", "nope not now") is no; a mix of the two is neither. Longest phrase first.
 */
function answerRun(rest: string): CommandId | undefined {
  const tokens = rest.split(' ');
  let answer: CommandId | undefined;
  for (let i = 0; i < tokens.length;) {
    if (!ANSWER_FIRST_WORDS.has(tokens[i]!)) return undefined;
    let step = 0;
    for (let j = Math.min(tokens.length, i + LONGEST_ANSWER); j > i && !step; j--) {
      const command = PHRASES.get(tokens.slice(i, j).join(' '));
      if (command && ANSWERS.has(command) && (answer === undefined || answer === command)) {
        answer = command;
        step = j - i;
      }
    }
    if (!step) return undefined;
    i += step;
  }
  return answer;
}
