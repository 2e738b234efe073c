/**
 * Who they look after and a worry, told in one message, are thanked once: "Dziękuję, że mówisz mi o bliskiej osobie
 * (twoja mama)." was followed by "To brzmi naprawdę ciężko. Dziękuję, że mi o tym mówisz." The concern's own
 * acknowledgement stays warm ("you don't have to carry it alone"), and with nobody named it still thanks them.
 */
import { expect } from 'chai';
import { OPEN, startBot } from './botHarness';

const cases: [string, string, RegExp, RegExp][] = [
  ['en-GB', "I look after my mum and I can't cope anymore, I'm at the end of my rope", /about your mum/, /Thank you/g],
  ['pl-PL', 'opiekuję się mamą, nie daję już rady, jestem na skraju', /twoja mama/, /Dziękuję/g],
  ['es-ES', 'cuido de mi madre y ya no puedo más, no aguanto', /tu madre/, /Gracias/g],
  ['ar', 'أعتني بأمي ولم أعد أحتمل، لا أستطيع التحمل', /والدتك/, /شكرًا/g],
];

describe('who they look after and a concern, thanked once', () => {
  for (const [locale, text, named, thanks] of cases)
    it(`${locale}: ${JSON.stringify(text)}`, async () => {
      const bot = await startBot({ now: OPEN, locale });
      const first = await bot.say(text);
      expect(first.text).to.match(named);
      expect(first.text.match(thanks) ?? []).to.have.length(1);
      await bot.close();
    });

  it('with nobody named, the concern still thanks them', async () => {
    const bot = await startBot({ now: OPEN, locale: 'en-GB' });
    const first = await bot.say("I can't cope anymore, I'm at the end of my rope");
    expect(first.text).to.match(/That sounds really hard\. Thank you for telling me\./);
    await bot.close();
  });
});
