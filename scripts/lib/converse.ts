/**
 * The `converse` command (../shared/CONTRACTS.md) as functions: parse the script,
 * run it through the real bot in-process, write one JSON line. scripts/converse.ts
 * is a thin shell over `converse`; tests call the same functions.
 */
import type { Logger } from '../../ops/logger';
import { LocalConversation, type ReplySummary, type StateSummary, type TurnInput } from '../localConversation';
import { writeJsonLine, type TextSink } from './io';

export interface ConverseScript {
  channel?: string;
  locale?: string | null;
  org?: string;
  now?: string;
  turns: TurnInput[];
}

export interface Transcript {
  channel: string;
  turns: Array<{ user: TurnInput; replies: ReplySummary[]; state: StateSummary }>;
}

/** Throws with a message for the person running it when the input is not a usable script. */
export function parseScript(input: string): ConverseScript {
  const script = JSON.parse(input) as Partial<ConverseScript> | null;
  if (!script || !Array.isArray(script.turns)) throw new Error('the script needs "turns"');
  if (script.now && Number.isNaN(new Date(script.now).getTime())) throw new Error('"now" is not a date');
  return script as ConverseScript;
}

/** One conversation with fresh, isolated state (memory storage, its own server on a free port). */
export async function runConverse(script: ConverseScript, logger?: Logger): Promise<Transcript> {
  const channel = script.channel ?? 'webchat';
  const now = script.now ? new Date(script.now) : undefined;
  const conversation = await LocalConversation.start({ channel, locale: script.locale, org: script.org, now, logger });
  const turns: Transcript['turns'] = [];
  try {
    for (const turn of script.turns) {
      const replies = await conversation.send(turn);
      turns.push({ user: turn, replies, state: await conversation.state() });
    }
  } finally {
    await conversation.stop();
  }
  return { channel, turns };
}

/** The whole command: nothing reaches `out` unless the conversation ran to the end. */
export async function converse(input: string, out: TextSink, logger?: Logger): Promise<void> {
  writeJsonLine(out, await runConverse(parseScript(input), logger));
}
