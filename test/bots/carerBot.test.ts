/** The turn pipeline around the dialogs: SMS keywords, oversized text, other activity types, the welcome. */
import { expect } from 'chai';
import { assessRisk } from '../../risk';
import { startBot } from '../dialogs/botHarness';

const CRISIS = /116 123/;

describe('CarerBot turn pipeline', () => {
  describe('SMS keywords', () => {
    it('STOP: silence after, but risk is still assessed and recorded; START: back; HELP: how it works', async () => {
      const h = await startBot({ channelId: 'sms' });
      try {
        await h.say('hi');
        expect((await h.say('STOP')).activities).to.deep.equal([]);
        expect((await h.say('money worries')).activities).to.deep.equal([]);
        expect((await h.say('I want to kill myself')).activities).to.deep.equal([]);
        expect((await h.data())?.risk).to.equal('urgent');
        expect((await h.say('START')).text).to.match(/\w/);
        expect((await h.say('HELP')).text).to.match(/STOP/);
      } finally {
        await h.close();
      }
    });

    it('on web chat, "stop" is not a keyword', async () => {
      const h = await startBot();
      try {
        await h.say('hi');
        expect((await h.say('stop')).activities.length).to.be.greaterThan(0);
      } finally {
        await h.close();
      }
    });

    it('SMS replies: numbered choices, within 320 characters, no attachments', async () => {
      const h = await startBot({ channelId: 'sms' });
      try {
        for (const text of ['hi', 'I need help with money', '1', 'SE15', 'I want to kill myself']) {
          const reply = await h.say(text);
          for (const a of reply.activities) {
            expect([...(a.text ?? '')].length).to.be.at.most(320);
            expect(a.attachments ?? []).to.deep.equal([]);
            expect(a.suggestedActions).to.equal(undefined);
          }
          expect(reply.text).to.match(/^1\. /m);
        }
      } finally {
        await h.close();
      }
    });
  });

  it('Teams group chat: choices as card buttons, no suggested actions, no personal questions', async () => {
    const h = await startBot({ channelId: 'msteams', conversationType: 'groupChat' });
    try {
      const texts: string[] = [];
      for (const text of ['my mum has cancer', 'I need help with money', '1']) {
        // In a group the bot is only spoken to by an @mention.
        const reply = await h.say({
          text: `<at>Bot</at> ${text}`,
          entities: [{ type: 'mention', text: '<at>Bot</at>', mentioned: { id: 'bot', name: 'Bot' } }],
        });
        texts.push(reply.text);
        expect(reply.activities.some((a) => a.suggestedActions)).to.equal(false);
        expect(reply.choices.length, 'card buttons').to.be.greaterThan(0);
      }
      const all = texts.join('\n');
      expect(all).not.to.match(/How are you doing yourself|postcode/i);
      expect(all).to.match(/\d{4} \d{3} \d{4}/);
    } finally {
      await h.close();
    }
  });

  describe('oversized messages', () => {
    it('without risk: a kind "shorter please"', async () => {
      const h = await startBot({ maxMessageChars: 200 });
      try {
        const reply = await h.say('My mum has cancer and things are hard. '.repeat(20));
        expect(reply.text).to.match(/short/i);
        expect(reply.text).not.to.match(CRISIS);
      } finally {
        await h.close();
      }
    });

    it('with risk at the very end: the crisis reply', async () => {
      const h = await startBot({ maxMessageChars: 200 });
      try {
        const reply = await h.say(`${'My mum has cancer and things are hard. '.repeat(20)} I want to kill myself.`);
        expect(reply.text).to.match(CRISIS);
        expect((await h.data())?.handoff).to.equal('offered');
      } finally {
        await h.close();
      }
    });
  });

  it('an unknown activity type is ignored: nothing said, nothing stored', async () => {
    const h = await startBot();
    try {
      for (const type of ['typing', 'messageReaction', 'event', 'somethingNew'])
        expect((await h.say({ type, text: 'I want to kill myself' })).activities).to.deep.equal([]);
      expect(await h.data()).to.equal(undefined);
    } finally {
      await h.close();
    }
  });

  it('conversationUpdate: welcome once, then a first message is not welcomed again', async () => {
    const h = await startBot();
    try {
      const welcome = await h.update();
      expect(welcome.text).to.match(/Hello/);
      expect((await h.update()).activities).to.deep.equal([]);
      const first = await h.say('I need help with money');
      expect(first.text).not.to.match(/Hello/);
    } finally {
      await h.close();
    }
  });

  it('the bot joining (only the bot added) says nothing', async () => {
    const h = await startBot();
    try {
      await h.adapter.processActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Bot' }] });
      expect(h.adapter.activeQueue).to.have.length(0);
    } finally {
      await h.close();
    }
  });

  it('a first message is welcomed (no conversationUpdate on some channels)', async () => {
    const h = await startBot();
    try {
      expect((await h.say('hi')).text).to.match(/Hello/);
    } finally {
      await h.close();
    }
  });

  // A first message that is only a place or only a factual question is answered, not lost behind the welcome.
  const firstMessages: [string, RegExp][] = [
    ['Derby', /near Derby/],
    ['how much is carers allowance a week', /Carer's Allowance is/],
  ];
  for (const [text, answer] of firstMessages) {
    it(`a first message "${text}" is welcomed and answered`, async () => {
      const h = await startBot();
      try {
        const reply = (await h.say(text)).text;
        expect(reply).to.match(/Hello/);
        expect(reply).to.match(answer);
      } finally {
        await h.close();
      }
    });
  }

  it('every turn records which rules and model judged it, in the state, without the text', async () => {
    const h = await startBot();
    try {
      await h.say('I want to end it all');
      const data = await h.data();
      expect(data?.risk).to.equal('urgent');
      expect(data?.riskVersions).to.deep.equal({ rules: assessRisk('').rulesVersion, model: assessRisk('').modelVersion });
      expect(JSON.stringify(data?.riskVersions)).not.to.include('end it all');
    } finally {
      await h.close();
    }
  });
});
