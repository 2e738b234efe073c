/**
 * Compressed copies of the embed's files, made once and kept in memory: brotli (quality 11,
 * the smallest) where the browser takes it, else gzip. Big bodies are compressed off the event
 * loop (zlib's thread pool) and brotli's result is cached on disk by content hash, because
 * quality 11 on the 2.6 MB Web Chat bundle takes seconds; until it is ready, gzip is served.
 */
import { createHash } from 'node:crypto';
import { brotliCompress, brotliCompressSync, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { readCache, writeCache } from './webChatBuild';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Encoding = 'br' | 'gzip' | 'identity';

/** Smaller than this, compression saves less than its header costs. */
export const MIN_COMPRESS_BYTES = 1024;
const SMALL_BYTES = 64 * 1024;

/**
 * The encoding to send for an Accept-Encoding header, among those ready: brotli, then gzip,
 * then none. Honours q-values ("br;q=0" refuses brotli) and "*".
 */
export function negotiateEncoding(acceptEncoding: string | undefined, ready: readonly Encoding[]): Encoding {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    const weight = q ? Number(q[1]) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  for (const encoding of ['br', 'gzip'] as const) if (ready.includes(encoding) && weightOf(encoding) > 0) return encoding;
  return 'identity';
}

/** A file to serve: its bytes and its content hash, which names its copies. */
export interface Servable {
  readonly body: Buffer;
  readonly version: string;
}

interface Copies {
  gzip: Promise<Buffer>;
  br: Promise<Buffer>;
  brReady?: Buffer;
}

export class CompressedCopies {
  /** By content hash: a file whose body is not kept (Web Chat's, embedAssets.ts) still finds its copies. */
  private copies = new Map<string, Copies>();

  /** Starts compressing a file now (at start-up for the big ones), so no visitor waits for it. */
  prepare(file: Servable): void {
    if (this.copies.has(file.version)) return;
    const body = file.body;
    if (body.length < MIN_COMPRESS_BYTES) return;
    const name = `${createHash('sha256').update(body).digest('hex').slice(0, 24)}.br`;
    const cached = body.length > SMALL_BYTES ? readCache(name) : undefined;
    const options = {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    };
    // Small files (the chat's own scripts and styles) take a few milliseconds: ready at once.
    const small = body.length <= SMALL_BYTES ? brotliCompressSync(body, options) : undefined;
    const br = small ?? cached ?? brotliAsync(body, options).then((compressed) => (writeCache(name, compressed), compressed));
    const copies: Copies = { gzip: gzipAsync(body, { level: 9 }), br: Promise.resolve(br), brReady: Buffer.isBuffer(br) ? br : undefined };
    if (!copies.brReady) void copies.br.then((ready) => (copies.brReady = ready)).catch(() => undefined);
    this.copies.set(file.version, copies);
  }

  /** The gzip copy of a prepared file. */
  gzipped(version: string): Promise<Buffer> | undefined {
    return this.copies.get(version)?.gzip;
  }

  /** Resolves when every copy started so far is ready (tests, benchmarks). */
  async settled(): Promise<void> {
    await Promise.all([...this.copies.values()].flatMap((c) => [c.gzip, c.br]));
  }

  /** The body to send and its encoding. Brotli only once ready; gzip is quick enough to wait for. The file's own body is read only for identity. */
  async encode(file: Servable, acceptEncoding: string | undefined): Promise<{ body: Buffer; encoding: Encoding }> {
    if (!this.copies.has(file.version)) this.prepare(file);
    const copies = this.copies.get(file.version);
    if (!copies) return { body: file.body, encoding: 'identity' }; // too small to compress
    const encoding = negotiateEncoding(acceptEncoding, copies.brReady ? ['br', 'gzip'] : ['gzip']);
    if (encoding === 'br') return { body: copies.brReady!, encoding };
    if (encoding === 'gzip') return { body: await copies.gzip, encoding };
    return { body: file.body, encoding };
  }
}
