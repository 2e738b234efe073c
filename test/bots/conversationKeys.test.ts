import { expect } from 'chai';
import type { TurnContext } from 'botbuilder';
import { conversationKeyOf } from '../../bots/conversationKeys';
import { conversationKey } from '../../core/conversationKey';

describe('conversationKeyOf', () => {
  const contextOf = (activity: object) => ({ activity }) as TurnContext;

  it("is the conversation's hashed key, the same each time a turn asks", () => {
    const context = contextOf({ channelId: 'sms', conversation: { id: '+447700900123' } });
    expect(conversationKeyOf(context)).to.equal(conversationKey('sms', '+447700900123'));
    expect(conversationKeyOf(context)).to.equal(conversationKeyOf(context));
  });

  it('follows a change of the activity it was read from (never a stale key)', () => {
    const activity = { channelId: 'webchat', conversation: { id: 'a' } };
    expect(conversationKeyOf(contextOf(activity))).to.equal(conversationKey('webchat', 'a'));
    activity.conversation = { id: 'b' };
    expect(conversationKeyOf(contextOf(activity))).to.equal(conversationKey('webchat', 'b'));
    activity.channelId = 'msteams';
    expect(conversationKeyOf(contextOf(activity))).to.equal(conversationKey('msteams', 'b'));
  });
});
