/** Figures of one run, and their spread across runs. */
import type { LoadResult } from './load';

export interface RunFigures {
  turnsPerSecond: number;
  repliesPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** The server's CPU time (user + system) per turn, in ms: less sensitive to a busy machine than latency. */
  cpuPerTurn: number;
  turns: number;
  failures: number;
  unexpected: number;
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export function figuresOf(result: LoadResult, cpuMs: number): RunFigures {
  const latencies = Float64Array.from(result.turns, (t) => t.latencyMs).sort();
  const replies = result.turns.reduce((n, t) => n + t.replies, 0);
  return {
    turnsPerSecond: result.turns.length / result.seconds,
    repliesPerSecond: replies / result.seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? NaN,
    cpuPerTurn: cpuMs / result.turns.length,
    turns: result.turns.length,
    failures: result.failures,
    unexpected: result.unexpectedReplyCounts,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "min–max (±x% of the median)" */
export function spread(values: number[], digits = 0): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const m = median(values);
  return `${lo.toFixed(digits)}–${hi.toFixed(digits)} (±${(((hi - lo) / 2 / m) * 100).toFixed(0)}%)`;
}
