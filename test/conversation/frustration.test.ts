/** Told they got it wrong, the bot owns it and opens the ways on; despair or a complaint about someone else is not that. */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { handleReply } from '../../conversation/answers';
import { soundsFrustrated } from '../../conversation/frustration';
import { nextQuestion } from '../../conversation/questions';
import { newConversationData } from '../../conversation/state';
import type { LanguageCode } from '../../core/languages';
import { guide, said } from './helpers';

const text = (contents: Content[]) => contents.map((c) => (c.kind === 'text' ? c.text : '')).join('\n');

describe('frustration with the chat', () => {
  const cross: [LanguageCode, string][] = [
    ['en', 'ur not listening'],
    ['en', 'this is useless'],
    ['en', "you're not helping!!"],
    ['cy', 'dwyt ti ddim yn deall'],
    ['pl', 'nie słuchasz mnie'],
    ['es', 'no me entiendes'],
    ['pt', 'não me entende'],
    ['ur', 'aap samajh nahi rahe'],
    ['ar', 'أنت لا تفهم'],
    ['zh', '你不懂'],
  ];
  for (const [language, message] of cross) {
    it(`${language}: "${message}" is owned, and the question that annoyed them is left`, () => {
      const data = newConversationData(language, 'demo');
      const ctx = guide(language);
      data.situation.focus = 'family';
      data.situation.topics = ['family'];
      const out = text(handleReply('followup:family_age', said(message), data, ctx));
      expect(out).to.equal(ctx.t('common.frustrated.text', { org: ctx.org.name }));
      expect(nextQuestion(data, ctx).id).not.to.match(/^followup:/);
    });
  }
  for (const message of [
    'I feel so useless',
    'the doctors are not listening',
    'my brother is not helping',
    'wszystko jest bez sensu',
    '我真没用',
    'my husband doesnt understand me',
  ]) {
    it(`"${message}" is not about the chat`, () => expect(soundsFrustrated(message)).to.equal(false));
  }
});
