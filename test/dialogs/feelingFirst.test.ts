/**
 * How they are, told as the very first thing ("im so tired of this"), is heard: the acknowledgement first, then the
 * question of what is happening (was the opening question alone, as if nothing had been said). Not asked again later.
 */
import { expect } from 'chai';
import { OPEN, startBot } from './botHarness';

const cases: [string, string, RegExp][] = [
  ['en-GB', 'im so tired of this', /That sounds exhausting/],
  ['en-GB', 'I am so tired', /That sounds exhausting/],
  ['pl-PL', 'jestem bardzo zmęczona', /To brzmi wyczerpująco/],
  ['es-ES', 'estoy agotada', /Suena agotador/],
  ['cy-GB', "dw i wedi blino'n lân", /swnio'n flinedig/],
];

describe('a feeling told first is acknowledged', () => {
  for (const [locale, text, ack] of cases)
    it(`${locale}: ${JSON.stringify(text)}`, async () => {
      const bot = await startBot({ now: OPEN, locale });
      const first = await bot.say(text);
      expect(first.text).to.match(ack);
      const data = await bot.data();
      expect(JSON.stringify(data)).to.include('"askedHowTheyAre":true');
      await bot.close();
    });
});
