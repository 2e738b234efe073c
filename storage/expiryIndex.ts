import { appendFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KeyedMutex } from '../core/keyedMutex';
import { bucketOfFileName, bucketPath, bucketStart, expiryDir } from './lowdbLayout';

/** Whether a listed hash stays in the bucket being swept. */
export type SweepDecision = 'keep' | 'drop';

export interface SweepReport {
  /** Bucket files old enough to hold idle keys. */
  buckets: number;
  /** Distinct hashes listed in them: the only state files a sweep looks at. */
  candidates: number;
}

/** Candidate files checked at once: enough to overlap I/O, few enough to keep file handles low. */
const SWEEP_PARALLELISM = 32;

/**
 * The expiry index: per hour, an append-only list of the hashes written in that hour.
 * A sweep opens only the buckets old enough to hold idle keys, so its cost follows the
 * keys written in those hours, not the number of files stored.
 *
 * Invariant: every state file's hash is listed in the bucket of its `lastWrite`.
 * `record` must be called with the key's lock held, before the state file is written: a
 * crash in between leaves a line without a file (harmless), never a file that can't expire.
 */
export class ExpiryIndex {
  private readonly bucketLocks = new KeyedMutex();
  private readonly sweepLock = new KeyedMutex();
  /**
   * hash -> bucket this process already listed it in: one append per key per hour, not per turn.
   * Only the current hour's entries are of use, so older ones are dropped when the hour turns:
   * the map holds the keys written this hour, not every key written since start-up.
   */
  private readonly listed = new Map<string, number>();
  private latestBucket = -Infinity;
  private dirReady: Promise<unknown> | undefined;
  /** bucket -> the lines waiting for its next append, and that append. */
  private readonly openBatches = new Map<number, { hashes: string[]; written: Promise<void> }>();

  constructor(
    private readonly root: string,
    private readonly keyLocks: KeyedMutex,
  ) {}

  async record(hash: string, time: number): Promise<void> {
    const start = bucketStart(time);
    if (start > this.latestBucket) this.forgetBefore((this.latestBucket = start));
    if (this.listed.get(hash) === start) return;
    this.dirReady ??= mkdir(expiryDir(this.root), { recursive: true });
    await this.dirReady;
    await this.append(start, hash);
    this.listed.set(hash, start);
  }

  /**
   * Group commit: lines for a bucket that arrive while its lock is busy go out together in one
   * append, so a burst of new conversations costs a few appends, not a queue of one per key.
   * Appends share the bucket lock with compaction, which replaces the file: an append to the replaced file would be lost.
   */
  private append(start: number, hash: string): Promise<void> {
    const waiting = this.openBatches.get(start);
    if (waiting) {
      waiting.hashes.push(hash);
      return waiting.written;
    }
    const batch = { hashes: [hash], written: Promise.resolve() };
    this.openBatches.set(start, batch);
    // The lock may run this at once (idle bucket) or after the append before it.
    batch.written = this.bucketLocks.run(String(start), () => {
      this.openBatches.delete(start); // lines from now on wait for the next append
      return appendFile(bucketPath(this.root, start), batch.hashes.map((h) => `${h}\n`).join(''));
    });
    return batch.written;
  }

  /** A key listed in an older bucket is listed again when next written: its entry is of no use. */
  private forgetBefore(start: number): void {
    for (const [hash, bucket] of this.listed) if (bucket < start) this.listed.delete(hash);
  }

  /** Call with the key's lock held when its state file is deleted. */
  forget(hash: string): void {
    this.listed.delete(hash);
  }

  /**
   * Visits each hash listed in a bucket that may hold writes at or before `cutoff`, asks
   * `decide` (run under the key's lock) whether the line still belongs there, then compacts
   * the bucket or removes it when nothing is left. One sweep at a time.
   */
  sweep(cutoff: number, decide: (hash: string, bucket: number) => Promise<SweepDecision>): Promise<SweepReport> {
    return this.sweepLock.run('sweep', async () => {
      const report: SweepReport = { buckets: 0, candidates: 0 };
      for (const start of await this.bucketsUpTo(cutoff)) {
        report.buckets++;
        report.candidates += await this.sweepBucket(start, decide);
      }
      return report;
    });
  }

  private async sweepBucket(start: number, decide: (hash: string, bucket: number) => Promise<SweepDecision>): Promise<number> {
    const path = bucketPath(this.root, start);
    const seen = await readFile(path, 'utf8');
    const listedLines = linesOf(seen);
    const hashes = [...new Set(listedLines)];
    const kept: string[] = [];
    for (let i = 0; i < hashes.length; i += SWEEP_PARALLELISM) {
      const batch = hashes.slice(i, i + SWEEP_PARALLELISM);
      const decisions = await Promise.all(batch.map((hash) => this.decideLocked(hash, start, decide)));
      kept.push(...batch.filter((_, j) => decisions[j] === 'keep'));
    }
    await this.bucketLocks.run(String(start), async () => {
      const current = await readFile(path, 'utf8');
      // Lines appended while we were deciding belong to writes we may not have seen: keep them.
      const appended = linesOf(current.slice(seen.length));
      const remaining = [...new Set([...kept, ...appended])];
      if (remaining.length === 0) return rm(path, { force: true });
      if (appended.length === 0 && kept.length === listedLines.length) return;
      const temp = join(expiryDir(this.root), `.${start}.log.tmp`);
      await writeFile(temp, `${remaining.join('\n')}\n`);
      await rename(temp, path);
    });
    return hashes.length;
  }

  private decideLocked(hash: string, start: number, decide: (hash: string, bucket: number) => Promise<SweepDecision>): Promise<SweepDecision> {
    return this.keyLocks.run(hash, async () => {
      const decision = await decide(hash, start);
      // Still under the key's lock, so a concurrent write re-lists the hash rather than trusting a dropped line.
      if (decision === 'drop' && this.listed.get(hash) === start) this.listed.delete(hash);
      return decision;
    });
  }

  private async bucketsUpTo(cutoff: number): Promise<number[]> {
    let names: string[];
    try {
      names = await readdir(expiryDir(this.root));
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    return names
      .map(bucketOfFileName)
      .filter((start): start is number => start !== undefined && start <= cutoff)
      .sort((a, b) => a - b);
  }
}

function linesOf(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

export function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
