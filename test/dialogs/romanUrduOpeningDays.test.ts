/** Roman Urdu out of hours: when the line opens and the call-back times are written in Latin letters, never in Urdu script. */
import { expect } from 'chai';
import { CLOSED, startBot } from './botHarness';

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

describe('Roman Urdu: opening days in Latin letters', () => {
  it('the crisis offer says when the line opens, and the call-back times, without Urdu script', async () => {
    const bot = await startBot({ now: CLOSED, locale: 'ur' });
    const offer = await bot.say('ammi ko cancer hai, mera dil karta hai khud ko khatam kar doon');
    expect(offer.text).to.match(/09:00/);
    expect(offer.text).to.not.match(ARABIC_SCRIPT);
    await bot.say('haan');
    const times = await bot.say('07700900123');
    expect(times.choices.join(' ')).to.match(/09:00/);
    expect(times.choices.join(' ')).to.not.match(ARABIC_SCRIPT);
    await bot.close();
  });
});
