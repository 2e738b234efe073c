/**
 * `npm run --silent classify`: JSON Lines in, one JSON line out per input line, in order
 * (CONTRACTS.md). Only JSON on stdout; anything else goes to stderr; exit status 0.
 * The work is in ./lib/classify.ts.
 */
import { classifyStream } from './lib/classify';

classifyStream(process.stdin, process.stdout)
  .then((count) => process.stderr.write(`classify: ${count} line(s)\n`))
  .catch((error: unknown) => process.stderr.write(`classify: ${String(error)}\n`))
  .finally(() => {
    process.exitCode = 0;
  });
