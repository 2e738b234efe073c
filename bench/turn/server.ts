/**
 * A bot server in its own process, so its RSS and CPU are its own:
 *   node dist/bench-server.mjs project|baseline   (bundled by botProcess.ts; options in BENCH_SERVER as JSON)
 * The project is started as index.ts starts it (loadConfig, createLogger, startServer); logs go
 * to standard error, which the bench points at a file. Exits when the bench goes away.
 */
import { readFileSync } from 'node:fs';
import { Profiler } from './profiler';
import type { BotRole, Message, Request, ServerOptions } from './protocol';
import { countRedisCommands, redisCommandsSent } from './redisCount';

const HOST = '127.0.0.1';

interface Running {
  url: string;
  read(key: string): Promise<Record<string, unknown> | undefined>;
  stop(): Promise<void>;
}

async function startProject(options: ServerOptions): Promise<Running> {
  const [{ loadConfig }, { createLogger }, { startServer, collectStartupGarbage }] = await Promise.all([
    import('../../config'),
    import('../../ops/logger'),
    import('../../index'),
  ]);
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    STORAGE: options.storage,
    STATE_DIR: options.stateDir,
    REDIS_URL: options.redisUrl,
    ADVISOR_DIR: options.advisorDir,
    STATE_IDLE_HOURS: '1',
  });
  const running = await startServer(config, createLogger(config.logLevel), {}, HOST);
  collectStartupGarbage(); // as npm start does (index.ts main)
  return {
    url: running.url,
    read: async (key) => (await running.app.storage.read([key]))[key] as Record<string, unknown> | undefined,
    stop: () => running.stop(),
  };
}

async function startBaselineBot(options: ServerOptions): Promise<Running> {
  const [{ createStorage }, { startBaseline }] = await Promise.all([import('../../storage'), import('./baselineBot')]);
  const table = JSON.parse(readFileSync(options.replayFile ?? '', 'utf8'));
  // As app.ts builds it: same kind, folder layout, idle time and sweep.
  const storage = createStorage({ kind: options.storage, dir: options.stateDir, redisUrl: options.redisUrl, idleMs: 3_600_000 });
  const running = await startBaseline(storage, table, HOST);
  return { url: running.url, read: async (key) => (await storage.read([key]))[key] as Record<string, unknown> | undefined, stop: () => running.stop() };
}

function send(message: Message): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const role = process.argv[2] as BotRole;
  const options = JSON.parse(process.env.BENCH_SERVER ?? '{}') as ServerOptions;
  if (options.storage === 'redis') countRedisCommands();
  const running = role === 'project' ? await startProject(options) : await startBaselineBot(options);
  process.on('disconnect', () => process.exit(0)); // the bench is gone: don't linger
  const profiler = new Profiler();
  process.on('message', (request: Request) => {
    void (async () => {
      try {
        if (request.type === 'state') send({ id: request.id, type: 'state', item: await running.read(request.key) });
        else if (request.type === 'memory') send({ id: request.id, type: 'memory', memory: process.memoryUsage() });
        else if (request.type === 'heap') {
          send({ id: request.id, type: 'heap', memory: await profiler.collectGarbage(request.snapshot) });
        } else if (request.type === 'cpu') {
          const { user, system } = process.cpuUsage();
          send({ id: request.id, type: 'cpu', micros: user + system });
        } else if (request.type === 'redis') send({ id: request.id, type: 'redis', sent: redisCommandsSent() });
        else if (request.type === 'profile') {
          if (request.action === 'start') await profiler.start(request.kind);
          else await profiler.stop(request.kind, request.path);
          send({ id: request.id, type: 'profiled' });
        } else if (request.type === 'stop') {
          await running.stop();
          send({ id: request.id, type: 'stopped' });
          process.disconnect();
          process.exit(0); // writes --cpu-prof profiles
        }
      } catch (error) {
        send({ id: request.id, type: 'error', message: String(error) });
      }
    })();
  });
  send({ type: 'ready', url: running.url });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
