/**
 * What one turn costs LowdbStorage (read + write of a realistic conversation state) with
 * 100, 10,000 and 100,000 stored conversations, and what `expireIdle` costs with 100 idle
 * ones among them. Run: `npm run bench:storage`. Data goes to a temp folder, removed after.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUCKET_MS, bucketPath, bucketStart, expiryDir, hashKey, itemPath, serialiseStateFile } from '../storage/lowdbLayout';
import { LowdbStorage } from '../storage/lowdbStorage';

const SIZES = [100, 10_000, 100_000];
const IDLE_CONVERSATIONS = 100;
const TURNS = 2_000;
const WARM_UP_TURNS = 200;
const HOUR = BUCKET_MS;

/** Roughly what ConversationState holds mid-dialog (about 2 KB of JSON). */
function conversationState(n: number): Record<string, unknown> {
  return {
    DialogState: {
      dialogStack: [
        { id: 'root', state: { options: {}, values: { instanceId: `root-${n}` }, stepIndex: 2 } },
        {
          id: 'situation',
          state: {
            options: { prompt: 'Who are you here about?' },
            values: {
              instanceId: `situation-${n}`,
              caringFor: 'my husband',
              topics: ['money', 'a break'],
              postcodeDistrict: 'LS6',
              locale: 'en-GB',
            },
            stepIndex: 3,
          },
        },
        { id: 'choicePrompt', state: { options: { choices: ['Money', 'A break', 'Feelings', 'I’m not sure'] }, state: { attemptCount: 1 } } },
      ],
    },
    conversationData: {
      turnCount: n % 40,
      lastRisk: { level: 'none', categories: [], rules: [] },
      offered: ['benefits-check', 'carers-assessment'],
      declined: ['respite'],
      plan: { next: 'Call Carers Leeds on 0113 380 4300', who: 'Carers Leeds', say: 'I look after my husband and need a break.' },
      transcriptNote: 'x'.repeat(900),
    },
  };
}

/** Writes `count` state files and their index lines straight to disk: much faster than `write()`. */
function generate(dir: string, prefix: string, count: number, lastWriteOf: (i: number) => number): string[] {
  const keys: string[] = [];
  const buckets = new Map<number, string[]>();
  for (let i = 0; i < count; i++) {
    const key = `webchat/conversations/${prefix}-${i}`;
    const hash = hashKey(key);
    const lastWrite = lastWriteOf(i);
    const item = { ...conversationState(i), eTag: `gen-${i}` };
    writeFileSync(itemPath(dir, hash), serialiseStateFile({ key, lastWrite, item }));
    const start = bucketStart(lastWrite);
    const listed = buckets.get(start) ?? [];
    listed.push(hash);
    buckets.set(start, listed);
    keys.push(key);
  }
  for (const [start, hashes] of buckets) writeFileSync(bucketPath(dir, start), `${hashes.join('\n')}\n`, { flag: 'a' });
  return keys;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(size: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'storage-bench-'));
  try {
    const now = Date.now();
    for (let i = 0; i < 256; i++) mkdirSync(join(dir, 'items', i.toString(16).padStart(2, '0')), { recursive: true });
    mkdirSync(expiryDir(dir), { recursive: true });
    const generating = performance.now();
    // Live conversations spread over the last 23 hours; idle ones 25 to 47 hours old.
    const live = generate(dir, 'live', size, (i) => now - ((i * 7919) % (23 * HOUR)));
    generate(dir, 'idle', IDLE_CONVERSATIONS, (i) => now - 25 * HOUR - ((i * 7919) % (22 * HOUR)));
    const generateMs = performance.now() - generating;

    const storage = new LowdbStorage({ dir });
    const timings: number[] = [];
    for (let turn = 0; turn < WARM_UP_TURNS + TURNS; turn++) {
      const key = live[(turn * 104729) % live.length];
      const started = performance.now();
      const state = (await storage.read([key]))[key];
      state.conversationData.turnCount++;
      // botbuilder's BotState saves with eTag '*'.
      await storage.write({ [key]: { ...state, eTag: '*' } });
      if (turn >= WARM_UP_TURNS) timings.push(performance.now() - started);
    }
    const sweeping = performance.now();
    const report = await storage.expireIdle();
    const sweepMs = performance.now() - sweeping;
    await storage.close();

    timings.sort((a, b) => a - b);
    const mean = timings.reduce((sum, t) => sum + t, 0) / timings.length;
    return [
      size.toLocaleString('en-GB'),
      percentile(timings, 50).toFixed(3),
      percentile(timings, 99).toFixed(3),
      mean.toFixed(3),
      sweepMs.toFixed(1),
      `${report.deleted}/${report.candidates}`,
      (generateMs / 1000).toFixed(1),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const header = ['stored', 'turn p50 ms', 'turn p99 ms', 'turn mean ms', 'expireIdle ms', 'deleted/read', 'setup s'];
const rows: string[][] = [];
for (const size of SIZES) {
  rows.push(await measure(size));
  console.error(`measured ${size} conversations`);
}
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
const line = (cells: string[]): string => cells.map((cell, i) => cell.padStart(widths[i])).join('  ');
console.log(`LowdbStorage: one turn = read + write of a ~2 KB conversation state (${TURNS} turns after ${WARM_UP_TURNS} warm-up);`);
console.log(`expireIdle with ${IDLE_CONVERSATIONS} idle conversations among the stored ones.`);
console.log(line(header));
for (const row of rows) console.log(line(row));
