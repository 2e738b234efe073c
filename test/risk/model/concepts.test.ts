import { expect } from 'chai';
import { buildConceptIndex, conceptIndex, conceptsIn } from '../../../risk/model/concepts';
import { featuresOf } from '../../../risk/model/features';
import { normalizedTokens } from '../../../text/normalize';

function named(text: string): string[] {
  const index = conceptIndex();
  return conceptsIn(normalizedTokens(text), index).map((id) => index.names[id] ?? '');
}

describe('risk model concepts: the same concept whatever the language', () => {
  const cases: [string, string, string[]][] = [
    ['en', 'mum has swallowed a whole box of her tablets', ['took', 'medication']],
    ['pl', 'mama wzięła całe opakowanie tabletek', ['took', 'medication']],
    ['es', 'se tomó todas las pastillas de golpe', ['took', 'medication']],
    ['zh', '他吞了一整瓶安眠药', ['took', 'medication']],
    ['en', "dad's face has gone droopy on one side", ['face']],
    ['pl', 'tacie opadła twarz', ['face', 'droop']],
    ['en', 'I bought a rope today', ['means']],
  ];
  for (const [language, text, concepts] of cases) {
    it(`${language}: "${text}" names ${concepts.join(' + ')}`, () => {
      expect(named(text)).to.include.members(concepts);
    });
  }

  // One message per concept added for carer breakdown, abuse and neglect, harm to others and
  // indirect suicidal talk (issue #13), in every language: each must name its concept.
  const newConcepts: [string, string, string][] = [
    ['en', "I haven't slept in days", 'sleepless'],
    ['en', 'the carers from the agency shout at her', 'paid_carer'],
    ['en', 'found her soaking wet with bedsores', 'neglect_state'],
    ['en', 'he locks her in her room at night', 'locked_in'],
    ['en', 'I saw him slap her across the face', 'hurt_act'],
    ['en', "I'm scared of what I might do to him", 'fear_of_self'],
    ['en', 'I keep looking at all his morphine', 'method_access'],
    ['es', 'llevo tres noches sin dormir', 'sleepless'],
    ['es', 'la cuidadora de la agencia le grita', 'paid_carer'],
    ['es', 'la encontré meada y con llagas', 'neglect_state'],
    ['es', 'la tienen encerrada en su cuarto', 'locked_in'],
    ['es', 'su hijo le pega cuando bebe', 'hurt_act'],
    ['es', 'tengo miedo de lo que pueda hacer', 'fear_of_self'],
    ['es', 'tengo todas las pastillas de casa aquí', 'method_access'],
    ['pt', 'passo noites sem dormir', 'sleepless'],
    ['pt', 'a cuidadora do lar de idosos gritou com ela', 'paid_carer'],
    ['pt', 'estava suja e com escaras', 'neglect_state'],
    ['pt', 'deixam-na trancada no quarto', 'locked_in'],
    ['pt', 'o filho bateu-lhe outra vez', 'hurt_act'],
    ['pt', 'tenho medo do que posso fazer', 'fear_of_self'],
    ['pt', 'tenho aqui todos os comprimidos dela', 'method_access'],
    ['cy', 'dwi heb gysgu ers dyddiau', 'sleepless'],
    ['cy', 'mae’r gofalwyr yn gweiddi arni', 'paid_carer'],
    ['cy', 'roedd hi’n wlyb socian gyda briwiau gwely', 'neglect_state'],
    ['cy', 'mae o’n ei chloi i mewn bob nos', 'locked_in'],
    ['cy', 'mae e wedi ei tharo hi eto', 'hurt_act'],
    ['cy', 'mae gen i ofn beth wna i', 'fear_of_self'],
    ['cy', 'dw i’n edrych ar ei morffin hi', 'method_access'],
    ['ar', 'ما نمت من ثلاث ايام', 'sleepless'],
    ['ar', 'الممرضة بتصرخ عليها', 'paid_carer'],
    ['ar', 'لقيتها جوعانه ووسخانه', 'neglect_state'],
    ['ar', 'ابنها حابسها في الغرفه', 'locked_in'],
    ['ar', 'زوجها بيضربها كل يوم', 'hurt_act'],
    ['ar', 'انا خايفه من نفسي', 'fear_of_self'],
    ['ar', 'عندي كل حبوبها هنا', 'method_access'],
    ['bn', 'কয়েক দিন ঘুম নেই', 'sleepless'],
    ['bn', 'আয়া মাকে বকে', 'paid_carer'],
    ['bn', 'মা না খেয়ে আছে', 'neglect_state'],
    ['bn', 'ছেলে মাকে ঘরে আটকে রাখে', 'locked_in'],
    ['bn', 'ছেলে মাকে মারধর করে', 'hurt_act'],
    ['bn', 'ami kichu kore felbo mone hoy', 'fear_of_self'],
    ['bn', 'মায়ের ইনসুলিন আমার কাছে', 'method_access'],
    ['gu', 'આખી રાત જાગી રહું છું', 'sleepless'],
    ['gu', 'કામવાળી બાને ગાળો આપે છે', 'paid_carer'],
    ['gu', 'બા ભૂખ્યા હતા', 'neglect_state'],
    ['gu', 'દીકરો બાને રૂમમાં પૂરી રાખે છે', 'locked_in'],
    ['gu', 'એ બાને થપ્પડ મારે છે', 'hurt_act'],
    ['gu', 'હું કંઈક કરી બેસીશ', 'fear_of_self'],
    ['gu', 'ઘરની બધી દવા મારી પાસે છે', 'method_access'],
    ['pa', 'ਸਾਰੀ ਰਾਤ ਜਾਗਦੀ ਹਾਂ', 'sleepless'],
    ['pa', 'ਕੇਅਰ ਵਰਕਰ ਬੀਜੀ ਨੂੰ ਝਿੜਕਦੀ ਹੈ', 'paid_carer'],
    ['pa', 'ਬੀਜੀ ਭੁੱਖੇ ਸਨ', 'neglect_state'],
    ['pa', 'ਬੀਜੀ ਨੂੰ ਕਮਰੇ ਵਿੱਚ ਬੰਦ ਕਰ ਦਿੰਦਾ', 'locked_in'],
    ['pa', 'ਪੁੱਤ ਬੀਜੀ ਨੂੰ ਕੁੱਟਦਾ ਹੈ', 'hurt_act'],
    ['pa', 'ਮੈਂ ਕੁਝ ਕਰ ਬੈਠਾਂਗੀ', 'fear_of_self'],
    ['pa', 'ਸਾਰੀਆਂ ਦਵਾਈਆਂ ਮੇਰੇ ਕੋਲ ਨੇ', 'method_access'],
    ['ur', 'کئی دنوں سے نیند نہیں آتی', 'sleepless'],
    ['ur', 'naukrani ammi ko daant ti hai', 'paid_carer'],
    ['ur', 'ammi peshab mein pari thi', 'neglect_state'],
    ['ur', 'بیٹا امی کو کمرے میں بند کر دیتا ہے', 'locked_in'],
    ['ur', 'beta ammi ko maarta hai', 'hurt_act'],
    ['ur', 'darr hai main kuch kar baithun', 'fear_of_self'],
    ['ur', 'ammi ki insulin mere paas hai', 'method_access'],
    ['pl', 'od tygodnia nie śpię', 'sleepless'],
    ['pl', 'opiekunka z agencji na nią krzyczy', 'paid_carer'],
    ['pl', 'mama była brudna i miała odleżyny', 'neglect_state'],
    ['pl', 'syn zamyka ją na klucz', 'locked_in'],
    ['pl', 'syn ją pobił', 'hurt_act'],
    ['pl', 'boję się, że coś zrobię', 'fear_of_self'],
    ['pl', 'mam tu wszystkie jej leki', 'method_access'],
    ['ro', 'nu am dormit de trei nopți', 'sleepless'],
    ['ro', 'îngrijitoarea țipă la ea', 'paid_carer'],
    ['ro', 'era murdară și nemâncată', 'neglect_state'],
    ['ro', 'o ține închisă în cameră', 'locked_in'],
    ['ro', 'fiul o bate', 'hurt_act'],
    ['ro', 'mi-e frică de ce pot face', 'fear_of_self'],
    ['ro', 'am aici toate pastilele ei', 'method_access'],
    ['zh', '我已经好几天没睡觉了', 'sleepless'],
    ['zh', '护工对我妈很凶', 'paid_carer'],
    ['zh', '我妈躺在床上有褥疮', 'neglect_state'],
    ['zh', '他把我妈锁在房间里', 'locked_in'],
    ['zh', '儿子打了我妈', 'hurt_act'],
    ['zh', '我怕我会做出傻事', 'fear_of_self'],
    ['zh', '家里所有的药都在我这', 'method_access'],
  ];
  for (const [language, text, concept] of newConcepts) {
    it(`${language}: "${text}" names ${concept}`, () => {
      expect(named(text)).to.include(concept);
    });
  }

  it('names no harm, neglect or confinement in everyday caring talk', () => {
    for (const text of ['I pushed her wheelchair to the park', 'mum enjoyed the day centre', 'the nurse changed his dressing']) {
      const found = named(text);
      for (const concept of ['hurt_act', 'neglect_state', 'locked_in', 'fear_of_self']) expect(found, text).to.not.include(concept);
    }
  });

  it("reads a concept's exceptions: zh 打 is a harm verb, not in a phone call, a taxi or an injection", () => {
    for (const text of ['我怕我会打她', '我差点打了我妈', '有时候我真想打他']) expect(named(text), text).to.include('harm_verb');
    for (const text of ['我应该给谁打电话', '我给她打了个电话', '我打车去医院', '护士给他打针', '我打算明天带妈妈去医院', '我妈下周动手术'])
      expect(named(text), text).to.not.include('harm_verb');
  });

  it('reads en "gone down" as a droop only on a face or a side, not a temperature or a swelling', () => {
    for (const text of ['her face has gone down on one side', 'his mouth has gone down at the corner', "dad's smile is lopsided all of a sudden"])
      expect(named(text), text).to.include('droop');
    for (const text of [
      'his temperature has gone down',
      "the swelling's gone down",
      'his temp dropped to 37 overnight',
      "we've gone down to one wage",
      'she slipped on the ice and twisted her ankle',
    ])
      expect(named(text), text).to.not.include('droop');
  });

  it('an exception sets aside only the entry that starts where it starts', () => {
    const index = buildConceptIndex([{ concepts: { harm_verb: ['hit'] }, except: { harm_verb: ['hit ~1 the_hay'] } }]);
    const names = (text: string) => conceptsIn(normalizedTokens(text), index).map((id) => index.names[id]);
    expect(names('time to hit the hay')).to.deep.equal([]);
    expect(names('I nearly hit him')).to.deep.equal(['harm_verb']);
    expect(names('hit the hay, then I nearly hit him')).to.deep.equal(['harm_verb']);
  });

  it('names nothing in a message about the weather', () => {
    expect(named('lovely sunny day at the seaside')).to.deep.equal([]);
  });

  it('matches several-word entries only whole, and prefixes as prefixes', () => {
    const index = buildConceptIndex([{ concepts: { burden: ['better_off_without_me'], medication: ['tablet*'] } }]);
    const names = (text: string) => conceptsIn(normalizedTokens(text), index).map((id) => index.names[id]);
    expect(names('they would be better off without me')).to.deep.equal(['burden']);
    expect(names('they would be better off')).to.deep.equal([]);
    expect(names('two tablets')).to.deep.equal(['medication']);
  });

  it('gives two languages with no word in common shared model features: the concepts', () => {
    const english = new Set(featuresOf('she swallowed all her sleeping tablets'));
    const chinese = featuresOf('她吞了安眠药');
    expect(chinese.filter((f) => english.has(f)).length).to.be.greaterThan(0);
    expect(featuresOf('今天天气很好').filter((f) => english.has(f))).to.deep.equal([]);
  });
});
