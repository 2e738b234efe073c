/** Arabic call-back consent: seven days is "7 أيام" (plural after 3 to 10), not "7 يوم". */
import { expect } from 'chai';
import { CLOSED, startBot } from './botHarness';

describe('Arabic: the call-back consent counts days in the plural', () => {
  it('"ممكن حد يتصل بيا" out of hours, then "ايوه"', async () => {
    const bot = await startBot({ now: CLOSED, locale: 'ar' });
    await bot.say('مرحبا');
    await bot.say('عايز اتكلم مع حد');
    const consent = await bot.say('ايوه');
    expect(consent.text).to.match(/7 أيام/);
    expect(consent.text).to.not.match(/7 يوم/);
    await bot.close();
  });
});
