/**
 * Who they look after and how they are, told in one message, are thanked once: "Thank you for telling me about
 * your mum." was followed by "Thank you for telling me. It's a lot to carry...". The person is still named.
 */
import { expect } from 'chai';
import { OPEN, startBot } from './botHarness';

const cases: [string, string, RegExp, RegExp][] = [
  ['en-GB', "hi, I look after my mum, she has dementia and it's all too much", /about your mum/, /Thank you for telling me/g],
  ['en-GB', "my husband has cancer and honestly it's all too much", /about your husband/, /Thank you for telling me/g],
];

describe('who they look after and how they are, thanked once', () => {
  for (const [locale, text, named, thanks] of cases)
    it(`${locale}: ${JSON.stringify(text)}`, async () => {
      const bot = await startBot({ now: OPEN, locale });
      const first = await bot.say(text);
      expect(first.text).to.match(named);
      expect(first.text.match(thanks) ?? []).to.have.length(1);
      await bot.close();
    });
});
