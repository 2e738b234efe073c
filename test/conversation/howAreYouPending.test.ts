/**
 * "How are you doing yourself?" is a side question: asked once, and what people write instead
 * (a question, a postcode) is taken as what it is, never thanked as if they had said how they are.
 */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { handleReply } from '../../conversation/answers';
import { nextQuestion } from '../../conversation/questions';
import { newConversationData } from '../../conversation/state';
import { guide, said, understood } from './helpers';

const text = (contents: Content[]) => contents.map((c) => (c.kind === 'text' ? c.text : '')).join('\n');
const money = understood({ topics: [{ id: 'money', score: 3 }] });
const mum = understood({ entities: { caredFor: [{ relation: 'mother', words: 'mum' }] } });

function afterCard() {
  const data = newConversationData('en', 'demo');
  const ctx = guide();
  handleReply('opening', said('my mum is ill', mum), data, ctx);
  handleReply('opening', said('can I get carers allowance?', money), data, ctx);
  return { data, ctx };
}

describe('the "how are you?" question while something else is asked', () => {
  it('is asked once: a card answer in its place does not bring it back', () => {
    const { data, ctx } = afterCard();
    expect(nextQuestion(data, ctx).id).to.equal('how_are_you');
    handleReply('how_are_you', said('is that right?'), data, ctx);
    expect(nextQuestion(data, ctx).id).not.to.equal('how_are_you');
  });

  const questions = ['how many hours do I have to do', 'what are my rights?', 'what do I have to do now'];
  for (const q of questions) {
    it(`"${q}" after a card is answered from that card, never "Thank you for telling me"`, () => {
      const { data, ctx } = afterCard();
      const out = text(handleReply(nextQuestion(data, ctx).id, said(q), data, ctx));
      expect(out).not.to.include('Thank you for telling me');
      expect(out).to.include('35 hours');
    });
  }

  it('a postcode in answer to it is thanked as a postcode only', () => {
    const { data, ctx } = afterCard();
    const out = text(
      handleReply('how_are_you', said('SA1', understood({ entities: { postcode: { district: 'SA1', area: 'SA', wasFull: false } } })), data, ctx),
    );
    expect(out).to.include('SA1');
    expect(out).not.to.include('Thank you for telling me.');
  });

  it('how they are, in their words, is still thanked', () => {
    const { data, ctx } = afterCard();
    expect(text(handleReply('how_are_you', said('not great to be honest'), data, ctx))).to.include('Thank you for telling me.');
  });
});

describe('a question in answer to "where do you live?"', () => {
  it('is no failed place: the results come, with no "I couldn\'t find that place"', () => {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    Object.assign(data.situation, { focus: 'family', topics: ['family'], age: 15, answers: { family_age: 'me_under_18' } });
    expect(nextQuestion(data, ctx).id).to.equal('where');
    const out = handleReply('where', said('is there anyone my age i can talk to'), data, ctx);
    expect(text(out)).not.to.include("couldn't find that place");
    expect(out.some((c) => c.kind === 'services')).to.equal(true);
    expect(nextQuestion(data, ctx).id).not.to.equal('where');
  });
});
