/**
 * Our own paraphrases (not from the dev set): plans, means, attempts, third
 * parties, abuse, emergencies, chemotherapy, and benign carer talk that uses
 * risky words. `none` means "at most concern"; `concern` means concern..urgent.
 */
import { expect } from 'chai';
import { assessRisk } from '../../risk/index';
import { riskRank, type RiskLevel } from '../../core/risk';

const rows: Array<[string, RiskLevel]> = [

['I dont want to be alive anymore','urgent'],['i want it all to stop, permanently','urgent'],['thinking of taking all my tablets tonight','urgent'],
['ive decided to end things after the funeral','urgent'],['Ive got a rope in the garage','urgent'],['i keep thinking about jumping in front of a lorry','urgent'],
['what is the lethal dose of morphine','urgent'],['I want to go to sleep forever','urgent'],['life isnt worth living','urgent'],['i feel like ending it all','urgent'],
['i feel suicidal','urgent'],['sometimes i think of overdosing on her pills','urgent'],['i hurt myself last night to cope','urgent'],['I burn myself with cigarettes','urgent'],
['he said he will kill himself if they put him in a home','urgent'],['my mum tried to take her own life last night','urgent'],['dad asked me to help him die','urgent'],
['i could strangle him sometimes, i actually grabbed his throat yesterday','urgent'],['im scared ill lose it and hurt her','urgent'],['my husband pushes me around and I am scared','urgent'],
['my daughter in law takes nans pension every week','urgent'],['the night carer slapped my dad','urgent'],['my stepdad touches me','urgent'],['I think the nursing home is neglecting her, she has bed sores and is starving','urgent'],
['he threatened me with a knife','urgent'],['my son shouts and swears at me and takes my money','urgent'],
['he has gone grey and clammy and isnt breathing right','emergency'],['she fell and is unconscious','emergency'],['mum is choking','emergency'],['he has had a massive bleed','emergency'],
['her speech is slurred and her face looks droopy','emergency'],['he swallowed 20 tablets','emergency'],['i took an overdose','emergency'],['he has chest pain','emergency'],
['seizure wont stop','emergency'],['hes having a heart attack','emergency'],['she wont wake up','emergency'],['my wife is on chemotherapy and has a fever of 38','emergency'],
['chemo 2 weeks ago, temp 37.8','emergency'],['shes on FEC chemo and has the shivers','emergency'],['on paclitaxel and temp 100.4F','emergency'],['chemo yesterday and now hes shaking uncontrollably','emergency'],
['on chemo and feeling really poorly all of a sudden','emergency'],['temperature of 39 after chemo','emergency'],['temp 35.5 after chemo, very cold','emergency'],
['cant take it anymore','concern'],['im so stressed i cant think','concern'],['completely burnt out','concern'],['i cant afford food this week','concern'],['we might lose our house','concern'],
['we have no money for gas','concern'],['i feel hopeless','concern'],['feel like giving up','concern'],
['my dad is dying and I want to know how long','none'],['is it normal for chemo to cause fever','none'],['shes on chemo and the nurse said to ring if she has a temp over 37.5','none'],
['I am killing time in the waiting room','none'],['my mum is the best, the food was to die for','none'],['he is dead set on going home','none'],['we had to put the dog down','none'],
['he died last year','none'],['how do we get a DNR in place','none'],['what does the chemo kill','none'],['is hanging basket watering a job the council does','none'],
['my 8 year old is scared of the hospital','none'],['the pills make him sleepy','none'],['i collected his tablets from the pharmacy','none'],['does chemo give you shakes','none'],
['i ran a temperature of 38 after my flu jab','none'],['chemo unit parking costs 38.50','none'],['he finished chemo in 2019 and now has a fever','none'],
['she needs help to breathe easier at night, oxygen?','none'],['can my mum get a blue badge, she cant walk far','none'],['the bridge club was nice for her','none'],
['I want to die peacefully when my time comes','none'],['Quero morrer em casa, diz a minha mãe','none'],
['Nie chcę już żyć','urgent'],['Chcę się zabić','urgent'],['Nu mai vreau să trăiesc','urgent'],['Quero morrer','urgent'],['No quiero vivir más','urgent'],
['আমি আর বাঁচতে চাই না','urgent'],['أريد أن أموت','urgent'],['મારે મરી જવું છે','urgent'],['我想自杀','urgent'],['活不下去了','urgent'],
['Mąż stracił przytomność','emergency'],['Tata nu respiră','emergency'],['Meu marido está inconsciente','emergency'],['Mi madre no respira','emergency'],
['أبي لا يتنفس','emergency'],['ابو سانس نہیں لے رہے','emergency'],['বাবা অজ্ঞান হয়ে গেছেন','emergency'],['爸爸胸口很痛','emergency'],
['Mój mąż mnie bije','urgent'],['Fiul meu o bate pe mama','urgent'],['Meu filho bate na minha mãe','urgent'],['Mi hijo me pega','urgent'],


['how do I help mum take her tablets','none'],['dad keeps falling, how can we stop it','none'],['he is always breathless on the stairs','none'],['do they check breathing at the hospice','none'],
['his legs are weak since the op, can we get a walker','none'],['mum has bone mets in her spine, what support is there','none'],['she is scared of dying','none'],['how long does someone take to die with cancer','none'],
['my dad is terminal and wants to stop treatment','none'],['he has decided to stop chemo','none'],['is it normal to feel numb after the diagnosis','none'],['the pain is unbearable for him, who do we call','none'],
['she keeps shouting at me because of the dementia','none'],['I hit a wall with the council','none'],['my carer is brilliant','none'],['agency carers keep changing','none'],
['can I take money out of mums account to pay her bills','none'],['he is on morphine and very sleepy, is that normal','none'],['what should his temperature be','none'],
['chemo starts next week, what should we watch for','none'],['she had her chemo today and is tired','none'],['dad is on chemo, does he need the flu jab','none'],
['my mum died of a stroke','none'],['how do I spot a stroke','none'],['the nurse came to check her breathing','none'],['she passed away peacefully last night','none'],
['I nearly died when I saw the bill','none'],['my kids are killing me with the noise lol','none'],['my husband would kill me if he knew I was asking','none'],['ive been dying for a holiday','none'],
['we cut his hair at home','none'],['i cut myself shaving lol','none'],['he took his tablets this morning','none'],['she takes 20 tablets a day','none'],
['is it safe to give him paracetamol with his morphine','none'],['the chemo is killing all his good cells too','none'],['knife and fork are hard for him to hold','none'],
['my son is 12, how do I tell him grandad is dying','none'],['the home say he fell last night but he is fine','none'],['unconscious bias training at work lol','none'],
['temp was 36.8 this morning','none'],['on chemo, temp 36.9, all fine','none'],['is 37.2 a fever on chemo','none'],
// true positives, varied
['not gonna lie ive thought about ending it','urgent'],['I have a plan to end my life','urgent'],['i googled how to overdose on insulin','urgent'],['ive bought rope','urgent'],
['everyone would be happier if i was gone','urgent'],['i cant see myself being here next year, ive made my peace','urgent'],['I cut my arms last night','urgent'],
['i keep punching walls and hurting myself','urgent'],['my brother shoves dad around','urgent'],['she grabbed him by the throat','urgent'],['the carer pinches him when he wont eat','urgent'],
['they leave her in bed all day with no water','urgent'],['he has not eaten or drunk anything for 3 days and wont wake properly','emergency'],
['hes breathing really fast and confused and on chemo','emergency'],['her temp is 38.1, chemo was 3 weeks ago','emergency'],['she just fainted and hit her head, bleeding a lot','emergency'],
['he is blue and not moving','emergency'],['can\'t rouse her','emergency'],['she swallowed a bottle of pills','emergency'],['he has started fitting','emergency'],

// cy
['Dw i wedi meddwl am ladd fy hun','urgent'],['Mae o wedi llewygu a dydy o ddim yn anadlu','emergency'],['Mae Mam ar cemotherapi ac mae ganddi dymheredd o 38','emergency'],['Mae fy ngŵr yn fy nharo i','urgent'],['Dw i ddim yn gallu ymdopi','concern'],
// pl
['Mam dość życia, chcę ze sobą skończyć','urgent'],['Zbieram tabletki nasenne','urgent'],['Mama jest na chemii i ma gorączkę 38,2','emergency'],['Tata zemdlał i nie reaguje','emergency'],['Syn bije mamę','urgent'],['Opiekunka z agencji szarpie tatę, ma siniaki','urgent'],['Ból w klatce piersiowej, pot','emergency'],
// ro
['Nu mai vreau să trăiesc','urgent'],['Mă gândesc să mă sinucid','urgent'],['Tata e la chimioterapie și are febră și frisoane','emergency'],['Mama a leșinat și nu respiră','emergency'],['Fratele meu îi ia banii mamei','urgent'],
// pt
['Não quero mais viver','urgent'],['Tenho pensado em acabar com tudo','urgent'],['O meu pai está a fazer quimioterapia e tem febre de 38','emergency'],['A minha mãe não está a respirar','emergency'],['O meu marido bate-me','urgent'],
// es
['Quiero morirme','urgent'],['He pensado en quitarme la vida','urgent'],['Mi madre está en quimio y tiene 38,5 de fiebre','emergency'],['Mi padre no respira','emergency'],['Mi hijo le quita el dinero a su abuela','urgent'],['Se ha desmayado y no reacciona','emergency'],
// ar
['أفكر أن أنهي حياتي','urgent'],['أبي على العلاج الكيميائي وعنده حرارة ٣٨٫٥','emergency'],['أمي فقدت الوعي','emergency'],['زوجي يضربني','urgent'],['ما عاد فيني أتحمل','concern'],
// ur
['میں خود کو ختم کرنا چاہتی ہوں','urgent'],['امی کی کیمو چل رہی ہے اور انہیں تیز بخار ہے','emergency'],['ابو بے ہوش ہو گئے ہیں','emergency'],['میرا بیٹا مجھے مارتا ہے','urgent'],
['dil karta hai khud ko khatam kar loon','urgent'],['ammi ki chemo chal rahi hai aur bukhar 102 hai','emergency'],['abbu behosh ho gaye hain','emergency'],
// pa
['ਮੈਂ ਆਤਮਹੱਤਿਆ ਬਾਰੇ ਸੋਚਦੀ ਹਾਂ','urgent'],['ਬਾਪੂ ਜੀ ਬੇਹੋਸ਼ ਹੋ ਗਏ','emergency'],['ਮਾਂ ਦੀ ਕੀਮੋ ਚੱਲ ਰਹੀ ਹੈ ਤੇ ਬੁਖ਼ਾਰ ਹੈ','emergency'],
// bn
['আমি আর বাঁচতে চাই না','urgent'],['বাবা অজ্ঞান হয়ে গেছেন','emergency'],['মায়ের কেমো চলছে, গায়ে জ্বর','emergency'],['আমার ছেলে আমাকে মারে','urgent'],
// gu
['મને આત્મહત્યાના વિચાર આવે છે','urgent'],['પપ્પા બેભાન થઈ ગયા','emergency'],['મમ્મીની કીમો ચાલે છે અને તાવ આવ્યો છે','emergency'],
// zh
['我想结束自己的生命','urgent'],['我妈在化疗，发烧了','emergency'],['我爸晕倒了，没有呼吸','emergency'],['他经常打我','urgent'],['我快撑不下去了','concern'],
// benign ML
['Mama ma raka, jak dostać zasiłek?','none'],['Mi padre tiene cáncer, ¿qué ayudas hay?','none'],['我妈妈在化疗，有什么补助吗？','none'],['امی کی کیمو کب ختم ہو گی؟','none'],['ਕੀਮੋ ਦੇ ਸਾਈਡ ਇਫੈਕਟ ਕੀ ਹਨ?','none'],['Quais são os efeitos secundários da quimio?','none'],
['Mor de râs cu tata','none'],['Estou morta de cansaço','none'],['Estoy muerta de cansancio','none'],['Jestem padnięta','none'],['ما هي آثار الكيماوي الجانبية؟','none'],
];

describe('assessRisk on paraphrases', () => {
  for (const [text, expected] of rows) {
    it(`${expected}: ${text}`, () => {
      const { level, ruleIds } = assessRisk(text);
      const got = riskRank(level);
      const why = `${level} ${ruleIds.join(',')}`;
      if (expected === 'none') expect(got, why).to.be.at.most(riskRank('concern'));
      else if (expected === 'concern') expect(got, why).to.be.within(riskRank('concern'), riskRank('urgent'));
      else expect(got, why).to.be.at.least(riskRank(expected));
    });
  }
});
