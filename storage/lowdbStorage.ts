import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreItem, StoreItems } from 'botbuilder';
import type { Adapter } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { ExpiryIndex, isMissing, type SweepReport } from './expiryIndex';
import { KeyedMutex } from '../core/keyedMutex';
import { bucketStart, hashKey, isItemFileName, itemDir, itemPath, parseStateFile, SerialisedItem, serialiseStateFile, type StateFile } from './lowdbLayout';
import { DEFAULT_IDLE_MS, eTagConflict, isConditionalETag, writeEach, type StateStorage } from './stateStorage';

export interface LowdbStorageOptions {
  /** Root folder; default `.data/state` (relative to the working directory). */
  dir?: string;
  /** State not written for this long reads as absent and is deleted by `expireIdle`; default 24 h. */
  idleMs?: number;
  /** Clock, injectable for tests; default `Date.now`. */
  now?: () => number;
  /** The lowdb adapter for one state file; a seam for tests that count reads. */
  openFile?: (path: string) => Adapter<StateFile>;
  /** Run `expireIdle` this often (unref'd timer); default: never, the owner calls it. */
  sweepEveryMs?: number;
  /** Where a failed background sweep is reported; default `process.emitWarning`. */
  onSweepError?: (error: unknown) => void;
}

export interface ExpiryReport extends SweepReport {
  /** State files deleted because they were idle. */
  deleted: number;
}

/** A lowdb data file per key, stored compactly: lowdb rewrites the whole file on every write. */
function openDataFile(path: string): Adapter<StateFile> {
  return new DataFile<StateFile>(path, { parse: parseStateFile, stringify: serialiseStateFile });
}

/**
 * The embedded botbuilder `Storage`: one small lowdb file per key, named by the key's hash,
 * with an hourly expiry index so idle state can be deleted without scanning every file.
 *
 * @remarks
 * eTags follow `MemoryStorage`: no eTag or `*` always writes, a different eTag is refused,
 * every write gets a new eTag, reads return fresh copies. Writes to one key are serialised
 * in this process and land atomically (lowdb's steno writes a temp file, then renames).
 * One process only: there is no cross-process lock (use `RedisStorage` for several instances).
 */
export class LowdbStorage implements StateStorage {
  readonly dir: string;
  readonly idleMs: number;
  private readonly now: () => number;
  private readonly openFile: (path: string) => Adapter<StateFile>;
  private readonly keyLocks = new KeyedMutex();
  private readonly index: ExpiryIndex;
  private readonly readyDirs = new Map<string, Promise<unknown>>();
  private readonly sweepTimer: NodeJS.Timeout | undefined;

  constructor(options: LowdbStorageOptions = {}) {
    this.dir = options.dir ?? join('.data', 'state');
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.now = options.now ?? Date.now;
    this.openFile = options.openFile ?? openDataFile;
    this.index = new ExpiryIndex(this.dir, this.keyLocks);
    if (!(this.idleMs > 0)) throw new RangeError('LowdbStorage: idleMs must be a positive number');
    if (options.sweepEveryMs !== undefined) {
      const onError = options.onSweepError ?? ((error: unknown) => process.emitWarning(asError(error)));
      this.sweepTimer = setInterval(() => this.expireIdle().catch(onError), options.sweepEveryMs);
      this.sweepTimer.unref();
    }
  }

  async read(keys: string[]): Promise<StoreItems> {
    const now = this.now();
    const files = await Promise.all(keys.map((key) => this.load(key, hashKey(key))));
    const items: StoreItems = {};
    files.forEach((file, i) => {
      if (file && this.isLive(file, now)) items[keys[i]] = file.item;
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await writeEach(changes, (key, item) => this.writeOne(key, item));
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map((key) => {
        const hash = hashKey(key);
        return this.keyLocks.run(hash, async () => {
          await rm(itemPath(this.dir, hash), { force: true });
          this.index.forget(hash);
        });
      }),
    );
  }

  /** Every unexpired key, read from inside the files (names are hashes). A full scan. */
  async *keys(): AsyncIterable<string> {
    const now = this.now();
    for (const folder of await listOrEmpty(join(this.dir, 'items'))) {
      for (const name of await listOrEmpty(join(this.dir, 'items', folder))) {
        if (!isItemFileName(name)) continue; // steno's temp files
        const file = await this.openFile(join(this.dir, 'items', folder, name)).read();
        if (file && this.isLive(file, now)) yield file.key;
      }
    }
  }

  /**
   * Deletes state last written `maxIdleMs` or more before `now`, reading only the files
   * listed in index buckets that old, and compacts those buckets.
   */
  async expireIdle(now: number = this.now(), maxIdleMs: number = this.idleMs): Promise<ExpiryReport> {
    const cutoff = now - maxIdleMs;
    let deleted = 0;
    const report = await this.index.sweep(cutoff, async (hash, bucket) => {
      const path = itemPath(this.dir, hash);
      const file = await this.openFile(path).read();
      if (file === null) return 'drop';
      if (file.lastWrite > cutoff) return bucketStart(file.lastWrite) === bucket ? 'keep' : 'drop';
      await rm(path, { force: true });
      deleted++;
      return 'drop';
    });
    return { ...report, deleted };
  }

  /** The folder can be created and written (readiness). */
  async ping(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await access(this.dir, constants.W_OK);
  }

  async close(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.keyLocks.settled();
  }

  private writeOne(key: string, item: StoreItem): Promise<void> {
    const hash = hashKey(key);
    // Copied now, as JSON (MemoryStorage copies through JSON too): the write waits its turn, and the caller may change `item` meanwhile.
    const stored = new SerialisedItem(JSON.stringify({ ...item, eTag: randomUUID() }));
    return this.keyLocks.run(hash, async () => {
      const now = this.now();
      // Only a conditional write needs what is stored; botbuilder's state saves with `*` and skip a file read per turn.
      if (isConditionalETag(item.eTag)) {
        const current = await this.load(key, hash);
        if (current && this.isLive(current, now) && item.eTag !== current.item.eTag) throw eTagConflict(hash);
      }
      await this.ensureItemDir(hash);
      await this.index.record(hash, now);
      await this.openFile(itemPath(this.dir, hash)).write({ key, lastWrite: now, item: stored });
    });
  }

  private async load(key: string, hash: string): Promise<StateFile | null> {
    const file = await this.openFile(itemPath(this.dir, hash)).read();
    if (file && file.key !== key) throw new Error(`LowdbStorage: state file #${hash.slice(0, 12)} holds another key`);
    return file;
  }

  private isLive(file: StateFile, now: number): boolean {
    return now - file.lastWrite < this.idleMs;
  }

  private ensureItemDir(hash: string): Promise<unknown> {
    const dir = itemDir(this.dir, hash);
    let ready = this.readyDirs.get(dir);
    if (!ready) {
      ready = mkdir(dir, { recursive: true });
      ready.catch(() => this.readyDirs.delete(dir)); // retry on the next write
      this.readyDirs.set(dir, ready);
    }
    return ready;
  }
}

async function listOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
