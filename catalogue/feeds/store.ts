/**
 * The last good copy of each feed, kept on disk under the state directory so a restart (or a
 * feed that is down at start-up) keeps serving it. One small JSON file per feed, written to a
 * temporary file and renamed, so a crash never leaves half a copy. Feeds hold services, not people.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../types';
import type { Validators } from './fetchFeed';

export interface GoodCopy {
  url: string;
  validators: Validators;
  /** When it was fetched (ISO). */
  fetchedAt: string;
  /** The feed mapped and namespaced, as merged. */
  catalogue: Catalogue;
}

export interface FeedStore {
  load(key: string): GoodCopy | undefined;
  save(key: string, copy: GoodCopy): void;
}

export class MemoryFeedStore implements FeedStore {
  readonly copies = new Map<string, GoodCopy>();
  load(key: string): GoodCopy | undefined {
    return this.copies.get(key);
  }
  save(key: string, copy: GoodCopy): void {
    this.copies.set(key, copy);
  }
}

export class FileFeedStore implements FeedStore {
  constructor(readonly dir: string) {}

  private path(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  load(key: string): GoodCopy | undefined {
    try {
      const copy = JSON.parse(readFileSync(this.path(key), 'utf8')) as GoodCopy;
      return typeof copy.url === 'string' && typeof copy.catalogue === 'object' && copy.catalogue !== null ? copy : undefined;
    } catch {
      return undefined;
    }
  }

  save(key: string, copy: GoodCopy): void {
    mkdirSync(this.dir, { recursive: true });
    const temporary = `${this.path(key)}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(copy));
    renameSync(temporary, this.path(key));
  }
}
