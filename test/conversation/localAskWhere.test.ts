/**
 * "I look after my dad and need help near me", in every language (issue 16): the bot asks where they live,
 * to find their council's way to a carer's assessment and local help. A card that only half fits ("is there
 * any support in my town?" read as the assessment card) waits: what is near them needs the place first.
 */
import { expect } from 'chai';
import { handleReply } from '../../conversation/answers';
import { nextQuestion } from '../../conversation/questions';
import { newConversationData } from '../../conversation/state';
import type { LanguageCode } from '../../core/languages';
import { recognizeSync } from '../../understanding';
import { guide, keyT } from './helpers';

const OPENERS: [LanguageCode | 'ur-Latn', string][] = [
  ['en', 'I look after my dad and need help near me'],
  ['en', "what's available where I live for carers"],
  ['cy', "Dw i'n gofalu am dad ac angen help yn lleol"],
  ['cy', 'Oes cefnogaeth yn fy ardal i? Mae mam yn sâl gyda chanser'],
  ['pl', 'Opiekuję się tatą, potrzebuję pomocy w okolicy'],
  ['pl', 'potrzebuję pomocy dla taty w okolicy'],
  ['ro', 'Am grijă de tata și am nevoie de ajutor în zona mea'],
  ['ro', 'ajutor langa mine'],
  ['pt', 'Cuido do meu pai e preciso de ajuda perto de mim'],
  ['pt', 'tem apoio na minha cidade?'],
  ['es', 'Cuido de mi padre y necesito ayuda cerca de mí'],
  ['es', '¿Hay apoyo en mi zona? Mi madre tiene cáncer'],
  ['ur', 'میں اپنے ابو کی دیکھ بھال کرتا ہوں اور مجھے اپنے علاقے میں مدد چاہیے'],
  ['ur', 'مقامی سروسز'],
  ['ur-Latn', 'main apne abbu ki dekhbhal karta hoon, mujhe apne area mein madad chahiye'],
  ['pa', 'ਮੈਂ ਆਪਣੇ ਪਿਤਾ ਜੀ ਦੀ ਦੇਖਭਾਲ ਕਰਦਾ ਹਾਂ ਅਤੇ ਮੈਨੂੰ ਆਪਣੇ ਇਲਾਕੇ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ'],
  ['bn', 'আমি আমার বাবার দেখাশোনা করি, আমার এলাকায় সাহায্য দরকার'],
  ['gu', 'હું મારા પપ્પાની સંભાળ રાખું છું અને મને મારા વિસ્તારમાં મદદ જોઈએ છે'],
  ['ar', 'أعتني بوالدي وأحتاج مساعدة قريبة مني'],
  ['zh', '我们这里有照顾者的帮助吗'],
  ['zh', '我家附近有什么支持吗？我妈妈得了癌症'],
  // Asked about people who look after someone, not about money: the matcher was sure of Carer's Allowance.
  ['en', 'is there anything round here for carers'],
  ['en', 'any groups near me for people looking after someone'],
  ['en', 'anything local for people caring for someone'],
  ['cy', 'oes unrhyw help i ofalwyr yn fy ardal i'],
  ['pl', 'czy jest jakaś pomoc dla opiekunów w okolicy'],
  ['pl', 'grupy wsparcia dla opiekunów w pobliżu'],
  ['es', 'hay algo para cuidadores cerca de mí'],
  ['es', 'grupos de apoyo para cuidadores cerca de mí'],
  ['ar', 'هل يوجد دعم لمقدمي الرعاية في منطقتي'],
  ['zh', '我附近有没有照顾者的互助小组'],
];

describe('asking for help near me leads to "where do you live?"', () => {
  for (const [lang, text] of OPENERS) {
    it(`${lang} "${text}"`, () => {
      const language = (lang === 'ur-Latn' ? 'ur' : lang) as LanguageCode;
      const data = newConversationData(language, 'demo');
      const ctx = guide(language, keyT);
      handleReply('opening', { text, understanding: recognizeSync(text, { localeHint: language }) }, data, ctx);
      // No card answers it first (a benefit's rules are no help near them).
      expect(data.situation.card).to.equal(undefined);
      const question = nextQuestion(data, ctx);
      expect(question.id, JSON.stringify(data.situation.topics)).to.equal('where');
      const [content] = question.contents;
      expect(content?.kind === 'text' && content.text).to.equal('situation.where.question');
    });
  }
});
