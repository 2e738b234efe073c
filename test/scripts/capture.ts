/** Stands in for standard output or error in the command tests: keeps what was written. */
import { Writable } from 'node:stream';

export class Capture extends Writable {
  text = '';

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += chunk.toString();
    done();
  }
}
