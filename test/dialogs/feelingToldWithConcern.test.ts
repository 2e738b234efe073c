/**
 * How they are, told in the message a concern is read in ("just knackered all the time"), is not asked again after
 * "no thanks" to the offer of a person: "How are you doing yourself?" right after it read as not listening.
 */
import { expect } from 'chai';
import { OPEN, startBot } from './botHarness';

const cases: string[][] = [
  ['hi', 'my wife has ovarian cancer, can she get any benefits?', "I'm not suicidal, just knackered all the time", 'no thanks'],
  ['my mum has cancer', "i'm exhausted and i can't cope any more", 'no thanks'],
];

describe('a feeling told with a concern is not asked for again', () => {
  for (const turns of cases)
    it(turns.join(' / '), async () => {
      const bot = await startBot({ now: OPEN });
      let last = { text: '' };
      for (const turn of turns) last = await bot.say(turn);
      expect(last.text).to.not.match(/How are you doing yourself/);
      await bot.close();
    });
});
