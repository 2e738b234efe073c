/**
 * "I look after my dad", with each language's verb and possessive, names dad as the one looked after.
 * "我照顾我爸爸" found nobody: "照顾我" (looks after me, a helper) was read before "照顾" (look after),
 * and the "我" was the possessive of 爸爸. The same in English dialect: "I look after me mam".
 */
import { expect } from 'chai';
import { recognizeSync } from '../../understanding/recognizer';
import type { LanguageCode } from '../../core/languages';

const LOOK_AFTER: [LanguageCode, string, string][] = [
  ['zh', '我照顾我爸爸', 'father'],
  ['zh', '我照顾我爸', 'father'],
  ['zh', '我照顾我父亲', 'father'],
  ['zh', '我照顾我妈妈', 'mother'],
  ['zh', '我在照顾妈妈', 'mother'],
  ['zh', '我照顾爸爸', 'father'],
  ['zh', '我帮我妈妈买菜', 'mother'],
  ['zh', '我照顾我爸爸，他得了癌症', 'father'],
  ['en', 'I look after my dad', 'father'],
  ['en', 'I look after me mam', 'mother'],
  ['en', 'i help me dad with his meds', 'father'],
  ['ar', 'أعتني بأبي', 'father'],
  ['ar', 'أعتني بأمي', 'mother'],
  ['ur', 'میں اپنے ابو کی دیکھ بھال کرتا ہوں', 'father'],
  ['ur', 'میں اپنی امی کی دیکھ بھال کرتی ہوں', 'mother'],
  ['ur', 'main apni ammi ka khayal rakhti hun', 'mother'],
  ['ur', 'main apne abbu ka khayal rakhta hun', 'father'],
  ['pa', 'ਮੈਂ ਆਪਣੇ ਪਿਤਾ ਜੀ ਦੀ ਦੇਖਭਾਲ ਕਰਦੀ ਹਾਂ', 'father'],
  ['pa', 'ਮੈਂ ਆਪਣੀ ਮਾਂ ਦੀ ਦੇਖਭਾਲ ਕਰਦਾ ਹਾਂ', 'mother'],
  ['bn', 'আমি আমার মায়ের দেখাশোনা করি', 'mother'],
  ['bn', 'আমি আমার বাবার দেখাশোনা করি', 'father'],
  ['gu', 'હું મારા પપ્પાની સંભાળ રાખું છું', 'father'],
  ['gu', 'હું મારી મમ્મીની સંભાળ રાખું છું', 'mother'],
  ['pl', 'opiekuję się tatą', 'father'],
  ['pl', 'opiekuję się mamą', 'mother'],
  ['ro', 'mă ocup de mama', 'mother'],
  ['ro', 'am grijă de tatăl meu', 'father'],
  ['es', 'cuido a mi padre', 'father'],
  ['es', 'cuido a mi madre', 'mother'],
  ['pt', 'cuido do meu pai', 'father'],
  ['pt', 'cuido da minha mãe', 'mother'],
  ['cy', "dw i'n gofalu am Mam", 'mother'],
  ['cy', "dw i'n gofalu am fy nhad", 'father'],
];

/** The writer as the one looked after stays so: the cue ending in "me" / "我" with no relation after it. */
const LOOKED_AFTER_ME: [LanguageCode, string][] = [
  ['zh', '我哥哥照顾我'],
  ['en', 'my brother looks after me'],
];

describe('"I look after my dad" in every language', () => {
  for (const [lang, text, relation] of LOOK_AFTER)
    it(`${lang}: ${text}`, () => {
      const u = recognizeSync(text, { localeHint: lang });
      expect(u.entities.caredFor.map((p) => p.relation)).to.deep.equal([relation]);
      // A stem's "*" never reaches the words said back ("মায়ের*").
      expect(u.entities.caredFor[0]?.words).not.to.include('*');
    });
  for (const [lang, text] of LOOKED_AFTER_ME)
    it(`${lang}: ${text} names nobody looked after`, () => {
      expect(recognizeSync(text, { localeHint: lang }).entities.caredFor).to.deep.equal([]);
    });
});
