/**
 * Activity ids seen recently, for handling each message once (bots/activityOnce.ts), in one
 * process. With a file the record survives a restart: one line per id (`<expires at> <hash>`),
 * appended as ids arrive and compacted when loaded. Ids are hashed: they may embed phone numbers.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { existsSync, readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { hashKey } from './lowdbLayout';

export interface SeenActivitiesOptions {
  ttlMs: number;
  /** Where the record is kept across restarts; none: memory only. */
  file?: string;
  now?: () => number;
  /** How a line is added to the file (tests count the writes). */
  append?: (file: string, text: string) => Promise<void>;
}

export class LocalSeenActivities {
  /** hash → expiry; insertion order is expiry order (one TTL for all). */
  private readonly seen = new Map<string, number>();
  private readonly now: () => number;
  /** Lines waiting for the next append, and the append under way: many turns at once share one write. */
  private pending: string[] = [];
  private flushing?: Promise<void>;
  /** The record's file, kept open for appending: one write per batch instead of an open, a write and a close. */
  private handle?: Promise<FileHandle>;

  constructor(private readonly options: SeenActivitiesOptions) {
    this.now = options.now ?? Date.now;
    if (options.file) this.load(options.file);
  }

  async firstSighting(key: string): Promise<boolean> {
    const now = this.now();
    this.prune(now);
    const hash = hashKey(key);
    if (this.seen.has(hash)) return false;
    const expires = now + this.options.ttlMs;
    this.seen.set(hash, expires);
    const file = this.options.file;
    if (file) {
      // Recorded before the turn runs: a crash mid-turn does not get the message handled again.
      this.pending.push(`${expires} ${hash}\n`);
      await this.flush(file);
    }
    return true;
  }

  async close(): Promise<void> {
    await this.flushing;
    const handle = this.handle;
    this.handle = undefined;
    await (await handle?.catch(() => undefined))?.close();
  }

  /**
   * Appends every waiting line in one write, again while more arrive, so a caller's line is written
   * by the time the promise it awaits settles. (One write per id, each waiting for all before it,
   * queued turns behind the disk under load.)
   */
  private flush(file: string): Promise<void> {
    this.flushing ??= (async () => {
      try {
        while (this.pending.length > 0) await this.append(file, this.pending.splice(0).join(''));
      } catch {
        // Not kept across a restart this time; the ids are still held in memory. The file is opened afresh next time.
        this.pending = [];
        this.handle = undefined;
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  private async append(file: string, text: string): Promise<void> {
    if (this.options.append) return this.options.append(file, text);
    this.handle ??= open(file, 'a');
    await (await this.handle).appendFile(text);
  }

  private prune(now: number): void {
    for (const [hash, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(hash);
    }
  }

  private load(file: string): void {
    mkdirSync(dirname(file), { recursive: true });
    if (existsSync(file)) {
      const now = this.now();
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const [expires, hash] = line.split(' ');
        if (hash && Number(expires) > now) this.seen.set(hash, Number(expires));
      }
    }
    const compacted = [...this.seen].map(([hash, expires]) => `${expires} ${hash}\n`).join('');
    writeFileSync(`${file}.tmp`, compacted);
    renameSync(`${file}.tmp`, file);
  }
}
