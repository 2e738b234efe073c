/**
 * Changing language while the hand-off's own question is on screen (the phone number, the
 * sharing question): that question again in the new language, and the number typed next is taken.
 */
import { expect } from 'chai';
import { CLOSED, OPEN, startBot } from './botHarness';

describe('a language change during the hand-off', () => {
  it('Polish, closed: at the number question "can we speak english please", then the number is taken', async () => {
    const bot = await startBot({ now: CLOSED, locale: 'pl' });
    await bot.say('nie chcę już żyć');
    await bot.say('tak');
    const english = await bot.say('can we speak english please');
    expect(english.text).to.match(/What number should they call/);
    expect(english.text).to.not.match(/numeru|Would you like them to call you back/);
    const times = await bot.say('07700900123');
    expect(times.text).to.match(/When is a good time to call/);
    expect(times.choices.length).to.be.greaterThan(2);
    await bot.close();
  });

  it('Polish, open: queued at the sharing question, "english please": their place in English, and the queue kept', async () => {
    const bot = await startBot({ now: OPEN, locale: 'pl' });
    await bot.say('tata mnie bije, jak się napije');
    await bot.say('tak');
    const english = await bot.say('english please');
    expect(english.text).to.match(/still in the queue/);
    expect(english.text).to.not.match(/kolejk/);
    expect((await bot.data())?.handoff).to.equal('queued');
    await bot.close();
  });
});
