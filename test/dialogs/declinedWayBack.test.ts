/**
 * "No" to a person, or to a call back, after a crisis on the very first message is never a dead end:
 * with nothing underneath to resume, a way back to a person and to other help is on screen, in their
 * language. While they wait in the queue nothing is added.
 */
import { expect } from 'chai';
import { CLOSED, OPEN, startBot } from './botHarness';

const cases: { name: string; now: Date; locale?: string; turns: string[]; wayBack: string[] }[] = [
  {
    name: 'closed: chemo fever, "no" to the call back',
    now: CLOSED,
    turns: ["my husband is on chemo and he's got a temperature of 38.2 and shivering", 'no'],
    wayBack: ['Talk to a person', 'Something else'],
  },
  {
    name: 'closed: suicidal thoughts, "no I dont want to talk to anyone"',
    now: CLOSED,
    turns: ['i look after my dad and honestly i think about ending it all', 'no i dont want to talk to anyone'],
    wayBack: ['Talk to a person', 'Something else'],
  },
  {
    name: 'open: abuse, "no thanks"',
    now: OPEN,
    turns: ['my son hits me when he gets angry and I still have to look after him', 'no thanks'],
    wayBack: ['Talk to a person', 'Something else'],
  },
  {
    name: 'open, Polish: thoughts of ending it, "nie, dziękuję"',
    now: OPEN,
    locale: 'pl',
    turns: ['Opiekuję się mamą i myślę, żeby ze sobą skończyć', 'nie, dziękuję'],
    wayBack: ['Rozmowa z człowiekiem', 'Coś innego'],
  },
];

describe('a declined person after a first-message crisis leaves a way back', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const bot = await startBot({ now: c.now, locale: c.locale });
      let last = await bot.say(c.turns[0]);
      for (const turn of c.turns.slice(1)) last = await bot.say(turn);
      expect(last.choices).to.include.members(c.wayBack);
      expect(last.text).to.not.match(/Would you like (them|someone) to call you back|Would you like to talk to a person/);
      await bot.close();
    });
  }

  it('the way back works: "Talk to a person" after the "no" reaches the hand-off', async () => {
    const bot = await startBot({ now: OPEN });
    await bot.say('my son hits me when he gets angry and I still have to look after him');
    await bot.say('no thanks');
    const back = await bot.say({ text: 'Talk to a person', value: { choice: 'human' } });
    expect(back.text).to.match(/queue|Hearth/i);
    await bot.close();
  });

  it('"Something else" after the "no" starts the conversation, the crisis numbers kept', async () => {
    const bot = await startBot({ now: OPEN });
    await bot.say('my son hits me when he gets angry and I still have to look after him');
    await bot.say('no thanks');
    const other = await bot.say({ text: 'Something else', value: { choice: 'something_else' } });
    expect(other.choices.length).to.be.greaterThan(1);
    await bot.close();
  });
});
