/**
 * `npm run --silent converse`: runs the real bot, composed as the server
 * composes it, for one scripted conversation (../shared/CONTRACTS.md).
 * Fresh, isolated state every run. Standard output carries only the JSON
 * result; logs go to standard error.
 */
import { text as readStdin } from 'node:stream/consumers';
import { LocalConversation, type TurnInput } from './localConversation';

interface Script {
  channel?: string;
  locale?: string | null;
  org?: string;
  now?: string;
  turns: TurnInput[];
}

async function main(): Promise<void> {
  const script = JSON.parse(await readStdin(process.stdin)) as Script;
  if (!Array.isArray(script.turns)) throw new Error('the script needs "turns"');
  const channel = script.channel ?? 'webchat';
  const now = script.now ? new Date(script.now) : undefined;
  if (now && Number.isNaN(now.getTime())) throw new Error('"now" is not a date');
  const conversation = await LocalConversation.start({ channel, locale: script.locale, org: script.org, now });
  const turns = [];
  try {
    for (const turn of script.turns) {
      const replies = await conversation.send(turn);
      turns.push({ user: turn, replies, state: await conversation.state() });
    }
  } finally {
    await conversation.stop();
  }
  process.stdout.write(`${JSON.stringify({ channel, turns })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
