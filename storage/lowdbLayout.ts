/**
 * Where LowdbStorage keeps things on disk. Shared with the benchmark so generated data matches.
 *
 *   <root>/items/<first 2 hex>/<sha256 of key>.json   one state file per key
 *   <root>/expiry/<bucket start ms>.log               hashes written in that hour, one per line
 *
 * Names are hashes, so channel ids and phone numbers never appear in a path; the original
 * key lives inside its file. 256 sub-folders keep each folder small (about 400 files per
 * 100,000 conversations).
 */
import { hash } from 'node:crypto';
import { join } from 'node:path';
import type { StoreItem } from 'botbuilder';

/** Expiry index granularity: one bucket file per hour of writes. */
export const BUCKET_MS = 60 * 60 * 1000;

/** What one state file holds. */
export interface StateFile {
  key: string;
  /** Epoch ms of the last successful write; idle time is measured from here. */
  lastWrite: number;
  /** The botbuilder item, including the eTag it was given. */
  item: StoreItem;
}

const HASH_FILE = /^[0-9a-f]{64}\.json$/;
const BUCKET_FILE = /^(-?\d+)\.log$/;

export function hashKey(key: string): string {
  return hash('sha256', key); // one-shot: no Hash object per call (a read, a write and a handled id each turn)
}

export function itemDir(root: string, hash: string): string {
  return join(root, 'items', hash.slice(0, 2));
}

export function itemPath(root: string, hash: string): string {
  return join(itemDir(root, hash), `${hash}.json`);
}

export function isItemFileName(name: string): boolean {
  return HASH_FILE.test(name);
}

export function bucketStart(time: number): number {
  return Math.floor(time / BUCKET_MS) * BUCKET_MS;
}

export function expiryDir(root: string): string {
  return join(root, 'expiry');
}

export function bucketPath(root: string, start: number): string {
  return join(expiryDir(root), `${start}.log`);
}

/** The bucket start encoded in an index file name, or undefined for anything else (temp files). */
export function bucketOfFileName(name: string): number | undefined {
  const match = BUCKET_FILE.exec(name);
  return match ? Number(match[1]) : undefined;
}

/**
 * An item written out as JSON when it was handed to the store: the copy taken then (the caller
 * may change its object while the write waits for the key's lock) is the text the file gets,
 * so a write serialises the item once instead of copying it through JSON and serialising again.
 */
export class SerialisedItem {
  constructor(readonly json: string) {}
}

/** The file's text: as JSON.stringify(file) would write it, with a SerialisedItem's text as is. */
export function serialiseStateFile(file: StateFile): string {
  const item: unknown = file.item;
  const json = item instanceof SerialisedItem ? item.json : JSON.stringify(item);
  return `{"key":${JSON.stringify(file.key)},"lastWrite":${JSON.stringify(file.lastWrite)},"item":${json}}`;
}

/** Parses a state file, failing loudly on anything else: a corrupt file must not read as "no state". */
export function parseStateFile(text: string): StateFile {
  const value: unknown = JSON.parse(text);
  if (!isStateFile(value)) throw new Error('LowdbStorage: state file has an unexpected shape');
  return value;
}

function isStateFile(value: unknown): value is StateFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return typeof file.key === 'string' && typeof file.lastWrite === 'number' && typeof file.item === 'object' && file.item !== null && !Array.isArray(file.item);
}
