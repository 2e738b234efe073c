import { expect } from 'chai';
import { deletions, withinOneEdit } from '../../text/oneEdit';

describe('one slip of the keyboard', () => {
  const cases: [string, string, boolean][] = [
    ['suicidal', 'suicidal', true],
    ['sucidal', 'suicidal', true], // a letter missing
    ['suiccidal', 'suicidal', true], // one extra
    ['suicidel', 'suicidal', true], // one wrong
    ['suicdial', 'suicidal', true], // two swapped
    ['manchster', 'manchester', true],
    ['scuidial', 'suicidal', false], // two slips
    ['banging', 'hanging', true], // one wrong: callers keep the first letter themselves
    ['cat', 'catch', false],
  ];
  for (const [a, b, expected] of cases) {
    it(`${a} ~ ${b}: ${expected}`, () => {
      expect(withinOneEdit(a, b)).to.equal(expected);
      expect(withinOneEdit(b, a)).to.equal(expected);
    });
  }

  it('lists each one-letter deletion', () => {
    expect(deletions('abc')).to.deep.equal(['bc', 'ac', 'ab']);
  });
});
