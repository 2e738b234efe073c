import { expect } from 'chai';
import { recognizeSync } from '../../understanding/recognizer';
import type { CareRole } from '../../understanding/types';

/** [language, text, expected roles by relation key]; a relation left out must not be cared for. */
type Row = [string, string, Record<string, CareRole | 'declined'>];

function roles(lang: string, text: string): Record<string, string> {
  const people = recognizeSync(text, { conversationLanguage: lang as never }).entities.people ?? [];
  return Object.fromEntries(people.map((p) => [p.relation, p.declined ? 'declined' : p.role]));
}

const TABLE: Row[] = [
  // English: care evidence, helpers, events, negation, corrections, several people, unsure.
  ['en', 'I look after my mum', { mother: 'cared_for' }],
  ['en', 'mum has cancer', { mother: 'cared_for' }],
  ['en', "I do dad's shopping and meds", { father: 'cared_for' }],
  ['en', "my wife's chemo starts monday", { wife: 'cared_for' }],
  ['en', "it's not my mum I care for, it's my gran", { grandmother: 'cared_for', mother: 'declined' }],
  ['en', "my dad doesn't need help", { father: 'declined' }],
  ['en', 'my brother helps sometimes', { brother: 'helper' }],
  ['en', 'my sister visits', { sister: 'helper' }],
  ['en', "my sister's wedding is next month", { sister: 'other' }],
  ['en', "my sister's wedding is next month and I can't leave mum on her own", { sister: 'other', mother: 'cared_for' }],
  ['en', 'I look after my mum and dad', { mother: 'cared_for', father: 'cared_for' }],
  ['en', 'mum and dad are both ill', { mother: 'cared_for', father: 'cared_for' }],
  ['en', 'my dad has dementia and my brother helps out at weekends', { father: 'cared_for', brother: 'helper' }],
  ['en', 'my brother looks after mum at weekends', { mother: 'cared_for', brother: 'helper' }],
  ['en', 'I have cancer and my husband looks after me', { husband: 'helper' }],
  ['en', 'my mum lives in Spain', { mother: 'other' }],
  ['en', "my mum isn't ill, it's my dad who has Parkinson's", { father: 'cared_for', mother: 'declined' }],
  ['en', 'my son has autism and my daughter is at uni', { son: 'cared_for', daughter: 'other' }],
  ['en', 'my brother never helps', { brother: 'other' }],
  ['en', "my sister's husband has cancer", { sister: 'other', husband: 'other' }],
  ['en', 'my mum was diagnosed last year. I look after her.', { mother: 'cared_for' }],
  ['en', 'my dad', { father: 'unsure' }],
  ['en', "I'm exhausted, my dad keeps ringing me at night", { father: 'unsure' }],
  ['en', 'my dad lives in Leeds, I visit him on Sundays', { father: 'other' }],
  ['en', 'my mum and dad are divorced and my dad has cancer', { father: 'cared_for', mother: 'other' }],
  ['en', 'my wife helps me look after our son who has cerebral palsy', { son: 'cared_for', wife: 'helper' }],
  ['en', 'my daughter is getting married and my husband is on chemo', { husband: 'cared_for', daughter: 'other' }],
  ['en', "I look after my mum but my sister doesn't help at all", { mother: 'cared_for', sister: 'other' }],
  ['en', "my sister is a nurse and she helps with mum's meds", { mother: 'cared_for', sister: 'helper' }],
  ['en', "I'm my husband's carer", { husband: 'cared_for' }],
  ['en', "I don't look after my dad, my brother does", { father: 'declined', brother: 'helper' }],
  // Welsh
  ['cy', "Dw i'n gofalu am fy mam", { mother: 'cared_for' }],
  ['cy', 'Mae gan fy nhad ganser', { father: 'cared_for' }],
  ['cy', 'Mae fy mrawd yn helpu weithiau', { brother: 'helper' }],
  ['cy', 'Mae priodas fy chwaer mis nesaf', { sister: 'other' }],
  ['cy', 'Dydy fy nhad ddim yn sâl', { father: 'declined' }],
  ['cy', 'fy nhad', { father: 'unsure' }],
  ['cy', 'Mae mam yn sâl iawn ac mae fy chwaer yn helpu', { mother: 'cared_for', sister: 'helper' }],
  // 'mae' (is) is no Portuguese 'mãe' in Welsh, even two words after 'fy' (my): 'fy ngŵr, mae ganddo ganser'.
  ['cy', "Dw i'n gofalu am fy ngŵr, mae ganddo ganser. Oes arian i fi?", { husband: 'cared_for' }],
  // Polish
  ['pl', 'Opiekuję się mamą', { mother: 'cared_for' }],
  ['pl', 'Tata ma raka', { father: 'cared_for' }],
  ['pl', 'Brat czasem pomaga', { brother: 'helper' }],
  ['pl', 'Siostra ma ślub w przyszłym miesiącu', { sister: 'other' }],
  ['pl', 'Tata nie jest chory', { father: 'declined' }],
  ['pl', 'Opiekuję się mężem, a siostra mnie odwiedza', { husband: 'cared_for', sister: 'helper' }],
  ['pl', 'Nie opiekuję się mamą, tylko babcią', { grandmother: 'cared_for', mother: 'declined' }],
  ['pl', 'Moja siostra mieszka w Londynie, a ja opiekuję się mamą', { mother: 'cared_for', sister: 'other' }],
  // Romanian
  ['ro', 'Am grijă de mama mea', { mother: 'cared_for' }],
  ['ro', 'Tatăl meu are cancer', { father: 'cared_for' }],
  ['ro', 'Fratele meu mă ajută uneori', { brother: 'helper' }],
  ['ro', 'Nunta surorii mele e luna viitoare', { sister: 'other' }],
  ['ro', 'Tatăl meu nu este bolnav', { father: 'declined' }],
  ['ro', 'Mama are cancer și fratele meu mă ajută', { mother: 'cared_for', brother: 'helper' }],
  // Portuguese
  ['pt', 'Cuido da minha mãe', { mother: 'cared_for' }],
  ['pt', 'O meu pai tem cancro', { father: 'cared_for' }],
  ['pt', 'O meu irmão ajuda às vezes', { brother: 'helper' }],
  ['pt', 'O casamento da minha irmã é no próximo mês', { sister: 'other' }],
  ['pt', 'O meu pai não está doente', { father: 'declined' }],
  ['pt', 'A minha mãe tem Alzheimer e o meu irmão ajuda ao fim de semana', { mother: 'cared_for', brother: 'helper' }],
  // Spanish
  ['es', 'Cuido de mi madre', { mother: 'cared_for' }],
  ['es', 'Mi padre tiene cáncer', { father: 'cared_for' }],
  ['es', 'Mi hermano ayuda a veces', { brother: 'helper' }],
  ['es', 'La boda de mi hermana es el mes que viene', { sister: 'other' }],
  ['es', 'Mi padre no necesita ayuda', { father: 'declined' }],
  ['es', 'No es mi madre a quien cuido, es mi abuela', { grandmother: 'cared_for', mother: 'declined' }],
  ['es', 'Mi madre tiene demencia y mi hermano viene a ayudar los sábados', { mother: 'cared_for', brother: 'helper' }],
  // Urdu, in Urdu script and romanised
  ['ur', 'میں اپنی امی کی دیکھ بھال کرتی ہوں', { mother: 'cared_for' }],
  ['ur', 'ابو کو کینسر ہے', { father: 'cared_for' }],
  ['ur', 'میرا بھائی کبھی کبھی مدد کرتا ہے', { brother: 'helper' }],
  ['ur', 'میری بہن کی شادی ہے', { sister: 'other' }],
  ['ur', 'main ammi ki dekhbhal karti hoon', { mother: 'cared_for' }],
  ['ur', 'abbu ko cancer hai', { father: 'cared_for' }],
  ['ur', 'mera bhai kabhi kabhi madad karta hai', { brother: 'helper' }],
  ['ur', 'meri behen ki shadi hai', { sister: 'other' }],
  ['ur', 'abbu bimar nahi hain', { father: 'declined' }],
  ['ur', 'میری امی بیمار ہیں اور میرا بھائی مدد کرتا ہے', { mother: 'cared_for', brother: 'helper' }],
  // Punjabi
  ['pa', 'ਮੈਂ ਆਪਣੀ ਮਾਂ ਦੀ ਦੇਖਭਾਲ ਕਰਦੀ ਹਾਂ', { mother: 'cared_for' }],
  ['pa', 'ਮੇਰੇ ਪਿਤਾ ਨੂੰ ਕੈਂਸਰ ਹੈ', { father: 'cared_for' }],
  ['pa', 'ਮੇਰਾ ਭਰਾ ਕਦੇ ਕਦੇ ਮਦਦ ਕਰਦਾ ਹੈ', { brother: 'helper' }],
  ['pa', 'ਮੇਰੀ ਭੈਣ ਦਾ ਵਿਆਹ ਹੈ', { sister: 'other' }],
  ['pa', 'ਮੇਰੀ ਮਾਂ ਬਿਮਾਰ ਹੈ', { mother: 'cared_for' }],
  // Bengali
  ['bn', 'আমি আমার মায়ের দেখাশোনা করি', { mother: 'cared_for' }],
  ['bn', 'আমার বাবার ক্যান্সার', { father: 'cared_for' }],
  ['bn', 'আমার ভাই মাঝে মাঝে সাহায্য করে', { brother: 'helper' }],
  ['bn', 'আমার বোনের বিয়ে সামনের মাসে', { sister: 'other' }],
  ['bn', 'আমার মা অসুস্থ, আমি ওনার দেখাশোনা করি', { mother: 'cared_for' }],
  // Arabic
  ['ar', 'أعتني بأمي', { mother: 'cared_for' }],
  ['ar', 'أبي مريض بالسرطان', { father: 'cared_for' }],
  ['ar', 'أخي يساعد أحيانا', { brother: 'helper' }],
  ['ar', 'زفاف أختي الشهر القادم', { sister: 'other' }],
  ['ar', 'أبي ليس مريضا', { father: 'declined' }],
  ['ar', 'أختي تعيش في لندن', { sister: 'other' }],
  // Gujarati
  ['gu', 'હું મારી બાની સંભાળ રાખું છું', { mother: 'cared_for' }],
  ['gu', 'મારા પપ્પાને કેન્સર છે', { father: 'cared_for' }],
  ['gu', 'મારો ભાઈ ક્યારેક મદદ કરે છે', { brother: 'helper' }],
  ['gu', 'મારી બહેનના લગ્ન છે', { sister: 'other' }],
  ['gu', 'મારો ભાઈ લંડનમાં રહે છે', { brother: 'other' }],
  // Chinese
  ['zh', '我在照顾妈妈', { mother: 'cared_for' }],
  ['zh', '我爸爸得了癌症', { father: 'cared_for' }],
  ['zh', '我哥哥有时候帮忙', { brother: 'helper' }],
  ['zh', '我姐姐下个月婚礼', { sister: 'other' }],
  ['zh', '爸爸不需要帮助', { father: 'declined' }],
  ['zh', '我不是照顾妈妈，是照顾奶奶', { grandmother: 'cared_for', mother: 'declined' }],
  ['zh', '我妈妈中风了，我哥哥偶尔来帮忙', { mother: 'cared_for', brother: 'helper' }],
];

