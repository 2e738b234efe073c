/** Through the real bot: a card question is answered in the first reply; a crisis reply always comes before any card. */
import { expect } from 'chai';
import { startBot } from '../dialogs/botHarness';

describe('answer first, through the bot', () => {
  it('a newcomer asking how long they have to register a death gets the answer in the first reply', async () => {
    const h = await startBot({ channelId: 'webchat' });
    try {
      const first = await h.say('how long do I have to register my mums death?');
      expect(first.text).to.match(/register a death within 5 days/);
      expect(first.text).to.include('What to do next');
      expect(first.text).not.to.include('Can you tell me a bit more');
    } finally {
      await h.close();
    }
  });

  it('a crisis beside a card question gets the crisis reply, never the card', async () => {
    const h = await startBot({ channelId: 'webchat' });
    try {
      await h.say('hi');
      const reply = await h.say('I want to kill myself, how much is carers allowance anyway');
      expect(reply.text).to.match(/116 123/);
      expect(reply.text).not.to.include('£86.45');
    } finally {
      await h.close();
    }
  });
});
