/**
 * A young person whose crisis message says their age, out of hours: "yes" to the offer of young
 * people's services brings those services, never the adult call back (a phone number asked of a 15-year-old).
 */
import { expect } from 'chai';
import { CLOSED, startBot } from './botHarness';

const cases = [
  { locale: 'en-GB', turns: ['im 15 and my mum has cancer, i want to kill myself', 'yes'] },
  { locale: 'en-GB', turns: ["I'm 16, looking after my dad, sometimes i wish i was dead", 'yeah go on'] },
];

describe('a young person in crisis out of hours', () => {
  for (const c of cases) {
    it(`${c.turns.join(' / ')}`, async () => {
      const bot = await startBot({ now: CLOSED, locale: c.locale });
      const offer = await bot.say(c.turns[0]);
      expect(offer.text).to.match(/0800 1111/);
      expect(offer.text).to.match(/young people/);
      const after = await bot.say(c.turns[1]);
      expect(after.text).to.not.match(/phone number|call you back/i);
      expect(after.text).to.match(/0800 1111|Childline|The Mix/);
      expect((await bot.data())?.handoff).to.not.match(/callback/);
      await bot.close();
    });
  }
});
