/**
 * `npm run chat`: talk to the bot in a terminal, no channel needed.
 * Options: --channel sms|webchat|msteams (default webchat), --locale cy.
 * Choices are numbered: type the number or the words.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { LocalConversation, type ReplySummary } from './localConversation';

function show(replies: ReplySummary[]): void {
  for (const reply of replies) {
    if (reply.type !== 'message') continue;
    if (reply.text) console.log(`\x1b[36mbot:\x1b[0m ${reply.text.replace(/\n/g, '\n     ')}`);
    reply.suggestedActions?.forEach((label, i) => console.log(`     [${i + 1}] ${label}`));
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { channel: { type: 'string', default: 'webchat' }, locale: { type: 'string' } } });
  const conversation = await LocalConversation.start({ channel: values.channel ?? 'webchat', locale: values.locale });
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  console.log('Type a message (Ctrl+D to leave). Try "hi", or tell it what is happening.\n');
  terminal.setPrompt('\x1b[33myou:\x1b[0m ');
  terminal.prompt();
  try {
    // Async iteration keeps lines that arrive while the bot is answering (pasted or piped input).
    for await (const line of terminal) {
      if (line.trim()) show(await conversation.send(line));
      terminal.prompt();
    }
  } finally {
    terminal.close();
    await conversation.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
