/**
 * The texts the model learns from: the written training set (data/risk/train/)
 * and the train split of the real texts (data/risk/real/, see DATASETS.md).
 * Never the blind set (data/risk/blind/), the real test split or the shared dev set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledText } from './train';

export const RISK_DATA_DIR = fileURLToPath(new URL('../../data/risk/', import.meta.url));

export interface DataRow extends LabelledText {
  lang: string;
  split?: string;
  kind?: string;
  source?: string;
  script?: string;
  /** Which writing round the row comes from (its file's prefix, or `real`): the proxy holds out one at a time. */
  round?: string;
}

/** `more-en.jsonl` → more, `contrast2-pl.jsonl` → contrast, `en.jsonl` → first. */
export function roundOf(file: string): string {
  const prefix = /^([a-z]+?)\d*-/.exec(file)?.[1];
  return prefix && !['ur'].includes(prefix) ? prefix : 'first';
}

export function readJsonl(path: string): DataRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DataRow);
}

export function readFolder(folder: string, keep: (row: DataRow) => boolean = () => true): DataRow[] {
  const dir = join(RISK_DATA_DIR, folder);
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort();
  } catch {
    return [];
  }
  return files.flatMap((f) => readJsonl(join(dir, f)).map((row) => ({ ...row, round: folder === 'real' ? 'real' : roundOf(f) }))).filter(keep);
}

export function trainingRows(): DataRow[] {
  return [...readFolder('train'), ...readFolder('real', (row) => row.split === 'train')];
}
