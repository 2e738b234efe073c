/**
 * The `classify` command (../shared/CONTRACTS.md) as a function: JSON Lines in, one
 * JSON line out per non-blank input line, in order; a bad line gets `{id, error}`, never
 * a throw. scripts/classify.ts is a thin shell over it; tests call the same function.
 */
import { createInterface } from 'node:readline';
import { classifyLine } from './classifyLine';
import { writeJsonLine, type TextSink } from './io';

/** Streams line by line, so a long input is answered as it arrives. Returns how many lines it answered. */
export async function classifyStream(input: NodeJS.ReadableStream, out: TextSink): Promise<number> {
  let count = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    writeJsonLine(out, classifyLine(line));
    count++;
  }
  return count;
}
