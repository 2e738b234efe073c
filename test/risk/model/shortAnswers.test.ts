/**
 * Answers to the bot's own questions (where do you live, who do you look after, which one,
 * yes or no) are never a risk, in any language: the model may not raise them on its own.
 * The texts differ from the training rows of the same kind (other towns, postcodes, people).
 */
import { expect } from 'chai';
import { assessRisk } from '../../../risk';

const ANSWERS: Record<string, string[]> = {
  en: [
    'I live in AB10',
    'I live in Luton',
    'we live in Norwich now',
    'my postcode is BS3 4QT',
    'it is M14',
    'I am in Dundee',
    'my mum',
    "it's for my dad",
    'my dad, he is 74',
    'yes please',
    'no',
    '2',
    'the first one',
  ],
  cy: ["dwi'n byw yng Nghaerdydd", "rydyn ni'n byw yn Aberaeron", 'y cod post ydi SY23 1AA', 'fy mam', 'ie plis', 'na', '3', "fy nhad, mae o'n 74 oed"],
  pl: [
    'mieszkam w Slough',
    'mieszkamy w Peterborough',
    'mój kod pocztowy to PE1 2AB',
    'moja mama',
    'tak, proszę',
    'nie',
    '2',
    'mój tata, ma 74 lata',
    'to dla mojej babci',
  ],
  ro: ['locuiesc în Harrow', 'stau în Leicester acum', 'codul poștal este LE2 0AA', 'mama mea', 'da, vă rog', 'nu', '2', 'tatăl meu, are 74 de ani'],
  pt: [
    'moro em Great Yarmouth',
    'vivemos em Boston, Lincolnshire',
    'o meu código postal é PE21 6AA',
    'a minha mãe',
    'sim, por favor',
    'não',
    '2',
    'o meu pai, tem 74 anos',
  ],
  es: ['vivo en Lambeth', 'vivimos en Brighton', 'mi código postal es BN1 1AA', 'mi papá', 'sí, por favor', 'no', '2', 'mi abuela, tiene 90 años'],
  ar: ['أنا ساكن في لندن', 'نعيش في شيفيلد', 'الرمز البريدي S1 2AB', 'أبي', 'نعم من فضلك', 'لا', '٣', 'أمي عمرها ٧٤ سنة'],
  bn: ['আমি লুটনে থাকি', 'আমরা ব্র্যাডফোর্ডে থাকি', 'পোস্টকোড BD3 9AA', 'আমার আব্বা', 'হ্যাঁ, দয়া করে', 'না', '৩', 'আমার মা, বয়স ৭৪'],
  gu: ['હું Leicester માં રહું છું', 'અમે Wembley માં રહીએ છીએ', 'પોસ્ટકોડ HA9 0AA છે', 'મારા પપ્પા', 'હા, કૃપા કરીને', 'ના', '3', 'મારી બા, 80 વર્ષના છે'],
  pa: ['ਮੈਂ Birmingham ਰਹਿੰਦਾ ਹਾਂ', 'ਅਸੀਂ Leeds ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ', 'ਪੋਸਟਕੋਡ B21 9AA ਹੈ', 'ਮੇਰੇ ਪਿਤਾ ਜੀ', 'ਹਾਂ ਜੀ ਕਿਰਪਾ ਕਰਕੇ', 'ਨਹੀਂ', '3', 'ਮੇਰੀ ਮਾਂ, 74 ਸਾਲ ਦੀ'],
  ur: ['میں بریڈفورڈ میں رہتی ہوں', 'ہم لوٹن میں رہتے ہیں', 'میرا پوسٹ کوڈ BD7 1AA ہے', 'میری امی', 'جی ہاں', 'نہیں', '۲', 'میرے ابو، ان کی عمر ۷۴ سال ہے'],
  'ur-latn': [
    'main Bradford mein rehti hoon',
    'hum Luton mein rehte hain',
    'mera postcode BD7 1AA hai',
    'meri ammi',
    'ji haan',
    'nahi',
    '2',
    'mere abbu, unki umar 74 saal hai',
  ],
  zh: ['我住在曼彻斯特', '我们住在伦敦东区', '邮编是M13 9PL', '我妈妈', '是的，谢谢', '不用', '2', '我爸爸今年74岁'],
};

describe('risk/model: short answers to the bot are never flagged', () => {
  for (const [lang, texts] of Object.entries(ANSWERS)) {
    for (const text of texts) {
      it(`${lang}: "${text}" is none`, () => {
        const result = assessRisk(text);
        expect(result.level, `${result.ruleIds.join(',')}`).to.equal('none');
      });
    }
  }
});
