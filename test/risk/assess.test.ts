import { expect } from 'chai';
import sinon from 'sinon';
import fc from 'fast-check';
import { assessRisk } from '../../risk/index';
import { engine } from '../../risk/engine';
import { riskRank, type RiskLevel } from '../../core/risk';

type Row = [text: string, atLeast: RiskLevel, atMost?: RiskLevel];

function check(rows: Row[]): void {
  for (const [text, atLeast, atMost = 'emergency'] of rows) {
    it(`${atLeast}${atMost !== 'emergency' ? `..${atMost}` : '+'}: ${text}`, () => {
      const { level, ruleIds } = assessRisk(text);
      expect(riskRank(level), `${level} ${ruleIds.join(',')}`).to.be.at.least(riskRank(atLeast));
      expect(riskRank(level), `${level} ${ruleIds.join(',')}`).to.be.at.most(riskRank(atMost));
    });
  }
}

describe('assessRisk', () => {
  describe('English: must flag (urgent)', () =>
    check([
      ['honestly i just want to die', 'urgent'],
      ['I have been thinking about killing myself', 'urgent'],
      ['my family would be better off without me', 'urgent'],
      ['ive been putting aside my sleeping pills for a while', 'urgent'],
      ['how many paracetamol would it take to not wake up', 'urgent'],
      ['Keep going to the railway bridge and looking down', 'urgent'],
      ['I have written a note for my daughter in case', 'urgent'],
      ['when mums gone I am going to end it too', 'urgent'],
      ['gonna unalive myself tbh', 'urgent'],
      ['feel sucidal again', 'urgent'],
      ['I started self harming again last week', 'urgent'],
      ['Dad keeps asking me to help him end his life', 'urgent'],
      ['my wife keeps saying she wants to die', 'urgent'],
      ['I think about smothering him with a pillow when he screams all night', 'urgent'],
      ['my son punches me when he is drunk', 'urgent'],
      ['the agency carer is rough with my nan and she has bruises now', 'urgent'],
      ['my nephew has been taking money out of grans account', 'urgent'],
      ['Im in hospital after collapsing and nobody is with my husband, he is bedbound', 'urgent'],
    ]));

  describe('English: must not flag', () =>
    check([
      ['what are the side effects of chemo', 'none', 'none'],
      ['can I get carers allowance while working', 'none', 'none'],
      ['how do I store his tablets safely', 'none', 'none'],
      ['Mum would like to die at home, how do we arrange it', 'none', 'concern'],
      ['had a seizure two years ago, can she drive', 'none', 'concern'],
      ['what happens when someone is dying', 'none', 'concern'],
    ]));

  describe('a wish about where to die, in other languages, is end of life, not suicide', () =>
    check([
      ['ammi ko ghar pe hi marna hai', 'none', 'concern'],
      ['امی گھر پر ہی مرنا چاہتی ہیں', 'none', 'concern'],
      ['ਮਾਂ ਘਰ ਵਿੱਚ ਹੀ ਮਰਨਾ ਚਾਹੁੰਦੀ ਹੈ', 'none', 'concern'],
      ['妈妈想在家里走，不想死在医院', 'none', 'concern'],
      ['quero morrer de rir com este vídeo', 'none', 'concern'],
      ['main marna chahta hoon', 'urgent'],
      ['我想死在海里算了', 'urgent'],
    ]));

  describe('English: emergency', () =>
    check([
      ['my husband has stopped breathing', 'emergency'],
      ['dad collapsed and wont wake up', 'emergency'],
      ['mums lips have gone blue', 'emergency'],
      ['he has crushing chest pains and is sweating', 'emergency'],
      ['her face is drooping and she is slurring', 'emergency'],
      ['he is fitting and it wont stop', 'emergency'],
      ['I have just swallowed a whole box of paracetamol', 'emergency'],
      ['she is bleeding heavily from the wound', 'emergency'],
      ['he has cancer in his spine and suddenly cant move his legs', 'emergency'],
    ]));

  describe('negation never lowers below the rest of the message', () =>
    check([
      ["I'm not going to do anything, but I have thought about how I'd do it", 'urgent'],
      ["I'm not suicidal, just knackered", 'concern', 'concern'],
      ['not suicidal but i have been stockpiling my tablets', 'urgent'],
      ['I would never hurt myself. but I wish I could sleep and not wake up', 'urgent'],
      ['nie, nic sobie nie zrobię, ale chcę umrzeć', 'urgent'],
    ]));

  describe("news, statistics, films and sayings about suicide are not the writer at risk; the writer's own words still count", () =>
    check([
      ['the news said suicide rates rose again last year', 'none', 'concern'],
      ['watched a documentary about suicide in young men', 'none', 'concern'],
      ['suicide is haram', 'none', 'concern'],
      ['新闻报道说自杀率又上升了', 'none', 'concern'],
      ['نشرت الاخبار ان معدلات الانتحار ارتفعت', 'none', 'concern'],
      ['I watched a film about suicide and now I want to kill myself', 'urgent'],
      ['read an article on suicide, I have my pills saved up', 'urgent'],
    ]));

  describe('idioms are not risk', () =>
    check([
      ["I'm dying to know if we get a blue badge", 'none', 'concern'],
      ['this form is killing me', 'none', 'concern'],
      ['the chemo is killing her appetite', 'none', 'concern'],
      ['I could kill for a cup of tea', 'none', 'concern'],
      ['my feet are killing me', 'none', 'concern'],
      ['dead tired after last night', 'none', 'concern'],
      ['her lasagne is to die for', 'none', 'concern'],
      ['me muero de ganas de ir a la playa', 'none', 'concern'],
      ['umieram ze śmiechu', 'none', 'concern'],
      ['笑死我了', 'none', 'concern'],
    ]));

  describe('obfuscated', () =>
    check([
      ['I want to fucking die', 'urgent'],
      ['i just wanna f***ing kill myself', 'urgent'],
      ['quiero puta morir ya', 'urgent'],
      ['i want to k\u200bi\u200bl\u200bl myself', 'urgent'],
      ['ｉ ｗａｎｔ ｔｏ ｄｉｅ', 'urgent'],
      ['k i l l myself', 'urgent'],
      ['su1c1dal thoughts again', 'urgent'],
      ['SUICIDE', 'urgent'],
      ['wanna d1e', 'urgent'],
      ['kms', 'urgent'],
      ['been saving 💊💊 for when its too much', 'urgent'],
      ['sooooo done, want to dieeeee', 'urgent'],
      ['took an overdoes', 'emergency'],
    ]));

  describe('chemotherapy', () =>
    check([
      ['on chemo and temp is 38.3', 'emergency'],
      ['chemo last week, now 38,5 stopni', 'emergency'],
      ['she had chemo monday, 101F tonight', 'emergency'],
      ['had chemotherapy 10 days ago and shes shivering', 'emergency'],
      ['on chemo, temperature 35.4 and cold', 'emergency'],
      ['after chemo he suddenly feels really unwell', 'emergency'],
      ['Mama a făcut chimioterapie, acum are 38,7', 'emergency'],
      ['Mi padre está con quimio y tiene fiebre', 'emergency'],
      ['化疗第三天，体温３８．２度', 'emergency'],
      ['ابي على الكيماوي وحرارته ٣٩', 'emergency'],
      ['কেমো চলছে, জ্বর ১০১ ডিগ্রি', 'emergency'],
      ['કીમો પછી તાવ ૩૮.૫', 'emergency'],
      ['ਕੀਮੋ ਤੋਂ ਬਾਅਦ ੧੦੨ ਬੁਖ਼ਾਰ', 'emergency'],
      ['کیمو کے بعد ۱۰۱ بخار', 'emergency'],
      ['temp is 38.3 and he has a cold', 'none', 'concern'],
      ['what are the side effects of chemotherapy', 'none', 'none'],
      ['my wife is on chemo and 38 years old', 'none', 'concern'],
      ['on chemo, parking costs £38.50 a day', 'none', 'concern'],
    ]));

  describe('other languages', () =>
    check([
      ['Dw i eisiau marw', 'urgent'],
      ['Myślę, żeby odebrać sobie życie', 'urgent'],
      ['Vreau să mor, nu mai pot', 'urgent'],
      ['mar jana chahti hoon', 'urgent'],
      ['khudkushi ka khayal aata hai', 'urgent'],
      ['میں خودکشی کے بارے میں سوچتا ہوں', 'urgent'],
      ['ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ', 'urgent'],
      ['আমি আত্মহত্যা করতে চাই', 'urgent'],
      ['أفكر في الانتحار', 'urgent'],
      ['મારે આત્મહત્યા કરવી છે', 'urgent'],
      ['Penso em me matar', 'urgent'],
      ['Quiero quitarme la vida', 'urgent'],
      ['我不想活了', 'urgent'],
      ['Mama nie oddycha!', 'emergency'],
      ['mi padre se desmayó y no responde', 'emergency'],
      ['爸爸晕倒了，叫不醒', 'emergency'],
    ]));

  describe('concern', () =>
    check([
      ['I am at breaking point with it all', 'concern'],
      ['we cant afford the heating', 'concern'],
      ['the landlord says we face eviction', 'concern'],
      ['just not coping anymore', 'concern'],
    ]));

  describe('shape', () => {
    it('reports version, categories, flags and rule ids', () => {
      const result = assessRisk('on chemo and temp is 38.3');
      expect(result.rulesVersion).to.match(/^\d{4}-\d{2}-\d{2}\.\d+$/);
      expect(result.categories).to.deep.equal(['medical_emergency']);
      expect(result.flags).to.deep.equal(['chemotherapy']);
      expect(result.ruleIds).to.include('medical.chemotherapy');
    });
    it('flags a third party and a child', () => {
      expect(assessRisk('mum says she wants to die').flags).to.include('third_party');
      expect(assessRisk('im 11 and my stepdad hits me').flags).to.include('child');
    });
  });

  describe('fail-safe', () => {
    afterEach(() => sinon.restore());
    it('reports concern with the failure when the engine throws', () => {
      sinon.stub(engine, 'evaluate').throws(new Error('boom'));
      const result = assessRisk('hello');
      expect(result.level).to.equal('concern');
      expect(result.ruleIds).to.deep.equal(['engine.failure']);
      expect(result.failure).to.contain('boom');
    });
    it('survives a non-string at run time', () => {
      const result = assessRisk(undefined as unknown as string);
      expect(result.level).to.equal('concern');
      expect(result.failure).to.be.a('string');
    });
  });

  describe('size and speed', () => {
    it('assesses 1 MB and still sees a phrase at the very end', () => {
      const text = 'we went to the hospital again today. '.repeat(28_000) + ' I want to kill myself';
      expect(assessRisk(text).level).to.equal('urgent');
    });
    it('sees a phrase cut by a window edge', () => {
      const pad = 'x'.repeat(19_990);
      expect(assessRisk(`${pad} i want to die`).level).to.equal('urgent');
    });
    const adversarial = [
      'a'.repeat(5000),
      'k i l l '.repeat(600),
      '💊🔪🪢'.repeat(800),
      'kill '.repeat(1000),
      'want to '.repeat(600),
      '1'.repeat(5000),
      'su1c1de '.repeat(600),
      '化疗发烧'.repeat(1250),
      '38.5 '.repeat(1000),
      'ا'.repeat(5000),
      'not suicidal '.repeat(380),
      'z\u0301'.repeat(2500),
      'chemo fever '.repeat(400),
    ];
    // Speed is measured by `npm run bench:understanding` (worst case over these inputs), not by a timed test.
    for (const text of adversarial) {
      it(`answers adversarial input ${JSON.stringify(text.slice(0, 10))}… without failing`, () => {
        const result = assessRisk(text);
        expect(result.failure).to.equal(undefined);
        expect(['none', 'concern', 'urgent', 'emergency']).to.include(result.level);
      });
    }
  });

  describe('properties', () => {
    it('never throws and always answers a level', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
          const result = assessRisk(text);
          expect(result.failure).to.equal(undefined);
        }),
        { numRuns: 500 },
      );
    });
    const risky = ['i want to die', 'he is not breathing', 'on chemo, temp 38.4', 'my carer hits me', 'thinking of ending my life'];
    it('zero-width characters never lower the level', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...risky),
          fc.array(fc.nat(), { maxLength: 6 }),
          fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'),
          (text, positions, zw) => {
            const chars = Array.from(text);
            for (const p of positions) chars.splice(p % (chars.length + 1), 0, zw);
            expect(riskRank(assessRisk(chars.join('')).level)).to.be.at.least(riskRank(assessRisk(text).level));
          },
        ),
      );
    });
    const CONFUSABLES: Record<string, string> = { a: '\u0430', e: '\u0435', o: '\u043e', i: '\u0456', c: '\u0441', p: '\u0440', x: '\u0445', y: '\u0443' };
    it('look-alike letters from other scripts (Cyrillic а е о і с р х у) never lower the level', () => {
      fc.assert(
        fc.property(fc.constantFrom(...risky), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (text, swap) => {
          const changed = Array.from(text)
            .map((c, i) => (swap[i] && CONFUSABLES[c] ? CONFUSABLES[c] : c))
            .join('');
          expect(riskRank(assessRisk(changed).level)).to.be.at.least(riskRank(assessRisk(text).level));
        }),
      );
    });
    it('intensifiers and swearing between the words never lower the level', () => {
      const fillers = ['fucking', 'bloody', 'literally', 'totally', 'f***ing', 'kurwa', 'puta', 'porra', 'yaar'];
      fc.assert(
        fc.property(fc.constantFrom(...risky), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...fillers)), { maxLength: 3 }), (text, inserts) => {
          const words = text.split(' ');
          for (const [at, word] of inserts) words.splice(at % (words.length + 1), 0, word);
          expect(riskRank(assessRisk(words.join(' ')).level)).to.be.at.least(riskRank(assessRisk(text).level));
        }),
      );
    });
    it('changing case never lowers the level', () => {
      fc.assert(
        fc.property(fc.constantFrom(...risky), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (text, upper) => {
          const changed = Array.from(text)
            .map((c, i) => (upper[i] ? c.toUpperCase() : c))
            .join('');
          expect(riskRank(assessRisk(changed).level)).to.be.at.least(riskRank(assessRisk(text).level));
        }),
      );
    });
  });
});
