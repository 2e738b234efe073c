/** "Is that OK? What number should they call?" answered "yes": asked for the number, not told a "yes" is a bad number. */
import { expect } from 'chai';
import { CLOSED, startBot } from './botHarness';

const cases = [
  {
    locale: 'en-GB',
    turns: ["honestly I don't see the point of going on anymore", 'yes', 'yes that is fine'],
    ask: /What number should they call/,
    bad: /doesn't look like/,
  },
  {
    locale: 'en-GB',
    turns: ["honestly I don't see the point of going on anymore", 'yes', 'ok'],
    ask: /What number should they call/,
    bad: /doesn't look like/,
  },
  { locale: 'ur', turns: ['ammi ko cancer hai, mera dil karta hai khud ko khatam kar doon', 'haan', 'haan ji'], ask: /kis number/, bad: /number nahin lagta/ },
];

describe('yes to the call-back consent at the number question', () => {
  for (const c of cases) {
    it(`${c.locale}: ${c.turns.at(-1)}`, async () => {
      const bot = await startBot({ now: CLOSED, locale: c.locale });
      let last = { text: '' };
      for (const turn of c.turns) last = await bot.say(turn);
      expect(last.text).to.match(c.ask);
      expect(last.text).to.not.match(c.bad);
      const number = await bot.say('07700 900123');
      expect(number.choices.length).to.be.greaterThan(1);
      await bot.close();
    });
  }
});
