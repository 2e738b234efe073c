/**
 * The blind risk set is fixed once written (data/risk/README.md): a changed file would mean
 * someone tuned it. Only hashes and counts are read here, never the texts.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const README = readFileSync(new URL('../../data/risk/README.md', import.meta.url), 'utf8');
const DIR = new URL('../../data/risk/blind/', import.meta.url);
const recorded = new Map([...README.matchAll(/^\| `([\w-]+\.jsonl)` \| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1], m[2]]));

describe('data/risk/blind', () => {
  const files = readdirSync(DIR)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();

  it('every file is recorded in data/risk/README.md, and nothing recorded is missing', () => {
    expect(files).to.deep.equal([...recorded.keys()].sort());
    expect(files.length).to.be.at.least(13);
  });

  for (const file of files) {
    it(`${file} is unchanged since it was recorded`, () => {
      const hash = createHash('sha256')
        .update(readFileSync(new URL(file, DIR)))
        .digest('hex');
      expect(hash).to.equal(recorded.get(file));
    });
  }
});
