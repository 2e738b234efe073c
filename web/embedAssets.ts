/**
 * The embed's files, read once: the launcher as one classic script, the chat page's client
 * modules, the self-hosted Web Chat bundle (npm botframework-webchat, never a CDN) and the
 * static files under web/static/ (styles, organisation logos).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { CompressedCopies } from './embedCompression';
import { jsonForScript } from './embedHtml';
import { launcherWords, type LauncherWords } from './embedText';
import { webChatBuild, type WebChatBuild } from './webChatBuild';

const EMBED_DIR = new URL('../embed/', import.meta.url);
const STATIC_DIR = new URL('./static/', import.meta.url);

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
export function buildLauncher(dir: URL = EMBED_DIR, words: Record<string, LauncherWords> = launcherWords()): string {
  const messages = readFileSync(new URL('messages.js', dir), 'utf8').replace(/^export /gm, '');
  const source = readFileSync(new URL('launcher.js', dir), 'utf8').replace(/^import .* from '\.\/messages\.js';$/m, '');
  const launcher = source.replace('/*WORDS*/ {}', () => jsonForScript(words));
  if (launcher === source) throw new Error('embed/launcher.js: the /*WORDS*/ placeholder is missing');
  if (/^\s*(import|export)\b/m.test(messages + launcher)) throw new Error('embed/launcher.js: only the messages.js import can be inlined');
  return `/*! carers-support-bot embed */\n(function () {\n'use strict';\n${messages}\n${launcher}\n})();\n`;
}

/** The chat page's client modules, served as they are but for the versions of the imports. */
export const CLIENT_MODULES = ['chat.js', 'messages.js', 'phoneLinks.js'] as const;
export type ClientModule = (typeof CLIENT_MODULES)[number];

const require = createRequire(import.meta.url);

export interface WebChatBundle {
  version: string;
  /** The package's own prebuilt bundle: the fallback when our build cannot be made. */
  file: string;
}

export function webChatBundle(): WebChatBundle {
  // The package exports no package.json: find its folder from its entry point.
  const entry = require.resolve('botframework-webchat');
  const marker = `node_modules${sep}botframework-webchat${sep}`;
  const root = entry.slice(0, entry.lastIndexOf(marker) + marker.length);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { version, file: join(root, 'dist', 'webchat.js') };
}

/** Web Chat as served: its URL carries its content hash, so it can be cached for a year. */
export interface WebChatAsset extends Asset {
  path: string;
  kind: WebChatBuild['kind'];
}

export function webChatPath(version: string): string {
  return `/static/webchat/${version}/webchat.js`;
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

/**
 * The chat page's modules: chat.js imports messages.js by its versioned URL, so both can be
 * cached for a year (a change to messages.js changes chat.js's text, hence its version too).
 */
export function clientModules(dir: URL = EMBED_DIR): Record<ClientModule, Asset> {
  const messages = asset(readFileSync(new URL('messages.js', dir)), JS);
  const phoneLinks = asset(readFileSync(new URL('phoneLinks.js', dir)), JS);
  let chat = readFileSync(new URL('chat.js', dir), 'utf8');
  for (const [name, dependency] of [
    ['messages.js', messages],
    ['phoneLinks.js', phoneLinks],
  ] as const) {
    const versioned = chat.replace(`from './${name}';`, `from './${name}?v=${dependency.version}';`);
    if (versioned === chat) throw new Error(`embed/chat.js: expected an import from './${name}'`);
    chat = versioned;
  }
  return { 'chat.js': asset(chat, JS), 'messages.js': messages, 'phoneLinks.js': phoneLinks };
}

/** One Web Chat build per process, shared by every EmbedAssets (the tests make many). */
let sharedWebChat: Promise<WebChatAsset> | undefined;

function loadWebChat(): Promise<WebChatAsset> {
  const bundle = webChatBundle();
  // Checked now, so a broken install stops the boot rather than a visitor's chat.
  if (!statSync(bundle.file).isFile()) throw new Error(`${bundle.file} is not a file`);
  return (sharedWebChat ??= webChatBuild(bundle.version, bundle.file).then((build) => {
    const served = asset(build.body, JS);
    return { ...served, kind: build.kind, path: webChatPath(served.version) };
  }));
}

/**
 * Once its gzip copy is made, Web Chat's 2.7 MB body is not kept (idle RSS): browsers take brotli
 * or gzip, and the rare request that takes neither gets the gzip copy unzipped.
 */
function keepOnlyCompressed(webChat: WebChatAsset, gzip: Buffer): void {
  Object.defineProperty(webChat, 'body', { get: () => gunzipSync(gzip), enumerable: true, configurable: true });
}

/** Everything the embed serves, read at mount so a missing file stops the boot, not a visitor. */
export class EmbedAssets {
  readonly launcher: Asset;
  readonly modules: Record<ClientModule, Asset>;
  /** Built (or read from the disk cache) at start-up; its compressed copies are made as soon as it is ready. */
  readonly webChat: Promise<WebChatAsset>;
  readonly chatCss: Asset;
  readonly demoCss: Asset;
  readonly compressed = new CompressedCopies();
  private readonly compacted: Promise<void>;

  constructor() {
    this.launcher = asset(buildLauncher(), JS);
    this.modules = clientModules();
    this.chatCss = staticFile('embed', 'chat.css')!;
    this.demoCss = staticFile('embed', 'demo.css')!;
    if (!this.chatCss || !this.demoCss) throw new Error('web/static/embed/chat.css and demo.css are required');
    this.webChat = loadWebChat();
    this.compacted = this.webChat
      .then(async (webChat) => {
        this.compressed.prepare(webChat);
        const gzip = await this.compressed.gzipped(webChat.version);
        if (gzip) keepOnlyCompressed(webChat, gzip);
      })
      .catch(() => undefined);
  }

  /** Resolves when Web Chat is built, every compressed copy started so far is made, and Web Chat is kept compressed only. */
  async ready(): Promise<void> {
    await this.webChat;
    await this.compacted;
    await this.compressed.settled();
  }

  moduleUrl(name: ClientModule): string {
    return `/embed/${name}?v=${this.modules[name].version}`;
  }

  cssUrl(name: 'chat.css' | 'demo.css'): string {
    return `/static/embed/${name}?v=${(name === 'chat.css' ? this.chatCss : this.demoCss).version}`;
  }
}
