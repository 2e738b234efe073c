/**
 * "No thanks" to a person is respected while the crisis is still the subject: a follow-up ("ok",
 * "thanks") gets the numbers again, not the same offer (or call back) they have just turned down.
 */
import { expect } from 'chai';
import { CLOSED, OPEN, startBot } from './botHarness';

const cases = [
  {
    name: 'closed: harm, "no thanks" to the call back, then "ok"',
    now: CLOSED,
    turns: ["I'm scared I might hurt him tonight, I've had enough", 'no thanks', 'ok'],
  },
  { name: 'open: suicidal thoughts, "nah", then "thanks"', now: OPEN, turns: ["honestly I don't see the point of going on anymore", 'nah', 'thanks'] },
  {
    name: 'open: abuse, "I don\'t want to talk", then "what do I do"',
    now: OPEN,
    turns: ['my dad hits me when hes drunk and I still have to look after him', 'I dont want to talk', 'what do I do'],
  },
];

describe('a declined offer is not made again on a follow-up', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const bot = await startBot({ now: c.now });
      let last = { text: '' };
      for (const turn of c.turns) last = await bot.say(turn);
      expect(last.text).to.match(/999/);
      expect(last.text).to.not.match(/Would you like (them|someone) to call you back|Would you like to talk to a person/);
      await bot.close();
    });
  }
});
