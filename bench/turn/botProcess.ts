/** The bench's handle on a bot server child: start it, ask it things, read its RSS, stop it. */
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../../scripts/build-server.mjs';
import type { BotRole, MemoryReport, Message, ProfileKind, Request, ServerOptions } from './protocol';

// The servers run as `npm start` runs the bot: bundled, on plain Node (see scripts/build-server.mjs).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = fileURLToPath(new URL('./server.ts', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../dist/bench-server.mjs', import.meta.url));
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

type Pending = (message: Message) => void;

export class BotProcess {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(
    readonly role: BotRole,
    readonly url: string,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (message: Message) => {
      if ('id' in message) {
        this.pending.get(message.id)?.(message);
        this.pending.delete(message.id);
      }
    });
  }

  /** Bundles server.ts once per bench run (both roles share the bundle). */
  static async build(): Promise<void> {
    await buildServer(relative(ROOT, SOURCE), relative(ROOT, BUNDLE));
  }

  /** The Node flags `npm start` gives the server (package.json), so both bench servers run with them too. */
  static startFlags(): string[] {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const command = /\bnode((?:\s+--\S+)*)\s+dist\/server\.mjs/.exec(pkg.scripts.start ?? '');
    return (command?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
  }

  /** Starts `node [npm start's flags] [nodeArgs] dist/bench-server.mjs role` (after `build`), its standard error going to `logPath`. */
  static async start(role: BotRole, options: ServerOptions, logPath: string, nodeArgs: string[] = []): Promise<BotProcess> {
    const log = openSync(logPath, 'a');
    const child = fork(BUNDLE, [role], {
      execArgv: [...BotProcess.startFlags(), ...nodeArgs],
      env: { ...process.env, BENCH_SERVER: JSON.stringify(options) },
      stdio: ['ignore', log, log, 'ipc'],
    });
    closeSync(log);
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${role} server did not start within ${START_TIMEOUT_MS / 1000} s (see ${logPath})`)), START_TIMEOUT_MS);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${role} server exited with ${code} before it was ready (see ${logPath})`));
      });
      child.on('message', (message: Message) => {
        if (message.type === 'ready') {
          clearTimeout(timer);
          resolve(message.url);
        }
      });
    });
    return new BotProcess(role, url, child);
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Resident set size in MB, read by the bench from /proc (the child does nothing for it). */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  }

  async memory(): Promise<MemoryReport> {
    const reply = await this.request({ id: 0, type: 'memory' });
    if (reply.type !== 'memory') throw new Error(`${this.role}: no memory report`);
    return reply.memory;
  }

  /** Memory after a full garbage collection: what the server keeps. With `snapshot`, a heap snapshot written to that path. */
  async heapAfterGc(snapshot?: string): Promise<MemoryReport> {
    const reply = await this.request({ id: 0, type: 'heap', ...(snapshot ? { snapshot } : {}) });
    if (reply.type !== 'heap') throw new Error(`${this.role}: no heap report`);
    return reply.memory;
  }

  /** CPU time the server has used so far (user + system), in ms. */
  async cpuMs(): Promise<number> {
    const reply = await this.request({ id: 0, type: 'cpu' });
    if (reply.type !== 'cpu') throw new Error(`${this.role}: no CPU report`);
    return reply.micros / 1000;
  }

  /** Redis commands the server has sent so far, by name (counted with --storage redis only). */
  async redisSent(): Promise<Record<string, number>> {
    const reply = await this.request({ id: 0, type: 'redis' });
    if (reply.type !== 'redis') throw new Error(`${this.role}: no Redis count`);
    return reply.sent;
  }

  async state(key: string): Promise<Record<string, unknown> | undefined> {
    const reply = await this.request({ id: 0, type: 'state', key });
    if (reply.type !== 'state') throw new Error(`${this.role}: could not read state (${reply.type === 'error' ? reply.message : reply.type})`);
    return reply.item;
  }

  /** Starts profiling the server (CPU or allocations) until `stopProfile`. */
  async startProfile(kind: ProfileKind): Promise<void> {
    const reply = await this.request({ id: 0, type: 'profile', kind, action: 'start' });
    if (reply.type !== 'profiled') throw new Error(`${this.role}: could not start a ${kind} profile (${reply.type === 'error' ? reply.message : reply.type})`);
  }

  /** Stops the profile and has the server write it to `path`. */
  async stopProfile(kind: ProfileKind, path: string): Promise<void> {
    const reply = await this.request({ id: 0, type: 'profile', kind, action: 'stop', path });
    if (reply.type !== 'profiled')
      throw new Error(`${this.role}: could not write the ${kind} profile (${reply.type === 'error' ? reply.message : reply.type})`);
  }

  /** Graceful stop (turns finish, storage closes); killed if it takes too long. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    this.child.send({ id: this.nextId++, type: 'stop' } satisfies Request);
    await exited;
    clearTimeout(timer);
  }

  private request(request: Request): Promise<Message> {
    const id = this.nextId++;
    return new Promise<Message>((resolve) => {
      this.pending.set(id, resolve);
      this.child.send({ ...request, id });
    });
  }
}
