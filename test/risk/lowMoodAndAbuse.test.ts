/**
 * Issue 13, rules 2026-12-07.18: the writer's own low mood, breakdown or money worry told
 * without the older keywords (frames low_mood_self_*) is concern; psychological abuse in
 * Arabic (humiliation, threats, "أذى نفسي" from a family member, "تعرضت لـ...") is urgent
 * abuse. Rules alone, so a retrain cannot move these. Written from CONTRACTS.md's levels,
 * not from evaluation texts.
 */
import { expect } from 'chai';
import { emptyFinding, engine } from '../../risk/engine';
import { riskRank, type RiskCategory, type RiskLevel } from '../../core/risk';

/** [text, the rules' level at least (or exactly 'none'), a category the finding must hold]. */
type Row = [string, RiskLevel, RiskCategory?];

const TABLES: Record<string, Row[]> = {
  en: [
    ["i'm so depressed lately, i can't face anyone", 'concern', 'carer_breakdown'],
    ['Ive been feeling really depressed since mum went into hospital', 'concern'],
    ['honestly just lonely and depressed every evening', 'concern'],
    ["I think I'm having a breakdown", 'concern'],
    ['my debts are crushing me and the letters keep coming', 'concern'],
    ['struggling to cover the rent since I had to drop my hours', 'concern'],
    ['the bills keep coming and I have nothing left', 'concern'],
    ["I'm not depressed, I'm just tired", 'none'],
    ['is depression a side effect of tamoxifen?', 'none'],
    ['can I claim carers allowance for someone with depression', 'none'],
    ['the car had a breakdown on the way to the hospital', 'none'],
  ],
  es: [
    ['estoy muy deprimida desde que diagnosticaron a mi madre', 'concern'],
    ['me siento hundido y no tengo ganas de nada', 'concern'],
    ['sufro de depresión y cuidar de él me supera', 'concern'],
    ['¿la quimio puede causar depresión?', 'none'],
    ['mi amiga con depresión vino a verme', 'none'],
  ],
  pt: [
    ['to muito deprimida, não consigo levantar da cama', 'concern'],
    ['tenho depressão e ninguém em casa entende', 'concern'],
    ['como saber se minha amiga ta com depressao?', 'none'],
    ['não estou deprimida, só cansada', 'none'],
  ],
  ar: [
    ['اعاني من اكتئاب من وقت ما تعبت امي', 'concern'],
    ['انا مكتئبة ومش قادرة اكلم حد', 'concern'],
    ['هل الكيماوي يسبب الاكتئاب عند كبار السن؟', 'none'],
    ['زوجي يهينني ويهددني قدام الاولاد', 'urgent', 'abuse'],
    ['اتعرض لأذى نفسي واهانات من زوجي كل يوم', 'urgent', 'abuse'],
    ['تعرضت للضرب والتهديد من اخويا', 'urgent', 'abuse'],
    ['ابنها بيذلها وياخذ معاشها', 'urgent', 'abuse'],
    ['شفت تقرير عن العنف النفسي في الاخبار', 'none'],
  ],
};

describe('low mood, money worry and Arabic psychological abuse (rules 2026-12-07.18)', () => {
  for (const [lang, rows] of Object.entries(TABLES)) {
    describe(lang, () => {
      for (const [text, level, category] of rows) {
        it(`${level}${category ? ` ${category}` : ''}: ${text}`, () => {
          const finding = emptyFinding();
          engine.evaluate(text, finding);
          const got = `${finding.level} ${[...finding.categories].join(',')} [${[...finding.ruleIds].join(' ')}]`;
          if (level === 'none') expect(finding.level, got).to.equal('none');
          else expect(riskRank(finding.level), got).to.be.at.least(riskRank(level));
          if (category) expect([...finding.categories], got).to.include(category);
        });
      }
    });
  }
});
