/** Chinese hand-off wording: sentences joined without Latin spaces, and no Latin full stop in an SMS. */
import { expect } from 'chai';
import { CLOSED, startBot } from './botHarness';

const LATIN_GAP = /[\u3002\uff1f\uff01\uff1a]\s+[\u4e00-\u9fff]/;
const LATIN_STOP = /[\u4e00-\u9fff]\./;

describe('Chinese: the hand-off joins its sentences the Chinese way', () => {
  it('web chat, closed: the call-back offer and the number question have no space after 。 or ？', async () => {
    const bot = await startBot({ now: CLOSED, locale: 'zh' });
    await bot.say('你好');
    const offer = await bot.say('我想找人说话');
    expect(offer.text).to.match(/回电话/);
    expect(offer.text).to.not.match(LATIN_GAP);
    const consent = await bot.say('好');
    expect(consent.text).to.match(/号码/);
    expect(consent.text).to.not.match(LATIN_GAP);
    await bot.close();
  });

  it('SMS, closed, after chemo fever: no Latin full stop after Chinese text', async () => {
    const bot = await startBot({ now: CLOSED, locale: 'zh', channelId: 'sms' });
    await bot.say('妈妈在化疗，现在发烧39度，一直发抖');
    const lines = await bot.say('我想找人说话');
    expect(lines.text).to.match(/999/);
    expect(lines.text).to.not.match(LATIN_STOP);
    await bot.close();
  });
});
