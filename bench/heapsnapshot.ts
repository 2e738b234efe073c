/**
 * `npx tsx bench/heapsnapshot.ts A.heapsnapshot [B.heapsnapshot] [--top 30]`: what a V8 heap
 * snapshot holds, by node type and constructor (count and self size), biggest first; with B, what
 * B holds beyond A (the growth between two points, e.g. bench:turn --heap-snapshot after 10 and
 * after 100 conversations). Self sizes only: a Map's entries count under the Map's backing store
 * ('system / ...' and '(object elements)'), strings under 'string'.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

interface Group {
  count: number;
  bytes: number;
}

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
const top = Number(args.top);

function groups(path: string): Map<string, Group> {
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const out = new Map<string, Group>();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]!]!;
    const name = snapshot.strings[snapshot.nodes[i + nameAt]!]!;
    // Strings and code are grouped by type; objects by constructor; the rest by type and name.
    const key = type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'code' ? type : `${type} ${name.slice(0, 60)}`;
    const group = out.get(key) ?? { count: 0, bytes: 0 };
    group.count++;
    group.bytes += snapshot.nodes[i + sizeAt]!;
    out.set(key, group);
  }
  return out;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`.padStart(10);
const [first, second] = positionals;
if (!first) throw new Error('usage: npx tsx bench/heapsnapshot.ts A.heapsnapshot [B.heapsnapshot] [--top 30]');
const a = groups(first);
const total = (g: Map<string, Group>) => [...g.values()].reduce((n, x) => n + x.bytes, 0);
if (!second) {
  console.log(`${first}: ${kb(total(a))} in all`);
  for (const [key, g] of [...a].sort((x, y) => y[1].bytes - x[1].bytes).slice(0, top)) console.log(`${kb(g.bytes)} ${String(g.count).padStart(9)}  ${key}`);
} else {
  const b = groups(second);
  console.log(`${second} beyond ${first}: ${kb(total(b) - total(a))} (${kb(total(a))} -> ${kb(total(b))})`);
  const keys = new Set([...a.keys(), ...b.keys()]);
  const rows = [...keys].map((key) => {
    const x = a.get(key) ?? { count: 0, bytes: 0 };
    const y = b.get(key) ?? { count: 0, bytes: 0 };
    return { key, bytes: y.bytes - x.bytes, count: y.count - x.count };
  });
  for (const r of rows.sort((x, y) => Math.abs(y.bytes) - Math.abs(x.bytes)).slice(0, top))
    console.log(`${kb(r.bytes)} ${String(r.count).padStart(9)}  ${r.key}`);
}
