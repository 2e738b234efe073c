/**
 * Asking for a person while the crisis offer (or the hand-off it started) is on screen: the
 * hand-off runs once, its questions get their answers, and when it is done the offer is over:
 * never "something went wrong", never the offer again after a call back is booked or while queued.
 */
import { expect } from 'chai';
import { CLOSED, OPEN, startBot, type HarnessOptions } from './botHarness';

interface Case {
  name: string;
  options: HarnessOptions;
  turns: string[];
  /** What the last turn must show, and must not. */
  says: RegExp;
  never: RegExp;
}

const FAILED = /went wrong|n-a mers bine|ghalat ho gaya|ভুল হয়েছে/i;

const cases: Case[] = [
  {
    name: 'closed: yes to the call back, then "can someone call me back" at the number question, then the number',
    options: { now: CLOSED },
    turns: ["I'm scared I might hurt him, I'm so angry all the time", 'yes please', 'can someone call me back', '07700900123'],
    says: /good time to call/i,
    never: FAILED,
  },
  {
    name: 'Romanian, open: yes to a person after chemo fever, asks again while queued, then answers the sharing question',
    options: { now: OPEN, locale: 'ro' },
    turns: ['mama face chimioterapie si are febra 38.5', 'da', 'vreau sa vorbesc cu cineva', 'nu, doar rezumatul'],
    says: /rezumat/i,
    never: new RegExp(`${FAILED.source}|Vrei să vorbești acum`, 'i'),
  },
  {
    name: 'SMS, closed: chemo fever, "can i speak to a real person", a call back booked: not offered again',
    options: { now: CLOSED, channelId: 'sms' },
    turns: ['mum is on chemo and her temperature is 38.6 and shes shivering', 'can i speak to a real person', 'yes', '07700 900123', '1'],
    says: /will call you back/i,
    never: new RegExp(`${FAILED.source}|Would you like (them|someone) to call you back`, 'i'),
  },
  {
    name: 'Teams, open: abuse, "can I talk to someone" at the offer, then the sharing answer: no offer of a person while queued',
    options: { now: OPEN, channelId: 'msteams' },
    turns: ['my dad hits me when hes drunk and I still have to look after him', 'actually can I talk to someone', 'no, just the summary'],
    says: /only see the summary/i,
    never: new RegExp(`${FAILED.source}|Would you like to talk to a person`, 'i'),
  },
  {
    name: 'Roman Urdu, closed: yes to the call back, asks for a person at the number question, then "haan ji"',
    options: { now: CLOSED, locale: 'ur' },
    turns: ['ammi ko cancer hai, mera dil karta hai khud ko khatam kar doon', 'haan', 'mujhe kisi insaan se baat karni hai', 'haan ji'],
    says: /\S/,
    never: FAILED,
  },
];

describe('asking for a person while the crisis offer or its hand-off is on screen', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const bot = await startBot(c.options);
      let last = { text: '' };
      for (const turn of c.turns) {
        last = await bot.say(turn);
        expect(last.text, `after "${turn}"`).to.not.match(FAILED);
      }
      expect(last.text).to.match(c.says);
      expect(last.text).to.not.match(c.never);
      await bot.close();
    });
  }
});
