/**
 * Bundles the server's TypeScript into one ES module under dist/, so `npm start` runs plain
 * Node: no TypeScript loader in the running process (about 25 MB less memory at rest, and a
 * faster start). node_modules stay external and load as usual. Plain JavaScript so that it
 * needs nothing but esbuild (tsx's own compiler) to run.
 *
 *   node scripts/build-server.mjs [entry.ts] [dist/out.mjs]    (default: server.ts -> dist/server.mjs)
 *
 * `npm start` runs the bundle with --experimental-async-context-frame (Node 24's default):
 * AsyncLocalStorage (the request id of log lines) then costs nothing per promise, where on
 * Node 22 it otherwise installs promise hooks that run on every promise of every turn (about
 * 10% of a turn's CPU); and --v8-pool-size=2: two V8 helper threads for concurrent GC and
 * compiling instead of four, each with its own stack and malloc arena (about 5 MB less at rest).
 * Not one: that saves another 5 MB at rest, but the turn pays (bench:turn, lowdb, 10
 * conversations, two A/B rounds: CPU a turn over the baseline's 1.25-1.27 with two, 1.32-1.45
 * with one; p99 ratio 1.17-1.74 against 1.98-2.25). And --bytecode-old-age=1: the bytecode of a
 * function that has not run since the last full collection is dropped (V8's default waits six),
 * so start-up's run-once code goes in the next full collections (index.ts, at rest): idle RSS after
 * 60 s 140-143 -> 135-141 MB, heap used 61 -> 56 MB; a function that runs again is compiled
 * again, which a turn's functions never need (callgrind, the turn's logic in-process, single
 * threaded: 4.487 M instructions a turn with and without).
 * bench:turn starts its servers with the same flags.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Modules find their data files relative to themselves (`new URL('../data/x.json', import.meta.url)`).
 * In one bundle every module would share the bundle's URL, so each keeps its own source file's URL.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(bundle) {
    bundle.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
      loader: 'ts',
    }));
    // Deep imports such as 'botbuilder-dialogs/lib/dialog' resolve under tsx without an
    // extension; Node's ES module loader needs the file's own name.
    bundle.onResolve({ filter: /^[^./][^:]*\/(?:lib|dist)\/[^.]+$/ }, ({ path }) => ({ path: `${path}.js`, external: true }));
  },
};

/** Bundles `entry` (relative to the repository) to `outfile`. */
export async function buildServer(entry = 'server.ts', outfile = 'dist/server.mjs') {
  await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: 'linked',
    plugins: [keepModuleUrls],
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildServer(process.argv[2], process.argv[3]);
}
