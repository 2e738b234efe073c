/**
 * The `chat` command as a function: a person (or a pipe) talks to the real bot, in-process.
 * Choices are numbered: type the number or the words. scripts/chat.ts is a thin shell over it.
 */
import { createInterface } from 'node:readline';
import type { Logger } from '../../ops/logger';
import { LocalConversation, type ReplySummary } from '../localConversation';
import type { TextSink } from './io';

export interface ChatOptions {
  channel: string;
  locale?: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where the bot's logs go; standard error by default, never `output`. */
  logger?: Logger;
}

export function showReplies(out: TextSink, replies: ReplySummary[]): void {
  for (const reply of replies) {
    if (reply.type !== 'message') continue;
    if (reply.text) out.write(`\x1b[36mbot:\x1b[0m ${reply.text.replace(/\n/g, '\n     ')}\n`);
    reply.suggestedActions?.forEach((label, i) => out.write(`     [${i + 1}] ${label}\n`));
  }
}

/** Runs until the input ends (Ctrl+D, or the end of a pipe). */
export async function runChat({ channel, locale, input, output, logger }: ChatOptions): Promise<void> {
  const conversation = await LocalConversation.start({ channel, locale, logger });
  const terminal = createInterface({ input, output });
  output.write('Type a message (Ctrl+D to leave). Try "hi", or tell it what is happening.\n\n');
  terminal.setPrompt('\x1b[33myou:\x1b[0m ');
  terminal.prompt();
  try {
    // Async iteration keeps lines that arrive while the bot is answering (pasted or piped input).
    for await (const line of terminal) {
      if (line.trim()) showReplies(output, await conversation.send(line));
      terminal.prompt();
    }
  } finally {
    terminal.close();
    await conversation.stop();
  }
}
