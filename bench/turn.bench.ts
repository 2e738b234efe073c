/**
 * `npm run bench:turn [-- --storage redis] [-- --quick]`: what a turn costs the project next to
 * a baseline bot that does nothing but the same I/O.
 *
 * One run, one process tree, loopback only: this process is the load generator and the local
 * Bot Connector; the project's server (composed as index.ts composes it) and the baseline
 * (a bare ActivityHandler on the same CloudAdapter, store, connector and restify, replaying
 * the project's replies and state, see bench/turn/baselineBot.ts) each run in a child process.
 * Prints the project's RSS after start-up and after --idle-seconds of idle, then for 10 and 100
 * concurrent conversations: turns/s, replies/s, p50 and p99 for both bots over three runs,
 * their ratios and the spread. Goal (issue 12): project >= 0.7x the baseline's turns/s and
 * p99 <= 2x; RSS after start-up and 60 s idle <= 150 MB.
 *
 * Options: --storage lowdb|redis  --redis-url URL (default: a private redis-server on a free
 *          loopback port, stopped with the bench; Debian's redis-server on the PATH)
 *          --loads 10,100  --runs 3  --seconds 10  --warmup-seconds 8  --idle-seconds 60
 *          --quick (a smoke run: everything short)  --cpu-prof / --alloc-prof (profile both
 *          servers' CPU, or what they allocate, during the measured runs only, into the printed
 *          folder)  --heap (after the warm-up and after each load: both servers' heap after a full
 *          garbage collection, what they keep; the collection happens between runs, outside the
 *          measured time)  --heap-snapshot (--heap, and the project's heap snapshots at those points,
 *          into the printed folder)  --keep (keep the temp folder: logs, state)
 * With Redis it also prints, for each load, the Redis commands each server sent a turn (each one a
 * round trip; bench/turn/redisCount.ts) and the Redis server's CPU a turn while each bot ran.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { RedisServer } from './scale/redisServer';
import { BotProcess } from './turn/botProcess';
import { calibrate } from './turn/calibrate';
import { LocalConnector } from './turn/connector';
import { runLoad, type LoadResult } from './turn/load';
import type { ServerOptions } from './turn/protocol';
import { perTurn, redisCpuMs } from './turn/redisCount';
import { SCRIPTS } from './turn/scripts';
import { figuresOf, median, spread, type RunFigures } from './turn/stats';

const { values: args } = parseArgs({
  options: {
    storage: { type: 'string', default: 'lowdb' },
    'redis-url': { type: 'string' },
    loads: { type: 'string', default: '10,100' },
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string' },
    'warmup-seconds': { type: 'string' },
    'idle-seconds': { type: 'string' },
    quick: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    'alloc-prof': { type: 'boolean', default: false },
    heap: { type: 'boolean', default: false },
    'heap-snapshot': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const quick = args.quick;
const storage = args.storage === 'redis' ? 'redis' : 'lowdb';
const loads = args.loads.split(',').map(Number);
const runs = Number(args.runs);
const seconds = Number(args.seconds ?? (quick ? 2 : 10));
const warmupSeconds = Number(args['warmup-seconds'] ?? (quick ? 1 : 8));
const idleSeconds = Number(args['idle-seconds'] ?? (quick ? 2 : 60));
const heapSnapshots = args['heap-snapshot'];
const heapCheck = args.heap || heapSnapshots;
const profileKind = args['alloc-prof'] ? 'alloc' : args['cpu-prof'] ? 'cpu' : undefined;
/** A bound on requests per run besides the time. */
const MAX_TURNS_PER_RUN = 50_000;

