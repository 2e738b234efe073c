/**
 * `npm run --silent classify`: JSON Lines in, one JSON line out per input line, in order
 * (CONTRACTS.md). Only JSON on stdout; anything else goes to stderr; exit status 0.
 */
import { createInterface } from 'node:readline';
import { classifyLine } from '../understanding/classify-line';

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(classifyLine(line))}\n`);
    count++;
  }
  process.stderr.write(`classify: ${count} line(s)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`classify: ${String(error)}\n`);
}).finally(() => {
  process.exitCode = 0;
});
