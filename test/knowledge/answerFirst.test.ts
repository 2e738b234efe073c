/** Through the real bot: a card question is answered in the first reply; a crisis reply always comes before any card. */
import { expect } from 'chai';
import { startBot } from '../dialogs/botHarness';

describe('answer first, through the bot', () => {
  it('a newcomer asking how long they have to register a death gets the answer in the first reply', async () => {
    const h = await startBot({ channelId: 'webchat' });
    try {
      const first = await h.say('how long do I have to register my mums death?');
      expect(first.text).to.match(/register a death within 5 days/);
      expect(first.text).to.include('What to do next');
      expect(first.text).not.to.include('Can you tell me a bit more');
    } finally {
      await h.close();
    }
  });

  it('a crisis beside a card question gets the crisis reply, never the card', async () => {
    const h = await startBot({ channelId: 'webchat' });
    try {
      await h.say('hi');
      const reply = await h.say('I want to kill myself, how much is carers allowance anyway');
      expect(reply.text).to.match(/116 123/);
      expect(reply.text).not.to.include('£86.45');
    } finally {
      await h.close();
    }
  });
});

describe('two questions in one message, through the bot: both are answered', () => {
  const table: { language: string; message: string; first: RegExp; second: RegExp }[] = [
    {
      language: 'en',
      message: 'MIL has cancer, can she get a blue badge? and does council tax go down?',
      first: /A Blue Badge lets someone/,
      second: /Your other question: Council Tax help\n+You may pay less Council Tax/,
    },
    {
      language: 'en',
      message: 'My husband died at home an hour ago. Do I need to call 999? How do I register the death?',
      first: /you do not need to call \[?999/i,
      second: /Your other question: Registering a death/i,
    },
    {
      language: 'pl',
      message: 'Czy mama może dostać Blue Badge? A czy council tax może być niższy?',
      first: /Blue Badge pozwala osobie/,
      second: /Twoje drugie pytanie: Pomoc z Council Tax\n+Możesz płacić mniej Council Tax/,
    },
  ];
  for (const { language, message, first, second } of table)
    it(`${language}: "${message}"`, async () => {
      const h = await startBot({ channelId: 'webchat', locale: language });
      try {
        const reply = await h.say(message);
        expect(reply.text).to.match(first);
        expect(reply.text).to.match(second);
        // Both answers come before any service.
        expect(reply.text.search(second)).to.be.lessThan(reply.text.search(/Carers UK|Marie Curie|Citizens Advice|Disability Rights/));
      } finally {
        await h.close();
      }
    });

  it('one question said twice is answered once ("Can I get carers allowance? How much is it?" has no second card)', async () => {
    const h = await startBot({ channelId: 'webchat' });
    try {
      const reply = await h.say('Can I get carers allowance? Do I qualify?');
      expect(reply.text).not.to.match(/Your other question/);
    } finally {
      await h.close();
    }
  });
});

describe('two questions in one message, on SMS: the other question keeps its short offer', () => {
  const table: { language: string; message: string; first: RegExp; offer: RegExp }[] = [
    {
      language: 'en',
      message: 'MIL has cancer, can she get a blue badge? and does council tax go down?',
      first: /A Blue Badge lets someone/,
      offer: /Your other question: Council Tax help\.[^]*Send it on its own for more\./,
    },
    {
      language: 'en',
      message: "how much is carer's allowance? and can I get time off work to look after my mum?",
      // Either may lead (the matcher's surer one): the other keeps its title and first sentence.
      first: /Carer's (?:Leave|Allowance is £86\.45)/,
      offer: /Your other question: (?:How much Carer's Allowance is\. Carer's Allowance is £86\.45 a week|Carer's Leave from work\. If you are an employee)/,
    },
    {
      language: 'pl',
      message: 'Czy mama może dostać Blue Badge? A czy council tax może być niższy?',
      first: /Blue Badge pozwala osobie/,
      offer: /Twoje drugie pytanie: Pomoc z Council Tax\.[^]*Wyślij je osobno, a powiem więcej\./,
    },
    {
      language: 'cy',
      message: "Faint yw Lwfans Gofalwr? A alla i gael amser i ffwrdd o'r gwaith i ofalu am mam?",
      first: /Carer's Leave/,
      offer: /Eich cwestiwn arall: Faint yw Carer's Allowance\.[^]*Anfonwch ef ar ei ben ei hun i gael mwy\./,
    },
  ];
  for (const { language, message, first, offer } of table)
    it(`${language}: "${message}"`, async () => {
      const h = await startBot({ channelId: 'sms', locale: language });
      try {
        const reply = await h.say(message);
        expect(reply.text).to.match(first);
        expect(reply.text).to.match(offer);
        // Its steps are the web's: the short form stands alone.
        expect(reply.activities.length).to.be.at.most(3);
      } finally {
        await h.close();
      }
    });
});

describe('a money question beside what they do for someone is answered with the money card first, not the guided questions', () => {
  const table: [string, string][] = [
    ['en', 'is there any money for me, i look after the wife full time'],
    ['en', 'i look after the wife full time, is there any money for me'],
    ['en', 'am I entitled to anything? I look after my mum'],
    ['en', 'what am i entitled to, i care for my husband'],
    ['en', 'can I get paid for looking after my dad'],
    ['en', 'any benefits for me? I care for my son'],
    ['cy', "oes arian i mi? dw i'n gofalu am fy ngwraig"],
    ['pl', 'czy należą mi się jakieś pieniądze? opiekuję się żoną'],
    ['pl', 'czy są jakieś zasiłki dla mnie? opiekuję się synem'],
    ['es', '¿hay algún dinero para mí? cuido a mi esposa a tiempo completo'],
    ['es', '¿me pueden pagar por cuidar a mi padre?'],
    ['ur', 'کیا میرے لیے کوئی پیسے ہیں؟ میں اپنی بیوی کی دیکھ بھال کرتا ہوں'],
    ['ur', 'kya mujhe koi paisa mil sakta hai? main apni biwi ki dekhbhal karta hoon'],
    ['ar', 'هل هناك أي مال لي؟ أعتني بزوجتي طوال الوقت'],
    ['pt', 'há algum dinheiro para mim? cuido da minha mulher a tempo inteiro'],
    ['zh', '我全职照顾妻子，有没有钱可以领？'],
  ];
  for (const [language, message] of table)
    it(`${language}: "${message}"`, async () => {
      const h = await startBot({ channelId: 'webchat', locale: language });
      try {
        const reply = await h.say(message);
        expect(reply.text).to.include("Carer's Allowance");
        const data = (await h.data()) as { situation?: { card?: string } } | undefined;
        expect(data?.situation?.card).to.equal('money.carers-allowance');
      } finally {
        await h.close();
      }
    });
});
