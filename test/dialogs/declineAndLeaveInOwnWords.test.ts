/**
 * After a crisis reply, in the person's own words: "I'm fine now" or "I don't want to talk" is a
 * decline answered kindly (never the crisis block and the offer again), "I want to leave the queue"
 * leaves it, and anything else while waiting gets their place and a way out: never silence.
 */
import { expect } from 'chai';
import { OPEN, startBot, type HarnessOptions } from './botHarness';

interface Case {
  name: string;
  options?: HarnessOptions;
  turns: string[];
  says: RegExp[];
  never: RegExp;
  handoff?: string;
}

const REPEAT_EN = /I'm still here\. You can call|Would you like to talk to a person/;

const cases: Case[] = [
  {
    name: 'English: "I don\'t want to talk" to the offer after abuse',
    turns: ['my dad hits me when hes drunk and I still have to look after him', 'I dont want to talk'],
    says: [/numbers are here/],
    never: REPEAT_EN,
    handoff: 'none',
  },
  {
    name: 'English: "nah i\'m good, don\'t want to talk" to the offer',
    turns: ["my brother keeps taking mum's money and shouting at her, she's scared of him", "nah i'm good, don't want to talk"],
    says: [/numbers are here/],
    never: REPEAT_EN,
  },
  {
    name: 'Levantine Arabic: "ما بدي احكي" to the offer after suicidal thoughts',
    options: { locale: 'ar' },
    turns: ['بابا عندو سرطان وأنا تعبت كتير، ما عاد بدي عيش', 'ما بدي احكي'],
    says: [/الأرقام هنا/],
    never: /ما زلت هنا|هل يناسبك التحدث/,
  },
  {
    name: 'Chinese: "我现在没事了" to the offer',
    options: { locale: 'zh' },
    turns: ['我妈妈得了癌症，我真的不想活了', '我现在没事了'],
    says: [/\S/],
    never: /我还在这里|你想现在和/,
  },
  {
    name: 'English, queued after suicidal thoughts: "I\'m fine now" is heard, the place kept and a way out given',
    turns: ["my husband has bowel cancer and honestly I don't see the point of going on anymore", 'yes', 'Yes, they can read it', "I'm fine now"],
    says: [/numbers are here/, /still in the queue/],
    never: /I'm still here\. You can call/,
    handoff: 'queued',
  },
  {
    name: 'Punjabi, queued: "ਮੈਂ ਗੱਲ ਨਹੀਂ ਕਰਨੀ"',
    options: { locale: 'pa' },
    turns: ['ਮੇਰੇ ਪਿਤਾ ਜੀ ਨੂੰ ਕੈਂਸਰ ਹੈ, ਮੈਂ ਹੁਣ ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦਾ', 'ਹਾਂ ਜੀ', 'ਹਾਂ', 'ਮੈਂ ਗੱਲ ਨਹੀਂ ਕਰਨੀ'],
    says: [/ਕਤਾਰ/],
    never: /ਮੈਂ ਹਾਲੇ ਵੀ ਇੱਥੇ ਹਾਂ/,
    handoff: 'queued',
  },
  {
    name: 'Gulf Arabic, queued after abuse: "ابغى اطلع من الطابور" leaves the queue',
    options: { locale: 'ar' },
    turns: ['اخوي يضربني ويصارخ علي كل يوم وانا اعتني بامي', 'نعم', 'ابغى اطلع من الطابور'],
    says: [/الخروج من الانتظار/],
    never: /يمكنك الاتصال الآن/,
    handoff: 'none',
  },
  {
    name: 'Polish, queued after abuse: "chcę wyjść z kolejki" leaves the queue',
    options: { locale: 'pl' },
    turns: ['tata mnie bije, jak się napije, a ja się nim opiekuję', 'tak', 'tak', 'chcę wyjść z kolejki'],
    says: [/kolejce/],
    never: /Jestem tu nadal/,
    handoff: 'none',
  },
  {
    name: 'Gujarati, queued: "મારે કતારમાંથી નીકળવું છે" leaves the queue',
    options: { locale: 'gu' },
    turns: ['મારા પતિ મને મારે છે અને હું તેમની સંભાળ રાખું છું', 'હા', 'હા', 'મારે કતારમાંથી નીકળવું છે'],
    says: [/કતાર/],
    never: /હું હજી અહીં છું/,
    handoff: 'none',
  },
  {
    name: 'English, queued after collapsing: "hello? is anyone there" gets the place in the queue with the numbers',
    turns: ["I havent slept in 4 days, I keep blacking out and I'm alone with him", 'ok', 'yes they can', 'hello? is anyone there'],
    says: [/still in the queue/, /999/],
    never: /Would you like to talk/,
    handoff: 'queued',
  },
  {
    name: 'English, queued without a crisis, the sharing question open: "hello?" is never met with silence',
    turns: ['hi', 'can I talk to a real person', 'hello?'],
    says: [/still in the queue/],
    never: /went wrong/,
    handoff: 'queued',
  },
];

describe('declining, leaving and waiting in their own words', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const bot = await startBot({ now: OPEN, ...c.options });
      let last = { text: '', choices: [] as string[] };
      for (const turn of c.turns) last = await bot.say(turn);
      for (const says of c.says) expect(last.text).to.match(says);
      expect(last.text).to.not.match(c.never);
      if (c.handoff) expect((await bot.data())?.handoff).to.equal(c.handoff);
      await bot.close();
    });
  }
});

describe('coming back after a silence while queued', () => {
  it('45 minutes after answering the sharing question, "hello? anyone?" gets the place in the queue, not the opening question', async () => {
    let now = OPEN;
    const bot = await startBot({ clock: () => now });
    await bot.say('I just want to go to sleep and not wake up, looking after dad is too much');
    await bot.say('yes');
    await bot.say('No, just the summary');
    now = new Date(OPEN.getTime() + 45 * 60_000);
    const back = await bot.say('hello? anyone?');
    expect(back.text).to.match(/still in the queue/);
    expect(back.text).to.not.match(/Who are you here about/);
    expect(back.choices).to.include('Leave the queue');
    await bot.close();
  });
});
