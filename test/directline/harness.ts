/**
 * A restify server with only the Direct Line module, mounted with test tuning (a clock,
 * short limits), around the real bot. For what needs time to pass; everything else uses
 * the real server (startServer).
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { createBotApp, type BotApp } from '../../app';
import { loadConfig, type Config } from '../../config';
import { createLogger } from '../../ops/logger';
import { MemoryStateStorage } from '../../storage';
import { createDirectLineModule, type DirectLineTuning } from '../../web/directLine';

export interface Harness {
  url: string;
  app: BotApp;
  stop(): Promise<void>;
}

export async function startDirectLineOnly(tuning: DirectLineTuning, config: Partial<Config> = {}): Promise<Harness> {
  const fullConfig = { ...loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent' }), ...config };
  const logger = createLogger('silent');
  const app = createBotApp(fullConfig, logger, { storage: new MemoryStateStorage() });
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser());
  server.use(restify.plugins.bodyParser({ maxBodySize: 2 * 1024 * 1024, mapParams: false }));
  const mounted = createDirectLineModule(tuning)(server, { app, logger, state: { ready: true } }) ?? {};
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    async stop() {
      await mounted.close?.();
      const http = server.server as { closeAllConnections?: () => void };
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      http.closeAllConnections?.();
      await closed;
      await app.close();
    },
  };
}
