/**
 * Composition root: config, logger, the bot and the HTTP server. Listens
 * only when run directly (`npm start`); tests and scripts import createApp.
 */
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import dotenv from 'dotenv';
import { createBotApp, type AppOverrides, type BotApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './ops/logger';
import { createServer, type ServerState } from './web/server';
import type { Server } from 'restify';

export interface RunningApp {
  app: BotApp;
  server: Server;
  state: ServerState;
  url: string;
  stop(): Promise<void>;
}

/** `host`: where to listen; the benchmark keeps to loopback. */
export async function startServer(config: Config, logger: Logger, overrides: AppOverrides = {}, host = '0.0.0.0'): Promise<RunningApp> {
  const app = createBotApp(config, logger, overrides);
  const state: ServerState = { ready: false };
  const { server, closeRoutes } = createServer(app, logger, state);
  await new Promise<void>((resolve) => server.listen(config.port, host, resolve));
  state.ready = true;
  const address = server.address();
  const url = `http://127.0.0.1:${address.port}`;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Stop accepting, let running turns finish, then flush and close storage.
      state.ready = false;
      await closeRoutes();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // close() only drops sockets idle at that moment; a keep-alive socket busy with a turn
      // would hold it open for the whole keep-alive timeout, so drop sockets as they go idle.
      const http = server.server as { closeIdleConnections?: () => void };
      const sweep = setInterval(() => http.closeIdleConnections?.(), 25);
      await closed.finally(() => clearInterval(sweep));
      await app.close();
    })());
  return { app, server, state, url, stop };
}

/**
 * Start-up leaves garbage and grown spaces behind (the data files' JSON text, the indexes'
 * build-time structures, a young generation grown while loading): one collection of all that can
 * go, once listening, gives it back at once, as V8's memory reducer does only after 45 s or more
 * at rest, or later still on a busy machine. npm start calls it, and so does bench:turn's project
 * server, which starts the bot as npm start does.
 */
export function collectStartupGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const running = await startServer(config, logger);
  collectStartupGarbage();
  logger.info({ url: `http://localhost:${config.port}`, storage: config.storage.kind, authenticated: Boolean(config.identity) }, 'bot listening');
  logger.flush(); // said at once: whoever started the server waits for this line
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await running.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/** Runs the server, exiting with 78 (EX_CONFIG) on bad configuration. */
export function runMain(): void {
  main().catch((error) => {
    // A ConfigError can also come from composing the app (e.g. DEFAULT_ORG without a file).
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(error instanceof ConfigError ? 78 : 1);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) runMain();