interface Paired {
  project: RunFigures;
  baseline: RunFigures;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => value.toFixed(1).padStart(7);
const rate = (value: number) => value.toFixed(0).padStart(8);

async function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') throw new Error('--redis-url must be on 127.0.0.1: the bench uses loopback only');
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Redis commands sent (by name), the Redis server's CPU and the turns, summed over a load's runs. */
function newRedisUse(): { sent: Record<string, number>; cpuMs: number; turns: number } {
  return { sent: {}, cpuMs: 0, turns: 0 };
}

function row(run: string, bot: string, f: RunFigures): string {
  const notes = [f.failures ? `${f.failures} failed` : '', f.unexpected ? `${f.unexpected} with other reply counts` : ''].filter(Boolean).join(', ');
  return `${run.padEnd(4)} ${bot.padEnd(9)} ${rate(f.turnsPerSecond)} ${rate(f.repliesPerSecond)} ${ms(f.p50)} ${ms(f.p99)} ${ms(f.max)}  ${f.cpuPerTurn.toFixed(2).padStart(11)}  ${f.turns}${notes ? `  (${notes})` : ''}`;
}

function summary(load: number, paired: Paired[]): string[] {
  const of = (bot: 'project' | 'baseline', pick: (f: RunFigures) => number) => paired.map((p) => pick(p[bot]));
  const turnRatios = paired.map((p) => p.project.turnsPerSecond / p.baseline.turnsPerSecond);
  const p99Ratios = paired.map((p) => p.project.p99 / p.baseline.p99);
  const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
  const turnRatio = median(turnRatios);
  const p99Ratio = median(p99Ratios);
  return [
    `  project  turns/s ${spread(of('project', (f) => f.turnsPerSecond))}, p99 ms ${spread(
      of('project', (f) => f.p99),
      1,
    )}`,
    `  baseline turns/s ${spread(of('baseline', (f) => f.turnsPerSecond))}, p99 ms ${spread(
      of('baseline', (f) => f.p99),
      1,
    )}`,
    `  CPU ms/turn: project ${median(of('project', (f) => f.cpuPerTurn)).toFixed(2)}, baseline ${median(of('baseline', (f) => f.cpuPerTurn)).toFixed(2)}`,
    `  ratio project/baseline turns/s ${turnRatio.toFixed(2)}x (runs ${turnRatios.map((r) => r.toFixed(2)).join(' ')}) ${verdict(turnRatio >= 0.7)} >= 0.7x`,
    `  ratio project/baseline p99     ${p99Ratio.toFixed(2)}x (runs ${p99Ratios.map((r) => r.toFixed(2)).join(' ')}) ${verdict(p99Ratio <= 2)} <= 2x   [${load} conversations]`,
  ];
}

async function main(): Promise<void> {
  // A private Redis unless one is named: nothing of another run (or of anyone) in the way, and nothing left behind.
  const redis = storage === 'redis' && !args['redis-url'] ? await RedisServer.start() : undefined;
  const redisUrl = args['redis-url'] ?? redis?.url ?? 'redis://127.0.0.1:6379';
  if (storage === 'redis' && !(await redisReachable(redisUrl))) {
    throw new Error(`--storage redis: no Redis server at ${redisUrl} (start one, e.g. redis-server --port 6379 --save '' --appendonly no)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-turn-'));
  const tag = randomBytes(4).toString('hex');
  const profileDir = join(dir, 'profile');
  const options = (bot: string): ServerOptions => {
    const stateDir = join(dir, bot, 'state');
    mkdirSync(stateDir, { recursive: true });
    return { storage, stateDir, redisUrl, advisorDir: join(dir, bot, 'advisor') };
  };
  // Reads the server's CPU time between runs (INFO cpu), never during one.
  const redisClient = storage === 'redis' ? new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 }) : undefined;
  const connector = new LocalConnector();
  const serviceUrl = await connector.start();
  let project: BotProcess | undefined;
  let baseline: BotProcess | undefined;
  if (Number(process.versions.node.split('.')[0]) < 22) {
    console.log(`warning: node ${process.version} runs the servers; the project targets Node 22 (npm run bench:turn puts it first on the PATH)`);
  }
  console.log(
    `bench:turn  storage=${storage}${redis ? ` (private redis-server on ${redis.port})` : ''}  loads=${loads.join(',')}  runs=${runs} x ${seconds} s  warm-up ${warmupSeconds} s  node ${process.version}  (${dir})`,
  );
  try {
    await BotProcess.build();
    project = await BotProcess.start('project', options('project'), join(dir, 'project.log'));
    const startRss = project.rssMb();
    console.log(`project server RSS after start-up: ${startRss.toFixed(0)} MB`);
    await sleep(idleSeconds * 1000);
    const idle = await project.memory();
    console.log(
      `project server RSS after ${idleSeconds} s idle: ${project.rssMb().toFixed(0)} MB  (heap used ${mb(idle.heapUsed)} of ${mb(idle.heapTotal)}, external ${mb(idle.external)})` +
        `  ${idleSeconds >= 60 ? (project.rssMb() <= 150 ? 'meets' : 'MISSES') + ' <= 150 MB' : '(not the 60 s measure)'}`,
    );

    const calibration = await calibrate(project, connector, serviceUrl, SCRIPTS, tag);
    const replayFile = join(dir, 'replay.json');
    writeFileSync(replayFile, JSON.stringify(calibration.table));
    console.log(
      `project's turns (${SCRIPTS.length} scripts, ${calibration.turns} steps, 5 languages): ${(calibration.replies / calibration.turns).toFixed(2)} replies/turn, ` +
        `${(calibration.replyBytes / calibration.replies).toFixed(0)} B/reply, ${(calibration.stateBytes / calibration.turns).toFixed(0)} B of state/turn; the baseline replays them`,
    );
    baseline = await BotProcess.start('baseline', { ...options('baseline'), replayFile }, join(dir, 'baseline.log'));
    console.log(`baseline server RSS after start-up: ${baseline.rssMb().toFixed(0)} MB`);

    const bots = { project, baseline };
    const drive = (bot: BotProcess, conversations: number, secondsOfLoad: number, id: string): Promise<LoadResult> =>
      runLoad({
        botUrl: bot.url,
        serviceUrl,
        connector,
        scripts: SCRIPTS,
        conversations,
        seconds: secondsOfLoad,
        maxTurns: MAX_TURNS_PER_RUN,
        idPrefix: `${bot.role[0]}-${tag}-${id}`,
        expectedReplies: calibration.expectedReplies,
      });

    for (const bot of [baseline, project]) await drive(bot, Math.max(...loads), warmupSeconds, 'warm');
    connector.clear();
    let conversationsSoFar = 0;
    const heapReport = async (when: string) => {
      if (!heapCheck) return;
      mkdirSync(profileDir, { recursive: true });
      const snapshot = heapSnapshots ? join(profileDir, `project-${when.replace(/\W+/g, '-')}.heapsnapshot`) : undefined;
      const [p, b] = [await project!.heapAfterGc(snapshot), await baseline!.heapAfterGc()];
      console.log(
        `heap after a full GC, ${when}: project ${mb(p.heapUsed)} (RSS ${project!.rssMb().toFixed(0)} MB), baseline ${mb(b.heapUsed)} (RSS ${baseline!.rssMb().toFixed(0)} MB); ${conversationsSoFar} conversations measured so far`,
      );
    };
    await heapReport('after warm-up');
    if (profileKind) {
      mkdirSync(profileDir, { recursive: true });
      for (const bot of [baseline, project]) await bot.startProfile(profileKind);
    }

    for (const load of loads) {
      console.log(`\n${load} concurrent conversations (${storage})`);
      console.log(`run  bot        turns/s replies/s  p50 ms  p99 ms  max ms  CPU ms/turn  turns`);
      const paired: Paired[] = [];
      const redisUse = { project: newRedisUse(), baseline: newRedisUse() };
      for (let run = 1; run <= runs; run++) {
        // Alternate who goes first, so a slow patch of the shared machine hits both alike.
        const order: Array<'project' | 'baseline'> = run % 2 ? ['baseline', 'project'] : ['project', 'baseline'];
        const figures = {} as Paired;
        for (const name of order) {
          const cpuBefore = await bots[name].cpuMs();
          const redisBefore = redisClient ? { sent: await bots[name].redisSent(), cpu: await redisCpuMs(redisClient) } : undefined;
          const result = await drive(bots[name], load, seconds, `${load}-${run}`);
          if (name === 'project') conversationsSoFar += result.conversations;
          figures[name] = figuresOf(result, (await bots[name].cpuMs()) - cpuBefore);
          if (redisClient && redisBefore) {
            const use = redisUse[name];
            use.cpuMs += (await redisCpuMs(redisClient)) - redisBefore.cpu;
            use.turns += result.turns.length;
            for (const [command, n] of Object.entries(await bots[name].redisSent()))
              use.sent[command] = (use.sent[command] ?? 0) + n - (redisBefore.sent[command] ?? 0);
          }
          const stray = connector.clear();
          if (stray) console.log(`  (${stray} replies arrived after their turn's HTTP response)`);
        }
        for (const name of ['baseline', 'project'] as const) console.log(row(String(run), name, figures[name]));
        paired.push(figures);
      }
      for (const line of summary(load, paired)) console.log(line);
      await heapReport(`after ${load} conversations`);
      if (redisClient)
        for (const name of ['project', 'baseline'] as const) {
          const use = redisUse[name];
          console.log(
            `  Redis a turn, ${name.padEnd(8)}: ${perTurn({}, use.sent, use.turns)} commands sent (round trips), Redis server CPU ${(use.cpuMs / use.turns).toFixed(3)} ms`,
          );
        }
    }
    if (profileKind) {
      const extension = profileKind === 'cpu' ? 'cpuprofile' : 'heapprofile';
      for (const bot of [baseline, project]) await bot.stopProfile(profileKind, join(profileDir, `${bot.role}.${extension}`));
    }
    const loaded = await project.memory();
    console.log(
      `\nproject server RSS after the load: ${project.rssMb().toFixed(0)} MB (heap used ${mb(loaded.heapUsed)} of ${mb(loaded.heapTotal)}, external ${mb(loaded.external)}); baseline: ${baseline.rssMb().toFixed(0)} MB`,
    );
  } finally {
    await Promise.all([project?.stop(), baseline?.stop()]);
    redisClient?.disconnect();
    await connector.stop();
    await redis?.stop();
    const errors = (name: string) => {
      try {
        return readFileSync(join(dir, `${name}.log`), 'utf8')
          .split('\n')
          .filter((line) => /"level":(50|60)|turn error/.test(line)).length;
      } catch {
        return 0;
      }
    };
    const logged = errors('project') + errors('baseline');
    if (logged) console.log(`${logged} error lines in the servers' logs (${dir})`);
    if (profileKind === 'cpu')
      console.log(`CPU profiles of both servers' measured runs in ${profileDir} (analyse: npx tsx bench/cpuprofile.ts ${profileDir}/project.cpuprofile)`);
    if (heapSnapshots) console.log(`the project's heap snapshots in ${profileDir} (Chrome DevTools' Memory panel, or npx tsx bench/heapsnapshot.ts A B)`);
    if (profileKind === 'alloc') console.log(`allocation profiles of both servers' measured runs in ${profileDir} (open in Chrome DevTools' Memory panel)`);
    if (!profileKind && !heapSnapshots && !args.keep && !logged) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
