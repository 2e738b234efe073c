/** "Are you a bot?" in every language: answered honestly (an automatic helper) with how to reach a person. */
import { expect } from 'chai';
import { startBot } from './botHarness';

const ASKED: Array<[string, string, RegExp]> = [
  ['en-GB', 'are you a bot?', /automatic helper[\s\S]*talk to a person/],
  ['en-GB', 'is this a real person', /not a person/],
  ['en-GB', 'am I talking to a computer?', /computer program/],
  ['cy-GB', 'ai bot wyt ti?', /rhaglen gyfrifiadurol/],
  ['pl-PL', 'czy jesteś botem?', /automatycznym pomocnikiem/],
  ['ro-RO', 'esti un robot?', /asistent automat/],
  ['pt-PT', 'você é um robô?', /assistente automático/],
  ['es-ES', '¿eres un bot?', /asistente automático/],
  ['ar', 'هل أنت روبوت؟', /مساعد آلي/],
  ['ur-PK', 'کیا آپ بوٹ ہیں؟', /خودکار مددگار/],
  ['pa-IN', 'ਕੀ ਤੁਸੀਂ ਬੋਟ ਹੋ?', /ਆਟੋਮੈਟਿਕ ਸਹਾਇਕ/],
  ['bn-BD', 'আপনি কি বট?', /স্বয়ংক্রিয় সহায়ক/],
  ['gu-IN', 'શું તમે બોટ છો?', /સ્વચાલિત સહાયક/],
  ['zh-CN', '你是机器人吗？', /自动助手/],
];

describe('"are you a bot?"', () => {
  for (const [locale, text, answer] of ASKED) {
    it(`${locale}: "${text}" gets an honest answer, never "tell me more"`, async () => {
      const bot = await startBot({ locale });
      await bot.say(locale.startsWith('en') ? 'hello' : text);
      const reply = await bot.say(text);
      expect(reply.text).to.match(answer);
      expect(reply.text).to.not.match(/tell me a bit more/i);
      await bot.close();
    });
  }
});
