/**
 * Asking for help near where they live, in every language (issue 16): "help near me", "pomoc w okolicy",
 * "ayuda en mi zona", "mere ilaqe mein madad", "附近的帮助" is the assessment topic (a group near them: peer
 * support), said clearly (3), and marked nearby; "my mum lives near me", "she's near the end", "the hospital is near" are not. Own phrasings,
 * inside an opener about the person they look after and alone, never copied from the evaluation sets.
 * The channel's locale is passed as the bot passes it ("ur-Latn" is Urdu in Latin letters).
 */
import { expect } from 'chai';
import { recognizeSync } from '../../understanding';
import { LANGUAGES } from '../../core/languages';
import { localAskPhrases } from '../../understanding/localAsk';

const locale = (lang: string) => (lang === 'ur-Latn' ? 'ur' : lang);

const ASKS: [string, string][] = [
  ['en', 'I look after my dad and need help near me'],
  ['en', 'my mum has cancer, is there any support in my area?'],
  ['en', "what's available where I live for carers"],
  ['en', 'who can help in my area? caring for my husband'],
  ['en', 'is there a group near me for people looking after someone'],
  ['en', 'any local services? my wife has MS'],
  ['en', 'looking for help nearby, my nan has dementia'],
  ['en', 'wats avalable localy for someone caring for there mum'],
  ['en', 'is there anything round here for carers'],
  ['en', 'any support groups close to me'],
  ['en', 'what help is there in my town'],
  ['en', 'help near me'],
  ['cy', "Dw i'n gofalu am dad ac angen help yn lleol"],
  ['cy', 'Oes cefnogaeth yn fy ardal i? Mae mam yn sâl gyda chanser'],
  ['cy', "Beth sydd ar gael lle dw i'n byw"],
  ['cy', 'Pwy all helpu yn fy ardal?'],
  ['cy', 'Oes grŵp yn agos ata i i ofalwyr?'],
  ['cy', 'gwasanaethau lleol i ofalwyr'],
  ['cy', "help yn agos i fi, dw i'n edrych ar ôl fy ngŵr"],
  ['cy', 'oes rhywbeth yn lleol i helpu gofalwyr'],
  ['cy', 'cymorth yn yr ardal'],
  ['cy', 'cefnogaeth leol'],
  ['pl', 'Opiekuję się tatą, potrzebuję pomocy w okolicy'],
  ['pl', 'Czy jest jakaś pomoc w mojej okolicy? Mama ma raka'],
  ['pl', 'co jest dostępne tam gdzie mieszkam'],
  ['pl', 'kto może pomóc w mojej okolicy'],
  ['pl', 'czy jest grupa wsparcia blisko mnie'],
  ['pl', 'lokalne usługi dla opiekunów'],
  ['pl', 'szukam pomocy niedaleko, mąż jest chory'],
  ['pl', 'pomoc w poblizu mnie'],
  ['pl', 'jakies wsparcie lokalnie?'],
  ['pl', 'gdzie w moim mieście mogę dostać pomoc'],
  ['ro', 'Am grijă de tata și am nevoie de ajutor în zona mea'],
  ['ro', 'Există sprijin local pentru îngrijitori? Mama are cancer'],
  ['ro', 'ce este disponibil unde locuiesc'],
  ['ro', 'cine mă poate ajuta în zona mea'],
  ['ro', 'există un grup aproape de mine'],
  ['ro', 'servicii locale pentru cei care au grijă de cineva'],
  ['ro', 'caut ajutor prin zona, sotul meu e bolnav'],
  ['ro', 'ajutor langa mine'],
  ['ro', 'ce ajutor e in orasul meu'],
  ['pt', 'Cuido do meu pai e preciso de ajuda perto de mim'],
  ['pt', 'Há apoio na minha zona? A minha mãe tem cancro'],
  ['pt', 'o que existe onde eu moro'],
  ['pt', 'quem pode ajudar na minha área'],
  ['pt', 'há algum grupo perto de mim'],
  ['pt', 'serviços locais para cuidadores'],
  ['pt', 'procuro ajuda aqui perto, o meu marido está doente'],
  ['pt', 'ajuda na minha regiao'],
  ['pt', 'tem apoio na minha cidade?'],
  ['es', 'Cuido de mi padre y necesito ayuda cerca de mí'],
  ['es', '¿Hay apoyo en mi zona? Mi madre tiene cáncer'],
  ['es', 'qué hay disponible donde vivo'],
  ['es', 'quién puede ayudar en mi área'],
  ['es', 'hay algun grupo cerca de mi'],
  ['es', 'servicios locales para cuidadores'],
  ['es', 'busco ayuda por aquí, mi marido está enfermo'],
  ['es', 'ayuda en mi barrio'],
  ['es', 'que recursos hay en mi ciudad'],
  ['ur', 'میں اپنے ابو کی دیکھ بھال کرتا ہوں اور مجھے اپنے علاقے میں مدد چاہیے'],
  ['ur', 'کیا میرے قریب کوئی مدد ہے؟ امی کو کینسر ہے'],
  ['ur', 'جہاں میں رہتی ہوں وہاں کیا سہولت ہے'],
  ['ur', 'میرے علاقے میں کون مدد کر سکتا ہے'],
  ['ur', 'کیا میرے قریب کوئی گروپ ہے'],
  ['ur', 'مقامی سروسز'],
  ['ur', 'آس پاس کوئی مدد مل سکتی ہے؟'],
  ['ur', 'میرے ایریا میں کوئی سپورٹ ہے'],
  ['ur', 'قریب میں کوئی مدد'],
  ['ur-Latn', 'main apne abbu ki dekhbhal karta hoon, mujhe apne area mein madad chahiye'],
  ['ur-Latn', 'kya mere qareeb koi madad hai? ammi ko cancer hai'],
  ['ur-Latn', 'jahan main rehti hoon wahan kya available hai'],
  ['ur-Latn', 'mere ilaqe mein kaun madad kar sakta hai'],
  ['ur-Latn', 'kya mere kareeb koi support group hai'],
  ['ur-Latn', 'local services chahiye'],
  ['ur-Latn', 'aas paas koi help mil sakti hai?'],
  ['ur-Latn', 'mere area me koi support hai'],
  ['ur-Latn', 'nazdeek koi madad hai kya'],
  ['pa', 'ਮੈਂ ਆਪਣੇ ਪਿਤਾ ਜੀ ਦੀ ਦੇਖਭਾਲ ਕਰਦਾ ਹਾਂ ਅਤੇ ਮੈਨੂੰ ਆਪਣੇ ਇਲਾਕੇ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ'],
  ['pa', 'ਕੀ ਮੇਰੇ ਨੇੜੇ ਕੋਈ ਮਦਦ ਹੈ? ਮੰਮੀ ਨੂੰ ਕੈਂਸਰ ਹੈ'],
  ['pa', 'ਜਿੱਥੇ ਮੈਂ ਰਹਿੰਦੀ ਹਾਂ ਉੱਥੇ ਕੀ ਮਿਲਦਾ ਹੈ'],
  ['pa', 'ਮੇਰੇ ਇਲਾਕੇ ਵਿੱਚ ਕੌਣ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ'],
  ['pa', 'ਕੀ ਮੇਰੇ ਨੇੜੇ ਕੋਈ ਗਰੁੱਪ ਹੈ'],
  ['pa', 'ਸਥਾਨਕ ਸੇਵਾਵਾਂ'],
  ['pa', 'ਨੇੜੇ ਤੇੜੇ ਕੋਈ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ?'],
  ['pa', 'ਮੇਰੇ ਏਰੀਆ ਵਿੱਚ ਕੋਈ ਸਪੋਰਟ ਹੈ'],
  ['pa', 'ਲੋਕਲ ਮਦਦ'],
  ['bn', 'আমি আমার বাবার দেখাশোনা করি, আমার এলাকায় সাহায্য দরকার'],
  ['bn', 'আমার কাছাকাছি কোনো সাহায্য আছে? মায়ের ক্যান্সার'],
  ['bn', 'আমি যেখানে থাকি সেখানে কী পাওয়া যায়'],
  ['bn', 'আমার এলাকায় কে সাহায্য করতে পারে'],
  ['bn', 'আমার কাছাকাছি কোনো গ্রুপ আছে কি'],
  ['bn', 'স্থানীয় সেবা'],
  ['bn', 'আশেপাশে কোনো সাহায্য পাওয়া যাবে?'],
  ['bn', 'আমার এরিয়াতে কোনো সাপোর্ট আছে'],
  ['bn', 'লোকাল সাহায্য'],
  ['gu', 'હું મારા પપ્પાની સંભાળ રાખું છું અને મને મારા વિસ્તારમાં મદદ જોઈએ છે'],
  ['gu', 'મારી નજીક કોઈ મદદ છે? મમ્મીને કેન્સર છે'],
  ['gu', 'હું જ્યાં રહું છું ત્યાં શું ઉપલબ્ધ છે'],
  ['gu', 'મારા વિસ્તારમાં કોણ મદદ કરી શકે'],
  ['gu', 'મારી નજીક કોઈ ગ્રુપ છે'],
  ['gu', 'સ્થાનિક સેવાઓ'],
  ['gu', 'આસપાસ કોઈ મદદ મળી શકે?'],
  ['gu', 'મારા એરિયામાં કોઈ સપોર્ટ છે'],
  ['gu', 'લોકલ મદદ'],
  ['ar', 'أعتني بوالدي وأحتاج مساعدة قريبة مني'],
  ['ar', 'هل يوجد دعم في منطقتي؟ أمي مصابة بالسرطان'],
  ['ar', 'ما المتاح حيث أسكن'],
  ['ar', 'من يمكنه المساعدة في منطقتي'],
  ['ar', 'هل توجد مجموعة قريبة مني'],
  ['ar', 'خدمات محلية لمقدمي الرعاية'],
  ['ar', 'أبحث عن مساعدة بالقرب مني، زوجي مريض'],
  ['ar', 'مساعدة في المنطقة اللي ساكن فيها'],
  ['ar', 'في شي بمنطقتي يساعد؟'],
  ['zh', '我照顾我爸爸，需要附近的帮助'],
  ['zh', '我家附近有什么支持吗？我妈妈得了癌症'],
  ['zh', '我住的地方有什么服务'],
  ['zh', '我这边谁能帮忙'],
  ['zh', '附近有没有互助小组'],
  ['zh', '本地的服务'],
  ['zh', '当地有什么帮助'],
  ['zh', '离我近的支持'],
  ['zh', '我们这里有照顾者的帮助吗'],
  ['pl', 'potrzebuję pomocy dla taty w okolicy'],
  ['pl', 'pomoc dla opiekunów w mojej okolicy'],
];

