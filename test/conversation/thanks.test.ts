/** "Thanks" is answered kindly in every language, never "Can you tell me a bit more?". */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { handleReply } from '../../conversation/answers';
import { asksHowWeAre, isThanks } from '../../conversation/thanks';
import { newConversationData } from '../../conversation/state';
import type { LanguageCode } from '../../core/languages';
import { guide, said } from './helpers';

const text = (contents: Content[]) => contents.map((c) => (c.kind === 'text' ? c.text : '')).join('\n');

describe('thanks', () => {
  const thanks: [LanguageCode, string][] = [
    ['en', 'thanks'],
    ['en', 'thank u'],
    ['en', 'Thank you so much!'],
    ['en', 'cheers'],
    ['en', 'ok thanks'],
    ['cy', 'Diolch'],
    ['cy', 'diolch yn fawr'],
    ['pl', 'dziękuję'],
    ['pl', 'dzieki'],
    ['ro', 'mulțumesc'],
    ['pt', 'obrigada'],
    ['es', 'muchas gracias'],
    ['ur', 'shukriya'],
    ['ur', 'شکریہ'],
    ['ar', 'شكرا'],
    ['zh', '谢谢'],
    ['bn', 'ধন্যবাদ'],
    ['pa', 'ਧੰਨਵਾਦ'],
    ['gu', 'આભાર'],
  ];
  for (const [language, message] of thanks) {
    it(`${language}: "${message}" is thanks`, () => expect(isThanks(message)).to.equal(true));
  }
  for (const message of ['thanks but I still need help with money', 'no thanks', 'thank you for nothing, my mum is dying', 'I need help']) {
    it(`"${message}" is not only thanks`, () => expect(isThanks(message)).to.equal(false));
  }

  for (const language of ['en', 'cy', 'pl', 'ar', 'ur', 'zh', 'es', 'pt', 'pa', 'bn', 'ro', 'gu'] as LanguageCode[]) {
    it(`${language}: answered with a welcome of its own, not the fallback`, () => {
      const data = newConversationData(language, 'demo');
      const ctx = guide(language);
      const out = text(handleReply('more', said(thanks.find(([l]) => l === language)![1]), data, ctx));
      expect(out).to.equal(ctx.t('common.thanks.text'));
      expect(out).not.to.equal('common.thanks.text');
      expect(out).not.to.equal(ctx.t('common.fallback.text'));
    });
  }
});

describe('"how are you?" asked of the bot', () => {
  const asks: [LanguageCode, string][] = [
    ['en', 'how are you?'],
    ['en', 'hi how r u'],
    ['cy', 'sut wyt ti?'],
    ['pl', 'jak się masz?'],
    ['es', '¿cómo estás?'],
    ['ur', 'aap kaise hain?'],
    ['ar', 'كيف حالك؟'],
    ['zh', '你好吗？'],
  ];
  for (const [language, message] of asks) {
    it(`${language}: "${message}" gets a short, honest answer`, () => {
      expect(asksHowWeAre(message)).to.equal(true);
      const data = newConversationData(language, 'demo');
      const ctx = guide(language);
      expect(text(handleReply('more', said(message), data, ctx))).to.equal(ctx.t('common.howAreYouBot.text'));
    });
  }
  for (const message of ['how are you supposed to cope with this', 'my mum asked how are you', 'how are you meant to claim PIP']) {
    it(`"${message}" is not small talk`, () => expect(asksHowWeAre(message)).to.equal(false));
  }
});
