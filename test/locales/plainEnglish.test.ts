import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * English wording aims at a reading age of 9 to 11 (US grade 4 to 6, since a
 * UK reading age is about the grade plus five), never calls the reader a
 * "carer", and glosses any jargon it cannot avoid.
 */
const EN = new URL('../../locales/en/', import.meta.url);

function* strings(node: unknown, path: string): Generator<[string, string]> {
  if (typeof node === 'string') yield [path, node];
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) yield* strings(v, path ? `${path}.${k}` : k);
}

const ALL = readdirSync(EN)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => [...strings(JSON.parse(readFileSync(new URL(file, EN), 'utf8')), file.replace('.json', ''))]);

/** Sentences the person reads; labels and fragments are too short to score. */
const SENTENCES = ALL.filter(([, text]) => text.split(/\s+/).length >= 8);

function grade(text: string): number {
  const plain = text.replace(/\{\{\w+\}\}/g, 'them').replace(/"[^"]*"/g, 'this');
  const words = plain.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const sentences = Math.max(1, (plain.match(/[.!?]+(\s|$)/g) ?? []).length);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) });
}

describe('English wording is plain', () => {
  it('has enough sentences to judge', () => {
    expect(SENTENCES.length).to.be.greaterThan(40);
  });

  it('reads at grade 6 or below on average (reading age about 11)', () => {
    const mean = SENTENCES.reduce((sum, [, text]) => sum + grade(text), 0) / SENTENCES.length;
    expect(mean).to.be.at.most(6);
  });

  it('has no single message above grade 10', () => {
    const hard = SENTENCES.filter(([, text]) => grade(text) > 10).map(([key, text]) => `${key} (${grade(text).toFixed(1)}): ${text}`);
    expect(hard).to.deep.equal([]);
  });

  it('never calls the reader a carer or caregiver, except when naming the official thing', () => {
    const labelled = ALL.filter(([, text]) =>
      /\bcare-?givers?\b|\bcarers?\b(?!'s (allowance|assessment|credit)| support payment| support plan)/i.test(text),
    ).map(([key]) => key);
    expect(labelled).to.deep.equal([]);
  });

  for (const jargon of ['respite', 'domiciliary', 'social care', 'palliative']) {
    it(`explains "${jargon}" in plain words wherever it is used`, () => {
      const bare = ALL.filter(([, text]) => new RegExp(`\\b${jargon}\\b`, 'i').test(text))
        .filter(([, text]) => !/(sometimes called|this is called|which means|help people|team)/i.test(text))
        .map(([key]) => key);
      expect(bare).to.deep.equal([]);
    });
  }
});
