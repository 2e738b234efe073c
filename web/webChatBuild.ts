/**
 * The Web Chat bundle the chat page loads: botframework-webchat's own ES modules bundled once
 * by esbuild with only what the chat uses (renderWebChat, createStore, createDirectLine,
 * Adaptive Cards included), and without the packages in LEFT_OUT, which this chat cannot reach
 * (each is replaced by a module whose every export throws if called). 2.7 MB instead of the
 * prebuilt 3.9 MB: about 565 KB in brotli instead of 640 KB (bench/chat.bench.ts measures the
 * whole first open).
 *
 * Web Chat 4.18's renderWebChat calls ReactDOM.render, gone in React 19 (installed here as its
 * peer): renderWebChat is redefined here over React 19's createRoot, with the same component.
 *
 * Built at start-up off the event loop (esbuild runs as its own process) and cached on disk by
 * the package version and this recipe, so later starts only read a file. If the build fails
 * (esbuild missing, a new Web Chat that no longer bundles this way) the prebuilt bundle is used.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'embed');

/** Packages the chat never reaches: replaced by a module whose every export throws if called. */
export const LEFT_OUT = [
  // Speech in and out (this chat has no microphone and reads nothing aloud).
  'microsoft-cognitiveservices-speech-sdk',
  'web-speech-cognitive-services',
  'botframework-directlinespeech-sdk',
  // Direct Line App Service extension (streaming) and the Buffer polyfill only it needs.
  'botframework-streaming',
  'buffer',
  // sanitize-html's style parser: Web Chat allows no styles in markdown.
  'postcss',
  // File types for uploads: the upload button is hidden.
  'mime',
  // Adaptive Cards' Carousel element: our cards never use it.
  'swiper',
];

// Web Chat's own renderWebChat calls ReactDOM.render, which React 19 (the React installed here) no longer has:
// the same component is rendered through a root instead.
const ENTRY = `import ReactWebChat, { createStore, createDirectLine } from 'botframework-webchat';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
const roots = new WeakMap();
function renderWebChat(props, element) {
  let root = roots.get(element);
  if (!root) roots.set(element, (root = createRoot(element)));
  root.render(createElement(ReactWebChat, props));
}
window.WebChat = { renderWebChat: renderWebChat, createStore: createStore, createDirectLine: createDirectLine };
`;

const STUB = `module.exports = new Proxy({}, { get: function (_, name) {
  if (name === '__esModule') return false;
  return function () { throw new Error('not in this build of Web Chat: ' + String(name)); };
} });
`;

/** Anything that changes the output changes the cache key. */
const RECIPE = JSON.stringify({ ENTRY, STUB, LEFT_OUT, target: 'es2020', format: 'iife', minify: true });

export interface WebChatBuild {
  body: Buffer;
  /** 'custom' when bundled here, 'prebuilt' when the package's dist/webchat.js is used. */
  kind: 'custom' | 'prebuilt';
}

function writeAtomically(file: string, body: Buffer): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, body);
    renameSync(temporary, file);
  } catch {
    // A read-only install still works: it builds again at the next start.
  }
}

function readOrEmpty(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    return Buffer.alloc(0);
  }
}

/** A file of the disk cache, or undefined. */
export function readCache(name: string): Buffer | undefined {
  try {
    return readFileSync(join(CACHE_DIR, name));
  } catch {
    return undefined;
  }
}

export function writeCache(name: string, body: Buffer): void {
  writeAtomically(join(CACHE_DIR, name), body);
}

async function bundle(): Promise<Buffer> {
  const { build } = await import('esbuild');
  const leftOut = new RegExp(`^(${LEFT_OUT.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(/.*)?$`);
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'js', sourcefile: 'webchat-entry.js' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    // The bundled packages' licence notices stay in the file (MIT and others ask for that).
    legalComments: 'eof',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    plugins: [
      {
        name: 'left-out',
        setup(builder) {
          builder.onResolve({ filter: leftOut }, () => ({ path: 'left-out', namespace: 'left-out' }));
          builder.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: STUB, loader: 'js' }));
        },
      },
    ],
  });
  const licence =
    '/*! botframework-webchat (MIT, Microsoft), bundled with its dependencies; see node_modules/botframework-webchat/dist/webchat.js.LICENSE.txt */\n';
  return Buffer.concat([Buffer.from(licence), Buffer.from(result.outputFiles[0]!.contents)]);
}

/** The bundle for this Web Chat version: from the disk cache, else built (and cached), else the prebuilt one. */
export async function webChatBuild(version: string, prebuiltFile: string): Promise<WebChatBuild> {
  // The lock file stands for every package that goes in (React, Adaptive Cards, esbuild itself).
  const lock = readOrEmpty(join(ROOT, 'package-lock.json'));
  const key = createHash('sha256').update(version).update(RECIPE).update(lock).digest('hex').slice(0, 16);
  const name = `webchat-${key}.js`;
  const cached = readCache(name);
  if (cached) return { body: cached, kind: 'custom' };
  try {
    const body = await bundle();
    writeCache(name, body);
    return { body, kind: 'custom' };
  } catch {
    return { body: readFileSync(prebuiltFile), kind: 'prebuilt' };
  }
}
