/**
 * "thanks, bye" at the end got "You're welcome. I'm here if you need anything else." and then "Is there anything else
 * I can help with?": a goodbye is wished well ("Take care of yourself"), in every language; thanks alone keep their words.
 */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { handleReply } from '../../conversation/answers';
import { isThanks, saysBye } from '../../conversation/thanks';
import { newConversationData } from '../../conversation/state';
import type { LanguageCode } from '../../core/languages';
import { guide, said } from './helpers';

const text = (contents: Content[]) => contents.map((c) => (c.kind === 'text' ? c.text : '')).join('\n');

const BYES: [LanguageCode, string][] = [
  ['en', 'thanks, bye'],
  ['en', 'bye'],
  ['en', 'ok thank you goodbye'],
  ['cy', 'diolch, hwyl'],
  ['es', 'gracias, adiós'],
  ['pt', 'obrigada, tchau'],
  ['zh', '谢谢，再见'],
  ['ar', 'شكرا مع السلامة'],
];

describe('a goodbye is wished well, not asked "anything else?" twice', () => {
  for (const [language, message] of BYES)
    it(`${language}: ${JSON.stringify(message)}`, () => {
      expect(isThanks(message)).to.equal(true);
      expect(saysBye(message)).to.equal(true);
      const ctx = guide(language);
      expect(text(handleReply('more', said(message), newConversationData(language, 'demo'), ctx))).to.equal(ctx.t('common.thanks.bye'));
    });

  for (const message of ['thanks', 'thank you so much', 'diolch yn fawr'])
    it(`thanks alone keep their words: ${JSON.stringify(message)}`, () => {
      expect(saysBye(message)).to.equal(false);
      expect(text(handleReply('more', said(message), newConversationData('en', 'demo'), guide('en')))).to.equal(guide('en').t('common.thanks.text'));
    });

  it('a goodbye inside a message that says more is no goodbye', () => {
    expect(isThanks('bye the way my mum has cancer')).to.equal(false);
  });
});
