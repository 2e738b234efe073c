/**
 * Redis round trips a turn, counted where they start: each bench server counts the commands its
 * own clients send (bench only; installed before anything connects), by name. A script is one
 * command however much it does inside; the bench reads the server's own CPU time beside it
 * (redisCpuMs), since a script costs Redis more than a plain read.
 */
import { Redis } from 'ioredis';

const sent = new Map<string, number>();

/** Counts every command any ioredis client of this process sends from now on. */
export function countRedisCommands(): void {
  const send = Redis.prototype.sendCommand;
  Redis.prototype.sendCommand = function (this: Redis, ...args: Parameters<Redis['sendCommand']>) {
    const name = args[0].name.toUpperCase();
    sent.set(name, (sent.get(name) ?? 0) + 1);
    return send.apply(this, args);
  };
}

/** Commands sent so far, by name. */
export function redisCommandsSent(): Record<string, number> {
  return Object.fromEntries(sent);
}

/** The Redis server's CPU time so far (user + system, INFO cpu), in ms. */
export async function redisCpuMs(client: Redis): Promise<number> {
  const info = await client.info('cpu');
  const field = (name: string) => Number(new RegExp(`^${name}:([0-9.]+)`, 'm').exec(info)?.[1] ?? NaN);
  return (field('used_cpu_user') + field('used_cpu_sys')) * 1000;
}

/** "2.04 (EVALSHA 2.04)": commands a turn between two counts, the busiest first. */
export function perTurn(before: Record<string, number>, after: Record<string, number>, turns: number): string {
  const names = Object.keys(after)
    .map((name) => [name, ((after[name] ?? 0) - (before[name] ?? 0)) / turns] as const)
    .filter(([, n]) => n >= 0.005)
    .sort((a, b) => b[1] - a[1]);
  const total = names.reduce((sum, [, n]) => sum + n, 0);
  return `${total.toFixed(2)} (${names.map(([name, n]) => `${name} ${n.toFixed(2)}`).join(', ')})`;
}
