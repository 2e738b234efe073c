/**
 * A concern only the model read, in a message that answers the bot or asks what a card answers, gets
 * its answer; a concern a rule found still brings the gentle offer. The level is kept either way.
 */
import { expect } from 'chai';
import { assessRisk } from '../../risk';
import type { RiskAssessment } from '../../risk/types';
import { startBot } from './botHarness';

/** The real engine, except that the place answer reads as concern, from the model or from a rule. */
function concernOn(text: string, ruleIds: string[]): (message: string) => RiskAssessment {
  return (message) => {
    const real = assessRisk(message);
    return message === text ? { ...real, level: 'concern', categories: ['carer_breakdown'], ruleIds } : real;
  };
}

const OFFER = /talk to a real person/;
const cases: Array<[string, string[], boolean]> = [
  ['the model alone', ['model.concern'], false],
  ['a rule', ['breakdown.concern_en'], true],
];

describe('a concern read into an answer', () => {
  for (const [who, ruleIds, offered] of cases) {
    it(`"I live in AB10" at "where do you live?", concern from ${who}: ${offered ? 'the offer' : 'the answer, level kept'}`, async () => {
      const bot = await startBot({ assess: concernOn('I live in AB10', ruleIds) });
      try {
        await bot.say('I look after my neighbour, she has cancer');
        await bot.say('how do I get a carers assessment');
        const reply = await bot.say('I live in AB10');
        expect(reply.text).to.match(offered ? OFFER : /adult carer support plan/);
        if (!offered) expect(reply.text).not.to.match(OFFER);
        expect((await bot.data())?.risk).to.equal('concern');
      } finally {
        await bot.close();
      }
    });
  }
});
