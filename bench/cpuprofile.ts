/**
 * `npx tsx bench/cpuprofile.ts FILE.cpuprofile [--top 30] [--focus TEXT]`: where a V8 CPU profile
 * (node --cpu-prof) spent its time: self and total time per function, per file and per package,
 * and the special nodes (GC, idle, program). Total time counts a function once per sample even
 * when it recurses. --focus keeps only samples with a frame whose function or file contains TEXT.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '30' }, focus: { type: 'string' } },
});
const top = Number(args.top);

function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) return path.slice(modules + 14);
  const cwd = process.cwd();
  return path.startsWith(cwd) ? path.slice(cwd.length + 1) : path || '(native)';
}

/** "botbuilder-core", "@azure/msal-node", "project: storage", "node:internal", ... */
function packageOf(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + 14).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (path.startsWith('node:')) return path.split('/').slice(0, 2).join('/');
  if (!path) return '(native or V8)';
  const cwd = process.cwd();
  return path.startsWith(cwd) ? `project: ${path.slice(cwd.length + 1).split('/')[0]}` : path;
}

function table(title: string, rows: Map<string, number>, total: number, also?: Map<string, number>): void {
  console.log(`\n${title}`);
  const sorted = [...rows.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, us] of sorted) {
    const extra = also ? `  ${((also.get(name) ?? 0) / 1000).toFixed(0).padStart(7)} ms` : '';
    console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%${extra}  ${name}`);
  }
}

function main(): void {
  const file = positionals[0];
  if (!file) throw new Error('usage: bench/cpuprofile.ts FILE.cpuprofile [--top 30] [--focus TEXT]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const fnKey = (f: CallFrame) => `${f.functionName || '(anonymous)'}  ${shortUrl(f.url)}:${f.lineNumber + 1}`;

  const selfFn = new Map<string, number>();
  const totalFn = new Map<string, number>();
  const selfFile = new Map<string, number>();
  const selfPackage = new Map<string, number>();
  const totalPackage = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const leaf = byId.get(id)!;
    const stack: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!.callFrame);
    if (args.focus && !stack.some((f) => f.functionName.includes(args.focus!) || f.url.includes(args.focus!))) return;
    if (leaf.callFrame.functionName === '(idle)') {
      idle += us;
      return;
    }
    total += us;
    add(selfFn, fnKey(leaf.callFrame), us);
    add(selfFile, shortUrl(leaf.callFrame.url), us);
    add(selfPackage, packageOf(leaf.callFrame.url), us);
    for (const key of new Set(stack.map(fnKey))) add(totalFn, key, us);
    for (const key of new Set(stack.map((f) => packageOf(f.url)))) add(totalPackage, key, us);
  });
  const wall = (profile.endTime - profile.startTime) / 1000;
  console.log(
    `${file}: ${(wall / 1000).toFixed(1)} s profiled, ${(total / 1000).toFixed(0)} ms busy, ${(idle / 1000).toFixed(0)} ms idle${args.focus ? ` (focus: ${args.focus})` : ''}`,
  );
  table(`top ${top} functions by self time`, selfFn, total, totalFn);
  table(`top ${top} functions by total time (self + callees)`, totalFn, total);
  table(`top ${top} files by self time`, selfFile, total);
  table(`packages by self time (then total)`, selfPackage, total, totalPackage);
}

main();
