/**
 * The embed's files, read once: the launcher as one classic script, the chat page's client
 * modules, the self-hosted Web Chat bundle (npm botframework-webchat, never a CDN) and the
 * static files under web/static/ (styles, organisation logos).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const EMBED_DIR = new URL('../embed/', import.meta.url);
const STATIC_DIR = new URL('./static/', import.meta.url);
const gzipAsync = promisify(gzip);

export interface Asset {
  body: Buffer;
  contentType: string;
  /** Short content hash: part of the URL, so the file can be cached for a year. */
  version: string;
}

function asset(body: Buffer | string, contentType: string): Asset {
  const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return { body: buffer, contentType, version: createHash('sha256').update(buffer).digest('hex').slice(0, 12) };
}

const JS = 'text/javascript; charset=utf-8';

/**
 * embed/launcher.js with embed/messages.js inlined, wrapped in a function: a host page gets one
 * classic script (it may be loaded with async, where modules and imports do not apply) that
 * leaves no globals but one flag.
 */
export function buildLauncher(dir: URL = EMBED_DIR): string {
  const messages = readFileSync(new URL('messages.js', dir), 'utf8').replace(/^export /gm, '');
  const launcher = readFileSync(new URL('launcher.js', dir), 'utf8').replace(/^import .* from '\.\/messages\.js';$/m, '');
  if (/^\s*(import|export)\b/m.test(messages + launcher)) throw new Error('embed/launcher.js: only the messages.js import can be inlined');
  return `/*! carers-support-bot embed */\n(function () {\n'use strict';\n${messages}\n${launcher}\n})();\n`;
}

/** The chat page's client modules, served as they are. */
export const CLIENT_MODULES = ['chat.js', 'messages.js'] as const;
export type ClientModule = (typeof CLIENT_MODULES)[number];

const require = createRequire(import.meta.url);

export interface WebChatBundle {
  version: string;
  /** Versioned path: a new package version is a new URL, so a year's cache is safe. */
  path: string;
  file: string;
}

export function webChatBundle(): WebChatBundle {
  // The package exports no package.json: find its folder from its entry point.
  const entry = require.resolve('botframework-webchat');
  const marker = `node_modules${sep}botframework-webchat${sep}`;
  const root = entry.slice(0, entry.lastIndexOf(marker) + marker.length);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { version, path: `/static/webchat/${version}/webchat.js`, file: join(root, 'dist', 'webchat.js') };
}

export const STATIC_TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A file under web/static/<folder>/ by a plain name (no paths, no dot files), or undefined. */
export function staticFile(folder: 'embed' | 'orgs', name: string, dir: URL = STATIC_DIR): Asset | undefined {
  const match = /^[a-z0-9-]+(\.[a-z]+)$/.exec(name);
  const type = match && STATIC_TYPES[match[1]!];
  if (!type) return undefined;
  try {
    return asset(readFileSync(new URL(`${folder}/${name}`, dir)), type);
  } catch {
    return undefined;
  }
}

/** Everything the embed serves, read at mount so a missing file stops the boot, not a visitor. */
export class EmbedAssets {
  readonly launcher: Asset;
  readonly modules: Record<ClientModule, Asset>;
  readonly webChat: WebChatBundle & { readonly body: Buffer };
  readonly chatCss: Asset;
  readonly demoCss: Asset;
  private gzipped = new Map<Buffer, Promise<Buffer>>();

  constructor() {
    this.launcher = asset(buildLauncher(), JS);
    this.modules = Object.fromEntries(CLIENT_MODULES.map((name) => [name, asset(readFileSync(new URL(name, EMBED_DIR)), JS)])) as Record<ClientModule, Asset>;
    const bundle = webChatBundle();
    // Checked now, read when first asked for: 4 MB the server holds only once someone opens the chat.
    if (!statSync(bundle.file).isFile()) throw new Error(`${bundle.file} is not a file`);
    let body: Buffer | undefined;
    this.webChat = {
      ...bundle,
      get body(): Buffer {
        return (body ??= readFileSync(bundle.file));
      },
    };
    this.chatCss = staticFile('embed', 'chat.css')!;
    this.demoCss = staticFile('embed', 'demo.css')!;
    if (!this.chatCss || !this.demoCss) throw new Error('web/static/embed/chat.css and demo.css are required');
  }

  /** Compressed once, on first request, off the main thread. */
  gzipOf(body: Buffer): Promise<Buffer> {
    let zipped = this.gzipped.get(body);
    if (!zipped) this.gzipped.set(body, (zipped = gzipAsync(body, { level: 9 })));
    return zipped;
  }

  moduleUrl(name: ClientModule): string {
    return `/embed/${name}?v=${this.modules[name].version}`;
  }

  cssUrl(name: 'chat.css' | 'demo.css'): string {
    return `/static/embed/${name}?v=${(name === 'chat.css' ? this.chatCss : this.demoCss).version}`;
  }
}
