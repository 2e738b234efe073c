/**
 * npm run bench:scale: turns/s and p99 of one turn through the real HTTP API for 1 and 3
 * instances (`node dist/server.mjs`) on one Redis (a private redis-server on a free port) behind a
 * round-robin proxy, then the time from a risky message to the crisis reply's send with Redis
 * stopped (goal ≤ 3 s: the storage budget, STORAGE_TIMEOUT_MS, is 2 s).
 *
 *   npm run bench:scale [-- --conversations 40 --messages 5]
 */
import { parseArgs } from 'node:util';
import { buildServer, RoundRobinProxy, startInstance, type Instance } from './scale/instances';
import { RedisServer } from './scale/redisServer';
import { WebChatPerson } from './scale/webChat';
import { messageActivity, postMessage } from './scale/messages';

const { values } = parseArgs({
  options: { conversations: { type: 'string', default: '40' }, messages: { type: 'string', default: '5' } },
});
const CONVERSATIONS = Number(values.conversations);
const MESSAGES = Number(values.messages);

let nextId = 0;
async function post(base: string, conversation: string, text: string): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const response = await postMessage(base, messageActivity(conversation, `b-${++nextId}`, text));
  const body = await response.text();
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  return { ms: performance.now() - started, body };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(label: string, redis: RedisServer, count: number): Promise<void> {
  const instances: Instance[] = await Promise.all(Array.from({ length: count }, () => startInstance(redis, { LOG_LEVEL: 'error' })));
  const proxy = new RoundRobinProxy(instances);
  const base = await proxy.start();
  try {
    await Promise.all(instances.map((instance, i) => post(instance.url, `warm-${label}-${i}`, 'hello')));
    const started = performance.now();
    const latencies = (
      await Promise.all(
        Array.from({ length: CONVERSATIONS }, async (_, c) => {
          const out: number[] = [];
          // Each conversation sends its messages one after another, as a person does; conversations run at once.
          for (let m = 0; m < MESSAGES; m++) out.push((await post(base, `${label}-${c}`, m === 0 ? 'hello' : 'money worries')).ms);
          return out;
        }),
      )
    ).flat();
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(
      `${label}: ${latencies.length} turns in ${seconds.toFixed(1)} s = ${(latencies.length / seconds).toFixed(1)} turns/s, p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`,
    );
  } finally {
    await proxy.stop();
    await Promise.all(instances.map((i) => i.kill('SIGTERM')));
  }
}

async function crisisWithRedisStopped(redis: RedisServer): Promise<void> {
  const instance = await startInstance(redis, { LOG_LEVEL: 'error' });
  try {
    await post(instance.url, 'down-warm', 'hello');
    // A Web Chat person on the local Direct Line, connected before Redis goes: the crisis reply on their stream.
    const person = await WebChatPerson.arrive(instance.url);
    await redis.stop();
    const webChat: number[] = [];
    for (let i = 0; i < 3; i++) webChat.push(await person.timeTo('I want to kill myself tonight', /116 123/));
    person.close();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { ms, body } = await post(instance.url, `down-${i}`, 'I want to kill myself tonight');
      if (!body.includes('116 123')) throw new Error('the crisis reply did not come back');
      times.push(ms);
    }
    await redis.start();
    // Hung rather than down (SIGSTOP): commands are accepted and never answered; the budget decides.
    // Wait until the instance has reconnected (its /readyz answers 200), so the pause finds a live connection.
    for (let i = 0; i < 100 && (await fetch(`${instance.url}/readyz`).then((r) => r.status)) !== 200; i++) await new Promise((r) => setTimeout(r, 100));
    redis.pause();
    for (let i = 0; i < 3; i++) {
      const { ms, body } = await post(instance.url, `hung-${i}`, 'I want to end my life');
      if (!body.includes('116 123')) throw new Error('the crisis reply did not come back');
      times.push(ms);
    }
    redis.resume();
    console.log(
      `crisis reply with Redis stopped (5) then hung (3): ${times.map((t) => t.toFixed(0)).join(', ')} ms; worst ${Math.max(...times).toFixed(0)} ms (goal ≤ 3000)`,
    );
    console.log(
      `crisis reply on a Web Chat stream (local Direct Line) with Redis stopped (3): ${webChat.map((t) => t.toFixed(0)).join(', ')} ms; worst ${Math.max(...webChat).toFixed(0)} ms (goal ≤ 3000)`,
    );
  } finally {
    redis.resume();
    await instance.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  buildServer();
  const redis = await RedisServer.start();
  try {
    console.log(`${CONVERSATIONS} conversations × ${MESSAGES} messages each, through a round-robin proxy, one Redis`);
    await run('1 instance', redis, 1);
    await run('3 instances', redis, 3);
    await crisisWithRedisStopped(redis);
  } finally {
    await redis.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
