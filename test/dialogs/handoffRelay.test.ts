/**
 * Both parties of a hand-off: a person talking to the real bot, and an advisor
 * acting through the desk the console uses.
 */
import { expect } from 'chai';
import sinon from 'sinon';
import type { AdvisorIdentity } from '../../handoff/advisorDesk';
import type { UrgentHandoff } from '../../handoff/handoffService';
import { startBot, type Harness, type HarnessOptions } from './botHarness';

/** Tuesday 24 November 2026, 14:00 London: the demo advice line is open. */
const OPEN = Date.parse('2026-11-24T14:00:00Z');
const ana: AdvisorIdentity = { id: 'ana', name: 'Ana', org: 'demo', languages: ['en', 'pl'] };
const ben: AdvisorIdentity = { id: 'ben', name: 'Ben', org: 'demo', languages: ['en'] };

async function queued(options: HarnessOptions = {}): Promise<{ bot: Harness; urgent: UrgentHandoff[]; tick(ms: number): void }> {
  let now = OPEN;
  const urgent: UrgentHandoff[] = [];
  const bot = await startBot({ clock: () => new Date(now), onUrgent: (u) => urgent.push(u), ...options });
  await bot.say('hello');
  await bot.say('my dad has cancer and money is tight');
  const asked = await bot.say('can I talk to a real person please');
  expect(asked.text).to.match(/queue/i);
  expect(asked.text).to.match(/read what you've told me/i);
  expect((await bot.data())?.handoff).to.equal('queued');
  return { bot, urgent, tick: (ms) => (now += ms) };
}

describe('hand-off: a person and an advisor', () => {
  afterEach(() => sinon.restore());

  it('shows the advisor the summary, and what came before only when the person agrees', async () => {
    const { bot } = await queued();
    const desk = bot.app.desk;
    const [summary] = await desk.list('demo');
    expect(summary).to.include({ conversationKey: bot.conversationKey, phase: 'queued', language: 'en', transcriptShared: false });
    expect(summary.topics).to.include('money');
    await bot.say('yes');
    const after = (await desk.list('demo'))[0];
    expect(after.transcriptShared).to.equal(true);
    const lines = (await desk.transcript(bot.conversationKey, ana))!;
    expect(lines.some((l) => l.from === 'person' && /money is tight/.test(l.text))).to.equal(true);
    await bot.close();
  });

  it('relays both ways, keeps the bot silent while the advisor holds the conversation, and resumes after', async () => {
    const { bot } = await queued();
    const desk = bot.app.desk;
    await bot.say('no');
    const waiting = await bot.say('is anyone there?');
    expect(waiting.text).to.match(/still in the queue, number 1.*read what you write/);
    expect(await desk.claim(bot.conversationKey, ana)).to.equal('claimed');
    expect(bot.inbox().text).to.match(/talking to Ana from Hearth Support Line/);
    expect((await bot.data())?.handoff).to.equal('connected');

    expect(await desk.send(bot.conversationKey, ana, 'Hi, I am Ana. How can I help?')).to.equal(true);
    expect(bot.inbox().text).to.equal('Ana: Hi, I am Ana. How can I help?');
    const reply = await bot.say('thank you, I just need someone to talk to');
    expect(reply.activities, 'the bot stays silent').to.deep.equal([]);
    const lines = (await desk.transcript(bot.conversationKey, ana))!.map((l) => l.text);
    expect(lines).to.include.members(['is anyone there?', 'thank you, I just need someone to talk to']);

    expect(await desk.end(bot.conversationKey, ana)).to.equal(true);
    expect(bot.inbox().text).to.match(/Ana has left the chat/);
    expect((await bot.data())?.handoff).to.equal('ended');
    const back = await bot.say('what help is there with money?');
    expect(back.text).to.not.equal('');
    await bot.close();
  });

  it('silent while connected, yet new risk is flagged to the advisor and the advice line', async () => {
    const { bot, urgent } = await queued();
    const desk = bot.app.desk;
    await desk.claim(bot.conversationKey, ana);
    bot.inbox();
    const reply = await bot.say("honestly I don't want to be here anymore");
    expect(reply.activities).to.deep.equal([]);
    const [summary] = await desk.list('demo');
    expect(summary.newRisk).to.equal('urgent');
    expect(urgent.map((u) => u.reason)).to.include('risk_during_handoff');
    expect(JSON.stringify(urgent)).to.not.contain('here anymore');
    await bot.close();
  });

  it('one of two advisors claiming at once wins', async () => {
    const { bot } = await queued();
    const results = await Promise.all([bot.app.desk.claim(bot.conversationKey, ana), bot.app.desk.claim(bot.conversationKey, ben)]);
    expect(results.sort()).to.deep.equal(['claimed', 'taken']);
    expect(bot.inbox().activities).to.have.length(1);
    await bot.close();
  });

  it('returns the person to the queue, and tells them, when the advisor console goes silent', async () => {
    const { bot, tick } = await queued();
    const desk = bot.app.desk;
    await desk.claim(bot.conversationKey, ana);
    bot.inbox();
    tick(60_000);
    await desk.sweep();
    expect(bot.inbox().text).to.match(/lost their connection.*back in the queue/s);
    expect((await bot.data())?.handoff).to.equal('queued');
    expect(await desk.phase(bot.conversationKey)).to.equal('queued');
    await bot.close();
  });

  it('tells a person who has waited long what else they can do', async () => {
    const { bot, tick } = await queued();
    tick(11 * 60_000);
    await bot.app.desk.sweep();
    const seen = bot.inbox();
    expect(seen.text).to.match(/Everyone is busy.*0300 123 4567.*999/s);
    expect(seen.choices).to.include('Leave the queue');
    await bot.close();
  });

  it('lets the person leave the queue', async () => {
    const { bot } = await queued();
    const left = await bot.say({ text: 'Leave the queue', value: { choice: 'leave_queue' } });
    expect(left.text).to.match(/left the queue/);
    expect(await bot.app.desk.list('demo')).to.deep.equal([]);
    await bot.close();
  });

  it('offers a call back with an interpreter when nobody online speaks the language, or to wait', async () => {
    const bot = await startBot({ now: new Date(OPEN), locale: 'pl-PL' });
    bot.app.desk.heartbeat(ben);
    await bot.say('dzień dobry');
    const offer = await bot.say('chcę porozmawiać z człowiekiem');
    expect((await bot.data())?.handoff).to.equal('callback_offered');
    expect(offer.choices).to.have.length(3);
    const waited = await bot.say('2');
    expect((await bot.data())?.handoff).to.equal('queued');
    expect(waited.text).to.not.equal('');
    await bot.close();
  });

  it('"delete my data" takes the person out of the queue and forgets what was kept for the advisor', async () => {
    const { bot } = await queued();
    await bot.say('yes');
    await bot.say('delete my data');
    expect(await bot.app.desk.list('demo')).to.deep.equal([]);
    expect(await bot.app.desk.transcript(bot.conversationKey, ana)).to.equal(undefined);
    await bot.close();
  });

  it('still gives the crisis numbers when the hand-off service breaks on a risky message', async () => {
    const { bot } = await queued();
    await bot.app.desk.claim(bot.conversationKey, ana);
    sinon.stub(bot.app.desk, 'personMessage').throws(new Error('desk down'));
    const reply = await bot.say('I want to kill myself');
    expect(reply.text).to.match(/116 123/);
    await bot.close();
  });

  describe('agent hubs (handoff.initiate / handoff.status)', () => {
    it('emits handoff.initiate on Web Chat when configured, with the transcript only when shared', async () => {
      const { bot } = await queued({ emitHandoffInitiate: true });
      const shared = await bot.say('yes');
      const event = shared.activities.find((a) => a.type === 'event');
      expect(event?.name).to.equal('handoff.initiate');
      const value = event?.value as { transcript: unknown[]; risk: string };
      expect(value.transcript.length).to.be.greaterThan(0);
      await bot.close();
    });

    it('never sends handoff.initiate on Teams', async () => {
      const { bot } = await queued({ emitHandoffInitiate: true, channelId: 'msteams' });
      const shared = await bot.say('yes');
      expect(shared.activities.some((a) => a.type === 'event')).to.equal(false);
      await bot.close();
    });

    const statuses: Array<{ state: string; handoff: string; says?: RegExp }> = [
      { state: 'accepted', handoff: 'connected' },
      { state: 'completed', handoff: 'ended', says: /has ended/ },
      { state: 'failed', handoff: 'ended', says: /couldn't reach anyone.*0300 123 4567/ },
    ];
    for (const s of statuses) {
      it(`handles handoff.status "${s.state}"`, async () => {
        const { bot } = await queued({ emitHandoffInitiate: true });
        const seen = await bot.say({ type: 'event', name: 'handoff.status', value: { state: s.state } });
        expect((await bot.data())?.handoff).to.equal(s.handoff);
        if (s.says) expect(seen.text).to.match(s.says);
        else expect(seen.activities).to.deep.equal([]);
        await bot.close();
      });
    }
  });
});

describe('SMS STOP during a hand-off', () => {
  it('while queued: leaves the queue, sends nothing, and the advisor sees the STOP', async () => {
    const { bot } = await queued({ channelId: 'sms' });
    const desk = bot.app.desk;
    const stopped = await bot.say('STOP');
    expect(stopped.activities).to.deep.equal([]);
    expect(await desk.phase(bot.conversationKey)).to.equal(undefined);
    expect(await desk.list('demo')).to.deep.equal([]);
    expect((await bot.data())?.handoff).to.equal('ended');
    await bot.close();
  });

  it('while connected: the chat with the advisor ends, and the advisor can no longer text them', async () => {
    const { bot } = await queued({ channelId: 'sms' });
    const desk = bot.app.desk;
    expect(await desk.claim(bot.conversationKey, ana)).to.equal('claimed');
    bot.inbox();
    await bot.say('STOP');
    expect(await desk.phase(bot.conversationKey)).to.equal(undefined);
    expect(await desk.send(bot.conversationKey, ana, 'Are you still there?')).to.equal(false);
    expect(bot.inbox().activities, 'nothing is texted after STOP').to.deep.equal([]);
    await bot.close();
  });
});

describe('SMS after STOP', () => {
  it('sends nothing, but still tells the advice line of an urgent message', async () => {
    const urgent: UrgentHandoff[] = [];
    const bot = await startBot({ channelId: 'sms', now: new Date(OPEN), onUrgent: (u) => urgent.push(u) });
    await bot.say('hi');
    const stopped = await bot.say('STOP');
    expect(stopped.activities).to.deep.equal([]);
    const risky = await bot.say('i am going to kill myself tonight');
    expect(risky.activities).to.deep.equal([]);
    expect(urgent).to.have.length(1);
    expect(urgent[0]).to.include({ reason: 'risk_after_stop', channel: 'sms', level: 'urgent' });
    await bot.close();
  });
});
