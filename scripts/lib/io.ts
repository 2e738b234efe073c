/** What the command functions write to: process.stdout and process.stderr in the scripts, a buffer in tests. */
export interface TextSink {
  write(chunk: string): unknown;
}

/** One JSON value on one line: the whole of a JSON command's standard output. */
export function writeJsonLine(out: TextSink, value: unknown): void {
  out.write(`${JSON.stringify(value)}\n`);
}
