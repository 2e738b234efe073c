/**
 * `npm run chat`: talk to the bot in a terminal, no channel needed.
 * Options: --channel sms|webchat|msteams (default webchat), --locale cy.
 * The work is in ./lib/chat.ts.
 */
import { parseArgs } from 'node:util';
import { runChat } from './lib/chat';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { channel: { type: 'string', default: 'webchat' }, locale: { type: 'string' } } });
  await runChat({ channel: values.channel ?? 'webchat', locale: values.locale, input: process.stdin, output: process.stdout });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