const NOT_ASKS: [string, string][] = [
  ['en', 'my mum lives near me'],
  ['en', "she's near the end"],
  ['en', 'the hospital is near'],
  ['en', 'my sister lives nearby'],
  ['cy', 'Mae mam yn byw yn agos ata i'],
  ['cy', "mae hi'n agos at y diwedd"],
  ['cy', "mae'r ysbyty yn agos"],
  ['pl', 'mama mieszka blisko mnie'],
  ['pl', 'to już blisko końca'],
  ['pl', 'szpital jest niedaleko'],
  ['ro', 'mama locuiește lângă mine'],
  ['ro', 'e aproape de sfârșit'],
  ['ro', 'spitalul e aproape'],
  ['pt', 'a minha mãe mora perto de mim'],
  ['pt', 'ela está perto do fim'],
  ['pt', 'o hospital é perto'],
  ['es', 'mi madre vive cerca de mí'],
  ['es', 'está cerca del final'],
  ['es', 'el hospital está cerca'],
  ['ur', 'امی میرے قریب رہتی ہیں'],
  ['ur', 'وہ آخری وقت کے قریب ہیں'],
  ['ur', 'ہسپتال قریب ہے'],
  ['ur-Latn', 'ammi mere qareeb rehti hain'],
  ['ur-Latn', 'woh aakhri waqt ke qareeb hain'],
  ['ur-Latn', 'hospital qareeb hai'],
  ['pa', 'ਮੰਮੀ ਮੇਰੇ ਨੇੜੇ ਰਹਿੰਦੇ ਹਨ'],
  ['pa', 'ਉਹ ਅੰਤ ਦੇ ਨੇੜੇ ਹਨ'],
  ['pa', 'ਹਸਪਤਾਲ ਨੇੜੇ ਹੈ'],
  ['bn', 'মা আমার কাছাকাছি থাকেন'],
  ['bn', 'উনি শেষের কাছাকাছি'],
  ['bn', 'হাসপাতাল কাছেই'],
  ['gu', 'મમ્મી મારી નજીક રહે છે'],
  ['gu', 'તેઓ અંતની નજીક છે'],
  ['gu', 'હોસ્પિટલ નજીક છે'],
  ['ar', 'أمي تسكن قريبة مني'],
  ['ar', 'هو قريب من النهاية'],
  ['ar', 'المستشفى قريب'],
  ['zh', '我妈妈住在我附近'],
  ['zh', '她快到最后了'],
  ['zh', '医院很近'],
  ['en', 'the local hospital has been great'],
  ['en', 'we live near the hospital'],
  ['pl', 'w tych okolicznościach potrzebuję pomocy'],
  ['es', 'mi hermana vive cerca y me ayuda'],
  ['ur-Latn', 'bhai paas rehte hain aur madad karte hain'],
  ['zh', '我妹妹住在附近，有时候帮忙'],
];

