/**
 * Never a dead end, in every state of the hand-off: waiting (leave the queue), with an advisor and
 * after the advisor leaves (the crisis contacts again when risk was raised), out of hours (the lines
 * open now first, call-back times that exist), declined (never "the numbers above" unless shown),
 * an under-18 (young people's services, not an adult call back), and a crisis offer when the line is
 * closed (never "now").
 */
import { expect } from 'chai';
import type { AdvisorIdentity } from '../../handoff/advisorDesk';
import { startBot, type Harness } from './botHarness';

/** Sunday 29 November 2026, 23:00 London: the demo line is closed until Monday 09:00. */
const SUNDAY_NIGHT = new Date('2026-11-29T23:00:00Z');
/** Friday 27 November 2026, 19:00 London: closed; Saturday opens 10:00–13:00 only. */
const FRIDAY_EVENING = new Date('2026-11-27T19:00:00Z');
/** Tuesday 24 November 2026, 14:00 London: open. */
const OPEN = new Date('2026-11-24T14:00:00Z');
const ana: AdvisorIdentity = { id: 'ana', name: 'Ana', org: 'demo', languages: ['en'] };

/** A person Ana has taken from the queue, with nothing said since (the inbox emptied). */
async function withAnaHolding(): Promise<Harness> {
  const bot = await startBot({ now: OPEN });
  bot.app.desk.heartbeat(ana);
  await bot.say('hello');
  await bot.say('can I talk to a real person');
  await bot.say('no');
  await bot.app.desk.claim(bot.conversationKey, ana);
  bot.inbox();
  return bot;
}

async function closedBot(now = SUNDAY_NIGHT): Promise<Harness> {
  const bot = await startBot({ now });
  await bot.say('hello');
  return bot;
}

describe('never a dead end: out of hours', () => {
  it('names the lines open now before the call back, and "no" leaves nothing referring to unseen numbers', async () => {
    const bot = await closedBot();
    const asked = await bot.say('can I talk to a real person');
    expect(asked.text).to.match(/these lines are open[\s\S]*Samaritans[\s\S]*116 123/);
    expect(asked.text.indexOf('116 123')).to.be.lessThan(asked.text.indexOf('closed now'));
    expect(asked.text).to.match(/opens Monday 09:00/);
    expect((await bot.data())?.handoff).to.equal('callback_offered');
    const no = await bot.say('no');
    expect(no.text).to.match(/lines above are open now/);
    expect(no.text).to.not.match(/numbers above/);
    expect((await bot.data())?.handoff).to.equal('none');
    await bot.close();
  });

  it('offers call-back times only when the line is open (Saturday closes at 13:00, Sunday is closed)', async () => {
    const bot = await closedBot(FRIDAY_EVENING);
    await bot.say('can someone ring me');
    await bot.say('yes');
    const times = await bot.say('07700 900123');
    expect(times.choices.slice(0, 4)).to.deep.equal(['Saturday, 10:00–12:00', 'Saturday, 12:00–13:00', 'Monday, 09:00–12:00', 'Monday, 12:00–17:00']);
    expect(times.choices.join(' ')).to.not.match(/Sunday/);
    await bot.say({ text: 'Monday, 09:00–12:00', value: { action: 'when:2026-11-30 09:00-12:00' } });
    const [request] = await bot.app.callbacks.list('demo', FRIDAY_EVENING.getTime());
    expect(request.when).to.equal('2026-11-30 09:00-12:00');
    await bot.close();
  });

  it('after a crisis reply, never offers a person "now" when the line is closed; yes goes to the call back', async () => {
    const bot = await startBot({ now: SUNDAY_NIGHT });
    const crisis = await bot.say('I want to kill myself');
    expect(crisis.text).to.match(/116 123/);
    expect(crisis.text).to.not.match(/talk to a person from .* now\?/);
    expect(crisis.text).to.match(/closed now\. It opens Monday 09:00\. Would you like them to call you back\?/);
    const yes = await bot.say('yes');
    expect(yes.text).to.match(/phone number/);
    expect(yes.text, 'no second "closed"').to.not.match(/closed now/);
    await bot.close();
  });

  it("offers an under-18 young people's services, not an adult call back", async () => {
    const bot = await closedBot();
    await bot.say("I'm 15 and my mum has cancer");
    const asked = await bot.say('can I talk to a real person');
    expect(asked.text).to.match(/Childline[\s\S]*0800 1111/);
    expect(asked.text).to.match(/young people/);
    expect(asked.text).to.not.match(/call you back/);
    expect((await bot.data())?.handoff).to.equal('none');
    await bot.close();
  });
});

describe('never a dead end: the queue and the advisor', () => {
  it('"Leave the queue" at the sharing question leaves it, without asking the question again', async () => {
    const bot = await startBot({ now: OPEN });
    bot.app.desk.heartbeat(ana);
    await bot.say('hello');
    const asked = await bot.say('can I talk to a real person');
    expect(asked.text).to.match(/read what you've told me/);
    const left = await bot.say({ text: 'Leave the queue', value: { action: 'leave_queue' } });
    expect(left.text).to.match(/left the queue/);
    expect(left.text).to.not.match(/read what you've told me/);
    expect((await bot.data())?.handoff).to.equal('none');
    expect(await bot.app.desk.phase(bot.conversationKey)).to.equal(undefined);
    const next = await bot.say('money is tight');
    expect(next.text).to.not.match(/read what you've told me/);
    await bot.close();
  });

  it('shows the crisis contacts again when the advisor leaves a conversation that carried risk', async () => {
    const bot = await withAnaHolding();
    await bot.say("I don't want to be here anymore, I want to end my life");
    await bot.app.desk.end(bot.conversationKey, ana);
    const after = bot.inbox();
    expect(after.text).to.match(/Ana has left the chat/);
    expect(after.text).to.match(/Samaritans[\s\S]*116 123/);
    await bot.close();
  });

  it('says only that the advisor left when nothing worrying was said', async () => {
    const bot = await withAnaHolding();
    await bot.app.desk.end(bot.conversationKey, ana);
    const after = bot.inbox();
    expect(after.text).to.match(/Ana has left the chat/);
    expect(after.text).to.not.match(/116 123/);
    await bot.close();
  });

  it('when nobody speaks the language and the call back is declined, names the line rather than "numbers above"', async () => {
    const bot = await startBot({ now: OPEN, locale: 'pl-PL' });
    bot.app.desk.heartbeat(ana);
    await bot.say('dzień dobry');
    const asked = await bot.say('chcę porozmawiać z człowiekiem');
    expect((await bot.data())?.handoff).to.equal('callback_offered');
    expect(asked.choices.length).to.equal(3);
    const no = await bot.say({ text: 'Nie', value: { action: 'no' } });
    expect(no.text).to.match(/0300 123 4567/);
    expect(no.text).to.match(/999/);
    expect((await bot.data())?.handoff).to.equal('none');
    await bot.close();
  });
});
