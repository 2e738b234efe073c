/** Whose money a question asks about, in every language the bot reads: the writer's own, or the person they look after's. */
import { expect } from 'chai';
import type { LanguageCode } from '../../core/languages';
import { askedFor, type AskedFor } from '../../understanding/askedFor';

const table: [LanguageCode, string, AskedFor | undefined][] = [
  ['en', 'can she get any benefits?', 'other'],
  ['en', "is there money for my dad, he can't wash himself any more", 'other'],
  ['en', 'I look after my mum, can she get any benefits?', 'other'],
  ['en', 'what benefits can my dad get?', 'other'],
  ['en', 'is my husband entitled to anything?', 'other'],
  ['en', 'can I get any money?', 'writer'],
  ['en', 'my wife has cancer, can I get any money?', 'writer'],
  ['en', 'can I get money for looking after my mum', 'writer'],
  ['en', 'is there any money for me, i look after the wife full time', 'writer'],
  ['en', 'is there any money?', undefined],
  ['en', 'I gave up work for my mum, is there any money?', undefined],
  ['cy', 'ydy Mam yn gallu cael arian?', 'other'],
  ['cy', 'all fy nhad gael help gydag arian?', 'other'],
  ['cy', 'ga i arian am ofalu am Mam?', 'writer'],
  ['pl', 'czy moja mama może dostać jakieś pieniądze?', 'other'],
  ['pl', 'czy jest jakaś pomoc finansowa dla taty?', 'other'],
  ['pl', 'czy mogę dostać pieniądze za opiekę nad mamą?', 'writer'],
  ['pl', 'czy jest coś dla mnie?', 'writer'],
  ['es', '¿mi madre puede cobrar alguna ayuda?', 'other'],
  ['es', '¿hay dinero para mi madre?', 'other'],
  ['es', '¿puedo cobrar algo por cuidar a mi madre?', 'writer'],
  ['es', '¿hay algo para mí?', 'writer'],
  ['pt', 'a minha mãe pode receber algum apoio?', 'other'],
  ['pt', 'posso receber alguma coisa?', 'writer'],
  ['ro', 'mama mea poate primi bani?', 'other'],
  ['ro', 'pot primi bani pentru că am grijă de mama?', 'writer'],
  ['ur', 'meri ammi ko kuch paisa mil sakta hai?', 'other'],
  ['ur', 'abbu ke liye koi madad hai?', 'other'],
  ['ur', 'kya mujhe koi paisa mil sakta hai?', 'writer'],
  ['ur', 'meri ammi ko cancer hai', undefined],
  ['ur', 'کیا میری امی کو کوئی پیسہ مل سکتا ہے؟', 'other'],
  ['ur', 'کیا مجھے کوئی پیسہ مل سکتا ہے؟', 'writer'],
  ['ar', 'هل تستحق أمي أي مساعدة مالية؟', 'other'],
  ['ar', 'هل في مساعدة لأمي؟', 'other'],
  ['ar', 'هل ممكن أحصل على مساعدة؟', 'writer'],
  ['zh', '我妈妈能领什么补助？', 'other'],
  ['zh', '给我爸有什么钱吗？', 'other'],
  ['zh', '我能拿什么钱？', 'writer'],
  ['bn', 'মায়ের জন্য কোনো টাকা আছে?', 'other'],
  ['gu', 'પપ્પા માટે કોઈ પૈસા મળે?', 'other'],
  ['gu', 'મને કોઈ પૈસા મળે?', 'writer'],
  ['pa', 'ਮੇਰੀ ਮਾਂ ਨੂੰ ਕੋਈ ਪੈਸਾ ਮਿਲ ਸਕਦਾ ਹੈ?', 'other'],
  ['pa', 'ਮੈਨੂੰ ਕੋਈ ਪੈਸਾ ਮਿਲ ਸਕਦਾ ਹੈ?', 'writer'],
];

describe('understanding: whose money a question asks about (askedFor)', () => {
  for (const [language, text, who] of table)
    it(`${language}: ${JSON.stringify(text)} -> ${who ?? 'neither'}`, () => expect(askedFor(text, language)).to.equal(who));
});