describe('asking for help near where they live (localAsk)', () => {
  for (const [lang, text] of ASKS) {
    it(`${lang} "${text}" asks for local help`, () => {
      const u = recognizeSync(text, { localeHint: locale(lang) });
      expect(u.entities.nearby, JSON.stringify(u.topics)).to.equal(true);
      // A group near them is peer support; both ask where they live.
      expect(u.topics.find((t) => t.id === 'assessment' || t.id === 'peer_support')?.score ?? 0).to.be.at.least(3);
    });
  }
  for (const [lang, text] of NOT_ASKS) {
    it(`${lang} "${text}" is no ask for local help`, () => {
      const u = recognizeSync(text, { localeHint: locale(lang) });
      expect(u.entities.nearby, JSON.stringify(u.topics)).to.equal(undefined);
      expect(u.topics.find((t) => t.id === 'assessment')?.score ?? 0).to.be.below(3);
    });
  }
  it('every language has near and what words', () => {
    for (const lang of LANGUAGES) {
      const roles = new Set(localAskPhrases(lang).map((p) => p.label));
      expect([...roles], lang).to.include.members(['near', 'what', 'group', 'not']);
    }
  });
  it('every language has at least eight asks here', () => {
    for (const lang of [...LANGUAGES, 'ur-Latn']) expect(ASKS.filter(([l]) => l === lang).length, lang).to.be.at.least(8);
  });
});
