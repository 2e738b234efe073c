/**
 * The term index is a filter only: the positions it gives each term are exactly the tokens
 * whose forms equal or begin with one of the term's first atoms (checked here by brute force
 * over the shipped rules), and the prefix walk finds what a loop over every length would.
 */
import { expect } from 'chai';
import { engine } from '../../risk/engine';
import { tokenForms } from '../../risk/match';
import { eachPrefix, termIndexOf, TermPositions, withStops } from '../../risk/termIndex';
import { normalizedTokens } from '../../text/normalize';
import type { Alternative } from '../../risk/pattern';

const MESSAGES = [
  "I want to die, I can't go on",
  'my mum took a whole box of paracetamol tablets',
  'أريد أن أموت وحرارته مرتفعة',
  '我想死，妈妈发烧39度',
  'suicidio suicidal suicide s u i c i d e',
  '',
  'a a a a a a a a a a a a',
];

function termsOf(): Alternative[][] {
  const set = engine.ruleSet!;
  const seen = new Set<Alternative[]>();
  for (const seq of set.sequences) for (const term of seq.terms) if (!term.temperature) seen.add(term.alternatives);
  return [...seen];
}

describe('risk/termIndex', () => {
  const set = engine.ruleSet!;
  const index = termIndexOf(set);
  const terms = termsOf();

  it('numbers every term of the rule set once', () => {
    expect(index.termCount).to.equal(terms.length);
    expect(index.sequenceTerms).to.have.length(set.sequences.length);
  });

  for (const message of MESSAGES) {
    it(`gives each term exactly the positions it can start at: ${JSON.stringify(message)}`, () => {
      const tokens = normalizedTokens(message);
      const where = new TermPositions(index);
      // Twice: the buffers are reused, and a second message must not see the first's positions.
      where.fill(normalizedTokens('something else entirely, suicide and pills'), tokenForms);
      where.fill(tokens, tokenForms);
      terms.forEach((alternatives, id) => {
        const expected: number[] = [];
        tokens.forEach((token, at) => {
          const starts = tokenForms(token).some((form) =>
            alternatives.some((alt) => alt[0] !== undefined && (alt[0].prefix ? form.startsWith(alt[0].text) : form === alt[0].text)),
          );
          if (starts) expected.push(at);
        });
        const start = where.start[id] ?? 0;
        const found = where.count[id] ? Array.from(where.positions.subarray(start, start + (where.count[id] ?? 0))) : [];
        expect(found, `term ${id}`).to.deep.equal(expected);
      });
    });
  }

  const PREFIXES = new Map<string, readonly number[]>([
    ['su', [1]],
    ['suicid', [2]],
    ['suicidal', [3]],
    ['ab', [4]],
  ]);
  const CASES: [string, number[]][] = [
    ['suicidal', [1, 2, 3]],
    ['suicide', [1, 2]],
    ['sum', [1]],
    ['s', []],
    ['abc', [4]],
    ['x', []],
  ];
  for (const [form, expected] of CASES) {
    it(`eachPrefix finds every key that starts ${form}, shortest first`, () => {
      const { map, min } = withStops(PREFIXES);
      const found: number[] = [];
      eachPrefix(map, min, form, (ids) => found.push(...ids));
      expect(found).to.deep.equal(expected);
    });
  }
});
