/**
 * `npm run --silent converse`: runs the real bot, composed as the server
 * composes it, for one scripted conversation (../shared/CONTRACTS.md).
 * Fresh, isolated state every run. Standard output carries only the JSON
 * result; logs go to standard error. The work is in ./lib/converse.ts.
 */
import { text as readStdin } from 'node:stream/consumers';
import { converse } from './lib/converse';

async function main(): Promise<void> {
  await converse(await readStdin(process.stdin), process.stdout);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
