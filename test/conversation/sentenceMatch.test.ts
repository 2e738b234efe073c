/** A message's sentences are matched once each while it is the latest message; a new message is matched afresh. */
import { expect } from 'chai';
import sinon from 'sinon';
import { firstSentence, matchSentence, sentencesOf } from '../../conversation/sentenceMatch';
import type { CardMatcher } from '../../knowledge';

describe('sentences of a message and their matches', () => {
  const cases: [string, string[]][] = [
    ['can she get a blue badge? and does council tax go down?', ['can she get a blue badge?', 'and does council tax go down?']],
    ['妈妈生病了。我能得到什么帮助？', ['妈妈生病了。', '我能得到什么帮助？']],
    ['  one line  ', ['one line']],
    ['', []],
  ];
  for (const [text, sentences] of cases) it(JSON.stringify(text), () => expect(sentencesOf(text)).to.deep.equal(sentences));

  it('matches a sentence once for the same message, again for another', () => {
    const match = sinon.stub().returns(null);
    const matcher = { match } as unknown as CardMatcher;
    matchSentence(matcher, 'a? b?', 'en', 'a?');
    matchSentence(matcher, 'a? b?', 'en', 'a?');
    matchSentence(matcher, 'a? b?', 'en', 'b?');
    expect(match.callCount).to.equal(2);
    matchSentence(matcher, 'c? a?', 'en', 'a?');
    matchSentence(matcher, 'c? a?', 'cy', 'a?');
    expect(match.callCount).to.equal(4);
  });
});

describe("an answer's first sentence (the short form of another question)", () => {
  const cases: [string, string][] = [
    ["Carer's Allowance is £86.45 a week from April 2026. You can be paid every week.", "Carer's Allowance is £86.45 a week from April 2026."],
    ['You may pay less. Some people are left out.', 'You may pay less.'],
    ['妈妈生病了。我能得到什么帮助？', '妈妈生病了。'],
    ['آپ کو مدد مل سکتی ہے۔ مزید', 'آپ کو مدد مل سکتی ہے۔'],
    ['No full stop at all', 'No full stop at all'],
  ];
  for (const [text, first] of cases) it(text, () => expect(firstSentence(text)).to.equal(first));
});