describe('understanding/caredFor: who is cared for comes from what they say they do', () => {
  for (const [lang, text, expected] of TABLE) {
    it(`${lang}: ${text}`, () => {
      const got = roles(lang, text);
      for (const [relation, role] of Object.entries(expected)) expect(got[relation], relation).to.equal(role);
      const caredFor = recognizeSync(text, { conversationLanguage: lang as never }).entities.caredFor.map((p) => p.relation);
      expect(caredFor).to.have.members(
        Object.entries(expected)
          .filter(([, role]) => role === 'cared_for')
          .map(([relation]) => relation),
      );
    });
  }

  it('keeps the one with the illness or the care first', () => {
    const u = recognizeSync('my sister helps, my mum visits, and I look after my dad who has cancer', {});
    expect(u.entities.caredFor.map((p) => p.relation)).to.deep.equal(['father']);
    expect(recognizeSync('I help my mum a bit but my dad has cancer and I look after him', {}).entities.caredFor[0]?.relation).to.equal('father');
  });

  it('mirrors the words the person used', () => {
    expect(recognizeSync('me nan has cancer', {}).entities.caredFor).to.deep.equal([{ relation: 'grandmother', words: 'nan' }]);
    expect(recognizeSync('looking after my hubby', {}).entities.caredFor).to.deep.equal([{ relation: 'husband', words: 'hubby' }]);
  });

  // How people name family in a hurry: "my other half", "MIL", "my partner's dad" (the one ill is the dad, said back as they put it).
  const NICKNAMES: [string, { relation: string; words: string }][] = [
    ['my other half has bowel cancer', { relation: 'partner', words: 'other half' }],
    ['my OH has cancer and I look after him', { relation: 'partner', words: 'oh' }],
    ['MIL has cancer', { relation: 'mother_in_law', words: 'mil' }],
    ['I look after my FIL, he has dementia', { relation: 'father_in_law', words: 'fil' }],
    ["my partner's dad has lung cancer", { relation: 'father_in_law', words: "partner's dad" }],
    ["I'm looking after my husband's mum, she has cancer", { relation: 'mother_in_law', words: "husband's mum" }],
    ["the wife's mother is dying", { relation: 'mother_in_law', words: "wife's mother" }],
  ];
  for (const [text, person] of NICKNAMES)
    it(`"${text}": ${person.relation}, said back as "${person.words}"`, () => {
      expect(recognizeSync(text, {}).entities.caredFor).to.deep.equal([person]);
    });

  // Phone-speak drops the "my" at the start: "hubby just died", "husband has cancer" are theirs; "mate, I'm struggling" is no one.
  const BARE_START: [string, { relation: string; words: string }[]][] = [
    ['hubby just died this morning, he was on end of life care at home', [{ relation: 'husband', words: 'hubby' }]],
    ['Husband has bowel cancer and I do everything', [{ relation: 'husband', words: 'husband' }]],
    ["wife's got MS, can I get carers allowance?", [{ relation: 'wife', words: 'wife' }]],
    ["mate I'm really struggling", []],
    ['kid is off school again and I am so tired', []],
    ['Thanks for this. Son has leukaemia.', [{ relation: 'son', words: 'son' }]],
  ];
  for (const [text, people] of BARE_START)
    it(`"${text}": ${people.map((p) => p.relation).join(', ') || 'nobody'}`, () => {
      expect(recognizeSync(text, {}).entities.caredFor).to.deep.equal(people);
    });

  const NOBODY: [string, string][] = [
    ['es', 'tengo que pagar mil libras'],
    ['pt', 'devo mil libras'],
    ['cy', 'mae gen i fil o bethau i wneud'],
    ['en', 'oh I just need a break'],
    ['en', 'I filled in half the form'],
  ];
  for (const [lang, text] of NOBODY)
    it(`${lang}: "${text}" names nobody`, () => {
      expect(recognizeSync(text, { conversationLanguage: lang as never }).entities.people ?? []).to.deep.equal([]);
    });

  it('after a death, the one mentioned is the one they looked after', () => {
    expect(recognizeSync('my husband died in May', {}).entities.caredFor.map((p) => p.relation)).to.deep.equal(['husband']);
  });
});
