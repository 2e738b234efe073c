/** What each channel's edge does before and after the dialogs: Teams groups, SMS opt-out at Twilio. */
import { expect } from 'chai';
import sinon from 'sinon';
import { startBot } from '../dialogs/botHarness';

const CLOSED = new Date('2026-11-24T21:00:00Z');
const mention = (text: string) => ({
  text: `<at>Looking After</at> ${text}`,
  entities: [{ type: 'mention', text: '<at>Looking After</at>', mentioned: { id: 'bot', name: 'Looking After' } }],
});

describe('bots: channel edges', () => {
  afterEach(() => sinon.restore());

  describe('Teams group or channel', () => {
    const cases: Array<{ why: string; input: string | ReturnType<typeof mention>; answers: boolean }> = [
      { why: 'a message that mentions the bot', input: mention('hello'), answers: true },
      { why: 'a message between colleagues, not for the bot', input: 'see you at the 3pm meeting', answers: false },
      { why: 'a message that shows danger, even without a mention', input: 'I am going to kill myself tonight', answers: true },
    ];
    for (const c of cases) {
      it(`${c.answers ? 'answers' : 'stays quiet on'} ${c.why}`, async () => {
        const bot = await startBot({ channelId: 'msteams', conversationType: 'channel' });
        const seen = await bot.say(c.input);
        expect(seen.activities.length > 0).to.equal(c.answers);
        await bot.close();
      });
    }

    it('never asks for a phone number there, even for a call back', async () => {
      const bot = await startBot({ channelId: 'msteams', conversationType: 'groupChat', now: CLOSED });
      await bot.say(mention('hello'));
      const seen = await bot.say(mention('can I talk to a real person'));
      expect(seen.text).to.match(/closed.*private message/s);
      expect(seen.text).to.not.match(/what number/i);
      await bot.close();
    });

    it('in a personal chat answers without a mention', async () => {
      const bot = await startBot({ channelId: 'msteams', conversationType: 'personal' });
      expect((await bot.say('hello')).activities.length).to.be.greaterThan(0);
      await bot.close();
    });
  });

  describe('SMS', () => {
    it('treats Twilio error 21610 (the person opted out at Twilio) as STOP, without crashing the turn', async () => {
      const bot = await startBot({ channelId: 'sms' });
      await bot.say('hi');
      const unsubscribed = Object.assign(new Error('Twilio error 21610: Attempt to send to unsubscribed recipient'), { statusCode: 400 });
      const send = sinon.stub(bot.adapter, 'sendActivities').rejects(unsubscribed);
      await bot.say('money help please');
      expect((await bot.data())?.smsStopped).to.equal(true);
      send.restore();
      expect((await bot.say('hello?')).activities, 'nothing more is sent').to.deep.equal([]);
      await bot.close();
    });

    const keywords: Array<{ word: string; stopped: boolean }> = [
      { word: 'STOP', stopped: true },
      { word: 'unsubscribe', stopped: true },
      { word: 'Quit', stopped: true },
      { word: 'stop calling me names', stopped: false },
    ];
    for (const k of keywords) {
      it(`"${k.word}" ${k.stopped ? 'stops' : 'does not stop'} the messages`, async () => {
        const bot = await startBot({ channelId: 'sms' });
        await bot.say('hi');
        await bot.say(k.word);
        expect((await bot.data())?.smsStopped).to.equal(k.stopped);
        await bot.close();
      });
    }

    it('START after STOP sends again', async () => {
      const bot = await startBot({ channelId: 'sms' });
      await bot.say('hi');
      await bot.say('STOP');
      expect((await bot.say('START')).activities.length).to.be.greaterThan(0);
      await bot.close();
    });
  });
});
