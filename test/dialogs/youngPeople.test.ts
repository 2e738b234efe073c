import { expect } from 'chai';
import { OPEN, startBot } from './botHarness';

/** Under-18s get young people's wording, services and crisis contacts. */
describe('a young person looking after someone', () => {
  it('is told what they do is a lot, is not asked who it is about, and gets Childline first in a crisis', async () => {
    const bot = await startBot({ now: OPEN });
    await bot.say('hi');
    const first = await bot.say("i'm 15 and i look after my dad, he has cancer, and my mum works");
    expect(first.text).to.match(/someone your age/i);
    expect(first.text).to.not.match(/who is this about/i);
    const crisis = await bot.say('sometimes i wish i was dead');
    expect(crisis.text.split('\n').find((line) => /\d/.test(line))).to.match(/0800 1111/);
    await bot.close();
  });

  it('adults do not get the young people wording', async () => {
    const bot = await startBot({ now: OPEN });
    await bot.say('hi');
    const reply = await bot.say("i'm 45 and i look after my dad");
    expect(reply.text).to.not.match(/someone your age/i);
    await bot.close();
  });
});
