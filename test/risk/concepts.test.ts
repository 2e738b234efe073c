/** Concepts in patterns: @name expands to every language's entries; an unknown name is an error, not silence. */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { compilePattern } from '../../risk/pattern';
import { mergeConcepts, type ConceptFile } from '../../risk/rules';

const DIR = new URL('../../data/risk/concepts/', import.meta.url);
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, file: JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as ConceptFile }));

describe('risk concepts', () => {
  it('a concept expands to its entries, as alternatives of one term', () => {
    const [sequence] = compilePattern('@face ~3 @droop', { face: ['face', 'mouth'], droop: ['droop*', 'lopsided'] });
    expect(sequence?.map((term) => term.alternatives.length)).to.deep.equal([2, 2]);
    expect(sequence?.[1]?.alternatives[0]?.[0]).to.deep.equal({ text: 'droop', prefix: true });
  });

  it('a concept mixes with literal alternatives', () => {
    const [sequence] = compilePattern('cheek|@face', { face: ['face'] });
    expect(sequence?.[0]?.alternatives.map((alt) => alt[0]?.text)).to.deep.equal(['cheek', 'face']);
  });

  it('an unknown concept stops the compile with its name', () => {
    expect(() => compilePattern('@nosuch ~2 thing', {})).to.throw(/unknown concept "@nosuch"/);
  });

  const files2 = [
    { language: 'en', concepts: { face: ['face', 'mouth'] } },
    { language: 'cy', concepts: { face: ['wyneb', 'face'] } },
  ];
  it('a rule of several languages sees their entries merged by concept name, without duplicates', () => {
    expect(mergeConcepts(files2, ['en', 'cy']).face).to.deep.equal(['face', 'mouth', 'wyneb']);
  });

  it("a rule sees only its own languages' entries (its unless clauses are written for them)", () => {
    expect(mergeConcepts(files2, ['cy']).face).to.deep.equal(['wyneb', 'face']);
    expect(mergeConcepts(files2, ['pl']).face).to.equal(undefined);
  });

  for (const { name, file } of files) {
    it(`${name}: its language matches its file name, and no Latin entry is one or two letters (every message is read against every language)`, () => {
      expect(name).to.equal(`${file.language}.json`);
      for (const [concept, entries] of Object.entries(file.concepts)) {
        for (const entry of entries) {
          if (/^[a-z]+$/i.test(entry)) expect(entry.length, `${concept}: ${entry}`).to.be.at.least(3);
        }
      }
    });
  }
});
