/** Whether a message asks, and which of its clauses ask when what it tells beside them would drown the question. */
import { expect } from 'chai';
import { looksLikeQuestion, questionClauses } from '../../conversation/questionLike';

describe('conversation/questionLike', () => {
  const asks: [string, boolean][] = [
    ['is there any money for me, i look after the wife full time', true],
    ['my boss keeps moaning, can they sack me for this', true],
    ['有没有钱可以领？', true],
    ['I look after my mum', false],
    ['tired', false],
    ['my dad has cancer and i work full time, am i entitled to time off', true],
    ['wat benifits can my nan get', true],
    ['i was told to ring the council', false],
  ];
  for (const [text, question] of asks) it(`looksLikeQuestion("${text}") is ${question}`, () => expect(looksLikeQuestion(text)).to.equal(question));

  const clauses: [string, string[]][] = [
    ['is there any money for me, i look after the wife full time', ['is there any money for me']],
    ['i look after my wife full time, is there any money for me', ['is there any money for me']],
    ['what am i entitled to; i care for my husband', ['what am i entitled to']],
    ['هل هناك أي مال لي، أعتني بزوجتي', ['هل هناك أي مال لي']],
    // One clause: the message itself is matched already. Short openers ("is it?") are no question of their own.
    ['my dad has cancer and i work full time, am i entitled to time off?', ['am i entitled to time off']],
    ['is there any money for me', []],
    ['my mum has cancer, is it?', []],
  ];
  for (const [text, asked] of clauses) it(`questionClauses("${text}")`, () => expect(questionClauses(text)).to.deep.equal(asked));
});
