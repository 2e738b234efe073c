/**
 * Where an organisation's admin changes are kept: overrides over the seed files in data/orgs/.
 * One record per organisation in sections (settings, logo, local services, feeds), each written
 * whole, so two admins changing different sections at once do not undo each other. Every write
 * is followed by a change notification: in one process a plain event, on Redis pub/sub
 * (redisStore.ts) so every instance applies it without a restart (live.ts).
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Organisation } from '../handoff/orgs';
import type { StoredLogo } from './logo';
import type { LocalService } from './services';

export interface OrgRecord {
  /** The whole organisation as last saved (checked by admin/settings.ts). */
  settings?: Organisation;
  logo?: StoredLogo;
  services?: LocalService[];
  /** ORUK feed URLs this organisation subscribes to. */
  feeds?: string[];
}

export type Section = keyof OrgRecord;
export const SECTIONS: readonly Section[] = ['settings', 'logo', 'services', 'feeds'];

export interface AdminStore {
  read(org: string): Promise<OrgRecord>;
  /** Organisations with any record. */
  orgs(): Promise<string[]>;
  /** Replaces one section, then tells every listener (every instance, on Redis). */
  write<K extends Section>(org: string, section: K, value: OrgRecord[K]): Promise<void>;
  onChange(listener: (org: string) => void): () => void;
  close(): Promise<void>;
}

const ORG_ID = /^[a-z0-9-]{1,40}$/;

export function checkOrgId(org: string): string {
  if (!ORG_ID.test(org)) throw new Error('not an organisation id');
  return org;
}

/** Embedded (STORAGE=lowdb or memory): one JSON file per organisation under STATE_DIR/admin, written atomically. */
export class FileAdminStore implements AdminStore {
  private readonly events = new EventEmitter();
  /** One write at a time, so read-modify-write of a file never interleaves. */
  private tail: Promise<void> = Promise.resolve();

  constructor(readonly dir: string) {}

  private file(org: string): string {
    return join(this.dir, `${checkOrgId(org)}.json`);
  }

  private readNow(org: string): OrgRecord {
    try {
      return JSON.parse(readFileSync(this.file(org), 'utf8')) as OrgRecord;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
  }

  async read(org: string): Promise<OrgRecord> {
    await this.tail;
    return this.readNow(org);
  }

  async orgs(): Promise<string[]> {
    try {
      return readdirSync(this.dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5))
        .filter((id) => ORG_ID.test(id))
        .sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  write<K extends Section>(org: string, section: K, value: OrgRecord[K]): Promise<void> {
    const done = this.tail.then(() => {
      const record = this.readNow(org);
      if (value === undefined) delete record[section];
      else record[section] = value;
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const temp = join(this.dir, `.${org}.${process.pid}.${randomUUID()}.tmp`);
      writeFileSync(temp, JSON.stringify(record), { mode: 0o600, flag: 'wx' });
      renameSync(temp, this.file(org));
    });
    this.tail = done.catch(() => undefined);
    return done.then(() => void this.events.emit('change', org));
  }

  onChange(listener: (org: string) => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  async close(): Promise<void> {
    await this.tail;
    this.events.removeAllListeners();
  }
}

/** For tests: the same contract, nothing on disk. */
export class MemoryAdminStore implements AdminStore {
  private readonly records = new Map<string, string>();
  private readonly events = new EventEmitter();

  async read(org: string): Promise<OrgRecord> {
    return JSON.parse(this.records.get(checkOrgId(org)) ?? '{}') as OrgRecord;
  }

  async orgs(): Promise<string[]> {
    return [...this.records.keys()].sort();
  }

  async write<K extends Section>(org: string, section: K, value: OrgRecord[K]): Promise<void> {
    // Read and written in one step: concurrent writes of different sections all land.
    const record = JSON.parse(this.records.get(checkOrgId(org)) ?? '{}') as OrgRecord;
    if (value === undefined) delete record[section];
    else record[section] = value;
    this.records.set(org, JSON.stringify(record));
    this.events.emit('change', org);
  }

  onChange(listener: (org: string) => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  async close(): Promise<void> {
    this.events.removeAllListeners();
  }
}
