/**
 * One JSON document in one file, written whole and atomically (a temporary file, then rename):
 * a crash mid-write leaves the previous copy, never half of one. Readable by its owner only,
 * as it holds personal data (the hand-off's transcript lines, call-back numbers).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export class SnapshotFile<T> {
  constructor(readonly path: string) {}

  /** The stored document, or undefined when there is none; an unreadable one is set aside (kept for a look) and reported. */
  load(onError: (error: unknown) => void = () => undefined): T | undefined {
    if (!existsSync(this.path)) return undefined;
    try {
      return JSON.parse(readFileSync(this.path, 'utf8')) as T;
    } catch (error) {
      onError(error);
      renameSync(this.path, `${this.path}.unreadable-${Date.now()}`);
      return undefined;
    }
  }

  save(value: T): void {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    const temp = `${this.path}.tmp`;
    writeFileSync(temp, JSON.stringify(value), { mode: 0o600 });
    renameSync(temp, this.path);
  }
}
