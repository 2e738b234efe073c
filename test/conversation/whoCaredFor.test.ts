import { expect } from 'chai';
import type { Situation } from '../../conversation/state';
import { OPEN, startBot, type Harness } from '../dialogs/botHarness';

/** The real bot, in-process: who is "the person you look after" in what it says and what it keeps. */
async function caredFor(bot: Harness): Promise<string[]> {
  const situation = (await bot.data())?.situation as Situation | undefined;
  return (situation?.caredFor ?? []).map((p) => p.relation);
}

describe('conversation: who is looked after comes from what the person says they do', () => {
  const neverLookedAfter: [string, RegExp][] = [
    ["my sister's wedding is next month and I'm worried about money", /your sister/i],
    ['my brother helps sometimes but I am so tired', /your brother/i],
    ['my mum lives in Spain and I need a break', /your mum/i],
  ];
  for (const [message, never] of neverLookedAfter) {
    it(`"${message}": never "the person you look after", in the reply or the state`, async () => {
      const bot = await startBot({ now: OPEN });
      const replies = [await bot.say(message), await bot.say('2')];
      for (const reply of replies) expect(reply.text).to.not.match(never);
      expect(await caredFor(bot)).to.deep.equal([]);
      await bot.close();
    });
  }

  it('the one they look after is said back; the brother who helps is not', async () => {
    const bot = await startBot({ now: OPEN });
    const reply = await bot.say('I look after my mum, my brother helps sometimes');
    expect(reply.text).to.match(/your mum/i);
    expect(reply.text).to.not.match(/your brother/i);
    expect(await caredFor(bot)).to.deep.equal(['mother']);
    await bot.close();
  });

  it('a correction replaces the one understood before', async () => {
    const bot = await startBot({ now: OPEN });
    await bot.say('my mum has cancer');
    expect(await caredFor(bot)).to.deep.equal(['mother']);
    await bot.say("sorry, it's not my mum I care for, it's my gran");
    expect(await caredFor(bot)).to.deep.equal(['grandmother']);
    await bot.close();
  });

  it('a mention alone is checked: "Is it your dad you look after?", and a yes keeps him', async () => {
    const bot = await startBot({ now: OPEN });
    const asked = await bot.say("it's about my dad");
    expect(asked.text).to.match(/is it your dad you look after\?/i);
    expect(asked.choices).to.include.members(['Yes', 'No, someone else']);
    expect(await caredFor(bot)).to.deep.equal([]);
    const yes = await bot.say('Yes');
    expect(yes.text).to.match(/your dad/i);
    expect(await caredFor(bot)).to.deep.equal(['father']);
    await bot.close();
  });

  it('a no is respected: the mention is dropped and never asked about again', async () => {
    const bot = await startBot({ now: OPEN });
    await bot.say("it's about my dad");
    const no = await bot.say('No, someone else');
    expect(no.text).to.match(/got that wrong/i);
    expect(no.text).to.not.match(/your dad/i);
    expect(await caredFor(bot)).to.deep.equal([]);
    const later = await bot.say('my dad rang again today');
    expect(later.text).to.not.match(/is it your dad/i);
    await bot.close();
  });

  it('answering the check with someone else takes that one', async () => {
    const bot = await startBot({ now: OPEN });
    await bot.say("it's about my dad");
    await bot.say("no, it's my nan");
    expect(await caredFor(bot)).to.deep.equal(['grandmother']);
    await bot.close();
  });

  it('Polish and romanised Urdu: a helper is not the one looked after', async () => {
    const pl = await startBot({ now: OPEN, locale: 'pl-PL' });
    await pl.say('Opiekuję się mężem, a siostra mnie odwiedza');
    expect(await caredFor(pl)).to.deep.equal(['husband']);
    await pl.close();
    const ur = await startBot({ now: OPEN });
    await ur.say('main ammi ki dekhbhal karti hoon, mera bhai kabhi kabhi madad karta hai');
    expect(await caredFor(ur)).to.deep.equal(['mother']);
    await ur.close();
  });
});
