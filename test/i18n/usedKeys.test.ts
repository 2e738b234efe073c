/**
 * Every literal key the code asks a translator for exists in English: i18next
 * would otherwise show the key itself ("common.welcome.helo") to the person.
 * Keys built at run time (`topics.${id}`) are not seen here.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLocale } from '../../i18n';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = new Set(['node_modules', 'test', 'bench', '.git', '.data']);
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Code only: comment lines may show made-up example keys. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

function flattenKeys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => flattenKeys(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

/** `t('file.key')`, `t("file.key", {...})`, also through `guide.t(` or `facts.guide.t(`. */
function literalKeys(source: string): string[] {
  return [...withoutComments(source).matchAll(/\bt\(\s*['"]([a-z][A-Za-z0-9_]*\.[A-Za-z0-9_.]+)['"]/g)].map((m) => m[1]!);
}

describe('translation keys used in the code', () => {
  it('finds literal keys and ignores comments (the scan itself)', () => {
    const source = "/** t('doc.example') */\n// t('line.comment')\nsay(t('common.help.text'), guide.t(\"crisis.title\", { org }));";
    expect(literalKeys(source)).to.deep.equal(['common.help.text', 'crisis.title']);
  });

  it('exist in locales/en', () => {
    const english = new Set(flattenKeys(readLocale('en')).map((key) => key.replace(PLURAL_SUFFIX, '')));
    const files = sourceFiles(ROOT);
    expect(files.length).to.be.greaterThan(20);
    const missing = files.flatMap((file) =>
      literalKeys(readFileSync(file, 'utf8'))
        .filter((key) => !english.has(key))
        .map((key) => `${relative(ROOT, file)}: ${key}`),
    );
    expect(missing).to.deep.equal([]);
  });
});
