import { expect } from 'chai';
import { TurnContext, type Activity } from 'botbuilder';
import { botActivity, clientActivity, conversationUpdate } from '../../directline/activities';
import { conversationKey } from '../../core/conversationKey';
import { conversationKeyOf } from '../../bots/conversationKeys';

const context = {
  conversationId: 'conv-1',
  userId: 'dl_me',
  serviceUrl: 'http://127.0.0.1:1/v3/directline/connector',
  maxBytes: 1000,
  defaultLocale: 'cy',
  now: new Date('2026-11-23T12:00:00Z'),
};

describe('directline activities', () => {
  describe('from a client', () => {
    const refused: Array<[string, unknown, RegExp]> = [
      ['a list', [], /JSON activity/],
      ['a string', 'hello', /JSON activity/],
      ['no type', { text: 'hi' }, /type/],
      ['a type only the service sends', { type: 'conversationUpdate' }, /type/],
      ['an invoke', { type: 'invoke' }, /type/],
      ['text that is not a string', { type: 'message', text: 42 }, /text/],
      ['a locale that is not a language tag', { type: 'message', locale: '<script>' }, /locale/],
      ['channelData that is not an object', { type: 'message', channelData: 'x' }, /channelData/],
      ['attachments that are not a list', { type: 'message', attachments: {} }, /attachments/],
      ['an activity over the size limit', { type: 'message', text: 'x'.repeat(1000) }, /larger than 1000 bytes/],
    ];
    for (const [why, body, problem] of refused) {
      it(`refuses ${why}`, () => expect(clientActivity(body, context).problem).to.match(problem));
    }

    it("speaks as the token's user whatever from.id says, addressed to the bot, with the service's stamps", () => {
      const { activity } = clientActivity(
        {
          type: 'message',
          text: 'hello',
          from: { id: 'someone-else', name: 'Sam', role: 'bot' },
          recipient: { id: 'elsewhere' },
          conversation: { id: 'other-conversation' },
          channelId: 'msteams',
          serviceUrl: 'https://attacker.example',
          id: 'chosen-id',
          channelData: { org: 'demo', clientActivityID: 'c1' },
          locale: 'pl-PL',
        },
        context,
      );
      expect(activity).to.deep.include({
        type: 'message',
        text: 'hello',
        channelId: 'directline',
        serviceUrl: context.serviceUrl,
        from: { id: 'dl_me', name: 'Sam', role: 'user' },
        recipient: { id: 'bot', name: 'Bot', role: 'bot' },
        channelData: { org: 'demo', clientActivityID: 'c1' },
        locale: 'pl-PL',
        timestamp: context.now,
      });
      expect(activity!.conversation!.id).to.equal('conv-1');
      expect(activity!.id).to.equal(undefined);
    });

    it("falls back to the conversation's locale", () => {
      expect(clientActivity({ type: 'message', text: 'hi' }, context).activity!.locale).to.equal('cy');
    });
  });

  it('a conversationUpdate adds the user (so the bot welcomes) with the start locale and org', () => {
    const update = conversationUpdate('conv-1', 'dl_me', context.serviceUrl, context.now, 'cy', 'demo');
    expect(update.membersAdded!.map((m) => m.id)).to.deep.equal(['bot', 'dl_me']);
    expect(update).to.deep.include({ type: 'conversationUpdate', locale: 'cy', channelData: { org: 'demo' }, channelId: 'directline' });
  });

  it("a bot's activity is put in its conversation, from the bot, without a serviceUrl", () => {
    const { activity } = botActivity(
      { type: 'message', text: 'hi', serviceUrl: 'x', id: 'y', conversation: { id: 'elsewhere' }, from: { id: 'bot', name: 'Bot' } },
      'conv-1',
      context.now,
    );
    expect(activity).to.deep.include({ type: 'message', text: 'hi', channelId: 'directline', from: { id: 'bot', name: 'Bot', role: 'bot' } });
    expect(activity!.conversation!.id).to.equal('conv-1');
    expect(activity).not.to.have.property('serviceUrl');
    expect(activity).not.to.have.property('id');
    expect(botActivity({ text: 'no type' }, 'conv-1', context.now).problem).to.match(/type/);
  });

  it("uses the same conversation key as the bot, so 'delete my data' reaches the history", () => {
    const turn = new TurnContext({} as never, { channelId: 'directline', conversation: { id: 'conv-1' } } as Activity);
    expect(conversationKey('directline', 'conv-1')).to.equal(conversationKeyOf(turn));
  });
});
