/**
 * "Make me a plan" and asks for next steps open the plan, in every language; after a
 * crisis reply the crisis follow-up keeps the turn (conversation/crisisFollowUp.ts), never the plan.
 */
import { expect } from 'chai';
import { startBot, type Harness } from './botHarness';

/** A money worry first, so there is something to plan; then each language's way of asking. */
const ASKS: [string, string, string][] = [
  ['en', "I'm worried about money, my mum has cancer", 'make me a plan'],
  ['en', "I'm worried about money, my mum has cancer", 'What should I do now?'],
  ['en', "I'm worried about money, my mum has cancer", 'next steps'],
  ['cy', 'Dw i’n poeni am arian, mae gan mam ganser', 'camau nesaf'],
  ['pl', 'Martwię się o pieniądze, moja mama ma raka', 'co mam teraz zrobić'],
  ['ro', 'Îmi fac griji pentru bani, mama are cancer', 'pașii următori'],
  ['pt', 'Estou preocupada com dinheiro, a minha mãe tem cancro', 'próximos passos'],
  ['es', 'Me preocupa el dinero, mi madre tiene cáncer', '¿qué hago ahora?'],
  ['ur', 'مجھے پیسوں کی فکر ہے، میری امی کو کینسر ہے', 'اگلے قدم'],
  ['ar', 'أنا قلق بشأن المال، أمي مصابة بالسرطان', 'الخطوات التالية'],
  ['zh', '我很担心钱的问题，我妈妈得了癌症', '下一步怎么做'],
];

async function withBot(locale: string, run: (h: Harness) => Promise<void>): Promise<void> {
  const h = await startBot({ channelId: 'webchat', locale });
  try {
    await run(h);
  } finally {
    await h.close();
  }
}

const hasPlanCard = (activities: { attachments?: { content?: unknown }[] }[]): boolean =>
  activities.some((a) => (a.attachments ?? []).some((x) => JSON.stringify(x.content).includes('0300')));

describe('asking for a plan or next steps', () => {
  for (const [locale, first, ask] of ASKS) {
    it(`${locale}: "${ask}" opens the plan`, async () => {
      await withBot(locale, async (h) => {
        await h.say(first);
        const reply = await h.say(ask);
        expect(hasPlanCard(reply.activities), reply.text).to.equal(true);
      });
    });
  }

  it('after an emergency reply, "what should I do now?" carries the crisis on, not the plan', async () => {
    await withBot('en', async (h) => {
      await h.say("I'm worried about money, my mum has cancer");
      await h.say("my mum's collapsed and she isn't breathing");
      const reply = await h.say('what should I do now?');
      expect(reply.text).to.match(/999/);
      expect(hasPlanCard(reply.activities)).to.equal(false);
    });
  });

  it('on SMS the plan comes as text with the numbers and the page link', async () => {
    const h = await startBot({ channelId: 'sms' });
    try {
      await h.say("I'm worried about money, my mum has cancer");
      const reply = await h.say('make me a plan');
      expect(reply.text).to.match(/Your plan/);
      expect(reply.text).to.match(/\/plan\/[A-Za-z0-9_-]{32}/);
      expect(reply.text).to.match(/\d{3,4} \d{3}/);
    } finally {
      await h.close();
    }
  });
});
