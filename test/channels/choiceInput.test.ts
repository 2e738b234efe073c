import { expect } from 'chai';
import { choiceFromValue, resolveChoice } from '../../channels/choiceInput';

const offered = [
  { value: 'topic:money', label: 'Money worries' },
  { value: 'topic:break', label: 'A break for me' },
  { value: 'yes', label: 'Tak, poproszę' },
];

describe('choiceInput: what the person sent back becomes a choice', () => {
  const cases: { name: string; text: string; value?: unknown; expected?: string }[] = [
    { name: 'a card submit', text: '', value: { choice: 'topic:break' }, expected: 'topic:break' },
    { name: 'a card submit of ours not offered now (a stale card)', text: '', value: { choice: 'plan' }, expected: 'plan' },
    { name: 'a digit', text: '2', expected: 'topic:break' },
    { name: 'a digit with a dot or bracket', text: ' 1. ', expected: 'topic:money' },
    { name: 'a bracketed digit', text: '(3)', expected: 'yes' },
    { name: 'the label typed back, any case and punctuation', text: 'money WORRIES!', expected: 'topic:money' },
    { name: 'a label with diacritics typed back', text: 'tak, poproszę', expected: 'yes' },
    { name: 'an out-of-range digit', text: '7', expected: undefined },
    { name: 'zero', text: '0', expected: undefined },
    { name: 'free text', text: 'my mum needs money help', expected: undefined },
    { name: 'empty text', text: '   ', expected: undefined },
    { name: 'a number that is not a choice (a phone number)', text: '07700 900123', expected: undefined },
    { name: 'a card value without a choice', text: 'Money worries', value: { other: 1 }, expected: 'topic:money' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(resolveChoice(c.text, c.value, offered)?.value).to.equal(c.expected);
    });
  }

  it('ignores odd card values', () => {
    for (const value of [null, 'x', 5, { choice: 5 }, { choice: 'x'.repeat(101) }]) expect(choiceFromValue(value)).to.equal(undefined);
  });
});
