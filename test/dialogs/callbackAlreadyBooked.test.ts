/**
 * A call back already booked: asking about it, or for a person again while the line is closed,
 * is told the call back stands (with the lines open now), never offered a second call back.
 */
import { expect } from 'chai';
import { CLOSED, startBot } from './botHarness';

const later = (minutes: number) => new Date(CLOSED.getTime() + minutes * 60_000);

describe('a call back already booked', () => {
  for (const ask of ['is anyone going to call me', 'can I talk to someone now', 'will someone ring me back?']) {
    it(`"${ask}" two hours later: the call back stands, no second offer`, async () => {
      let now = CLOSED;
      const bot = await startBot({ clock: () => now });
      await bot.say('I just want to go to sleep and not wake up, looking after dad is too much');
      await bot.say('yes');
      await bot.say('07700900123');
      const booked = await bot.say('1');
      expect(booked.text).to.match(/will call you back/);
      now = later(120);
      const after = await bot.say(ask);
      expect(after.text).to.match(/will call you back/);
      expect(after.text).to.not.match(/Would you like (them|someone) to call you back/);
      expect(after.text).to.match(/116 123/);
      expect((await bot.data())?.handoff).to.equal('callback_requested');
      await bot.close();
    });
  }
});
