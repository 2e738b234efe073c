/** The card for young people who look after someone goes to someone young, never to an adult who did not say their age. */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { handleReply } from '../../conversation/answers';
import { newConversationData } from '../../conversation/state';
import { guide, said, understood } from './helpers';

const text = (contents: Content[]) => contents.map((c) => (c.kind === 'text' ? c.text : '')).join('\n');
const mum = understood({ entities: { caredFor: [{ relation: 'mother', words: 'mum' }] } });

describe('the young people card', () => {
  it("an adult's \"my mum's got leukaemia and I do pretty much everything for her\" gets no young people's card", () => {
    const data = newConversationData('en', 'demo');
    const out = text(handleReply('opening', said("my mum's got leukaemia and I do pretty much everything for her", mum), data, guide()));
    expect(out).not.to.match(/under 18|young carers/i);
    expect(data.situation.card).to.not.equal('young.young-carers');
  });
  it('a 15-year-old asking gets it', () => {
    const data = newConversationData('en', 'demo');
    const young = understood({ entities: { caredFor: [{ relation: 'mother', words: 'mum' }], age: 15 } });
    handleReply('opening', said("I'm 15 and I look after my mum, is there help for young carers like me?", young), data, guide());
    expect(data.situation.card).to.equal('young.young-carers');
  });
});
