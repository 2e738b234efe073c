/**
 * Three (or n) bot instances as people run them (`node dist/server.mjs`, built once with
 * scripts/build-server.mjs), on one private Redis, behind a round-robin http-proxy-3 proxy on
 * 127.0.0.1. Each instance's log (standard error) is kept for failure messages.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProxyServer } from 'http-proxy-3';
import { freePort, type RedisServer } from './redisServer';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export class Instance {
  log = '';
  /** Every whole log line (structured: one JSON object a line), for tests that assert on the path a turn took. */
  readonly lines: string[] = [];
  private partial = '';
  constructor(
    readonly port: number,
    readonly child: ChildProcess,
  ) {
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.log = (this.log + chunk).slice(-20_000);
      const parts = (this.partial + chunk).split('\n');
      this.partial = parts.pop() ?? '';
      this.lines.push(...parts.filter(Boolean));
      if (this.lines.length > 50_000) this.lines.splice(0, this.lines.length - 50_000);
    });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.alive ? this.child.once('exit', () => resolve()) : resolve()));
    this.child.kill(signal);
    return exited;
  }
}

export function buildServer(): void {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: 'ignore' });
}

/** `port`: a given one (a crashed instance restarted where it was, as a process manager does); default a free one. */
export async function startInstance(redis: RedisServer, env: Record<string, string> = {}, port?: number): Promise<Instance> {
  port ??= await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'instance-'));
  const child = spawn(process.execPath, ['dist/server.mjs'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      STORAGE: 'redis',
      REDIS_URL: redis.url,
      STATE_DIR: join(dir, 'state'),
      ADVISOR_DIR: join(dir, 'advisor'),
      LOG_LEVEL: 'warn',
      DEMO_LINE_ALWAYS_OPEN: '1',
      ...env,
    },
  });
  const instance = new Instance(port, child);
  // Readiness polled below; a port still held by the process it replaces makes this one exit, reported there.
  for (let i = 0; i < 200; i++) {
    if (!instance.alive) throw new Error(`instance exited: ${instance.log}`);
    const ready = await fetch(`${instance.url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return instance;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`instance not ready: ${instance.log}`);
}

/** Round robin over the instances still alive; a refused connection is tried on the next one. */
export class RoundRobinProxy {
  private next = 0;
  private server?: Server;
  /** Upgraded (WebSocket) connections, which closeAllConnections does not end. */
  private readonly upgraded = new Set<Duplex>();
  port = 0;

  constructor(private readonly instances: Instance[]) {}

  async start(): Promise<string> {
    const proxy = createProxyServer({});
    this.server = createServer((req, res) => {
      const live = this.instances.filter((i) => i.alive);
      const target = live[this.next++ % Math.max(live.length, 1)];
      if (!target) {
        res.writeHead(502).end();
        return;
      }
      proxy.web(req, res, { target: target.url }, () => {
        if (!res.headersSent) res.writeHead(502).end();
      });
    });
    this.server.on('upgrade', (req, socket, head) => {
      this.upgraded.add(socket);
      socket.once('close', () => this.upgraded.delete(socket));
      // An instance killed mid-stream resets the person's side too (ECONNRESET): that ends this
      // connection, never the process (it was an uncaught error in the SIGKILL tests under load).
      socket.on('error', () => socket.destroy());
      const live = this.instances.filter((i) => i.alive);
      const target = live[this.next++ % live.length];
      proxy.ws(req, socket, head, { target: target.url }, () => socket.destroy());
    });
    this.port = await freePort();
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    for (const socket of this.upgraded) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve) ?? resolve(undefined));
  }
}
