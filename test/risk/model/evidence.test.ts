/** What a model-only raise needs on a short text, and which category it names (risk/model/evidence.ts). */
import { expect } from 'chai';
import { RISK_CATEGORIES, type RiskCategory, type RiskLevel } from '../../../core/risk';
import { assessRisk } from '../../../risk';
import { fallbackCategory, liftedThreshold, needsMoreEvidence, SHORT_WORDS, shortTextWords } from '../../../risk/model/evidence';
import { modelTokens } from '../../../risk/model/features';

const scores = (some: Partial<Record<RiskCategory, number>>): Record<RiskCategory, number> =>
  ({ ...Object.fromEntries(RISK_CATEGORIES.map((c) => [c, 0.01])), ...some }) as Record<RiskCategory, number>;

describe('risk/model/evidence', () => {
  describe('a raise no category head is sure of names the strongest category that fits its level', () => {
    const table: Array<[string, RiskLevel, Partial<Record<RiskCategory, number>>, RiskCategory]> = [
      ['concern: a tired carer is carer breakdown, never suicide', 'concern', { suicide_self_harm: 0.3, carer_breakdown: 0.25 }, 'carer_breakdown'],
      ['concern: money trouble is hardship', 'concern', { hardship: 0.4, carer_breakdown: 0.2, abuse: 0.45 }, 'hardship'],
      ['concern: nothing at all still names carer breakdown', 'concern', {}, 'carer_breakdown'],
      [
        'concern: suicide is named only by its own head, never by the fallback',
        'concern',
        { suicide_self_harm: 0.45, carer_breakdown: 0.1 },
        'carer_breakdown',
      ],
      ['concern: a clearly stronger danger head keeps its category', 'concern', { abuse: 0.4, carer_breakdown: 0.1 }, 'abuse'],
      ['concern: a physical worry the model is clearly surer of', 'concern', { medical_emergency: 0.3, hardship: 0.1 }, 'medical_emergency'],
      ['urgent: a danger of harm, not money', 'urgent', { hardship: 0.45, abuse: 0.3 }, 'abuse'],
      ['urgent: suicide when it is the strongest danger', 'urgent', { suicide_self_harm: 0.4, carer_breakdown: 0.3 }, 'suicide_self_harm'],
      ['emergency: medical', 'emergency', { medical_emergency: 0.4, abuse: 0.45 }, 'medical_emergency'],
      ['emergency: an overdose', 'emergency', { suicide_self_harm: 0.45, medical_emergency: 0.3 }, 'suicide_self_harm'],
    ];
    for (const [name, level, some, expected] of table) it(name, () => expect(fallbackCategory(level, scores(some))).to.equal(expected));
  });

  describe('short texts that name no risk concept need more evidence', () => {
    const table: Array<[string, boolean]> = [
      ['I live in AB10', true],
      ['my dad, he is 74', true],
      ["fy nhad, mae o'n 74 oed", true],
      ['mi abuela tiene 90 años', true],
      ['I took all his tablets', false],
      ['she can not breathe', false],
      ['I look after my mum and I never get a minute to myself', false],
    ];
    for (const [text, expected] of table) {
      it(`"${text}": ${expected ? 'more evidence' : 'the usual thresholds'}`, () => {
        const tokens = modelTokens(text);
        expect(needsMoreEvidence(shortTextWords(tokens), tokens)).to.equal(expected);
      });
    }
    it('numbers are not words for the gate', () => expect(shortTextWords(modelTokens('he is 74, flat 12 at 3.5'))).to.equal(4));
    it(`only below ${SHORT_WORDS} words`, () => expect(needsMoreEvidence(SHORT_WORDS, modelTokens('a b c d e f'))).to.equal(false));
    it('the lifted threshold lies between the threshold and 1', () => {
      for (const t of [0.5, 0.7, 0.95]) expect(liftedThreshold(t)).to.be.within(t, 1);
    });
  });

  describe("a tired carer's words are never about suicide", () => {
    const texts = [
      "I look after my mum and I'm shattered, never get a minute to myself",
      "I'm so tired of looking after him on my own, no one helps",
      'cuido a mi madre y estoy agotada, no tengo ni un minuto para mí',
      'opiekuję się mamą i jestem wykończona, nie mam chwili dla siebie',
      // model-5ee81ae519bc read these two as urgent suicide (Samaritans first); the third is no training text.
      "Dw i'n gofalu am fy nhad ac dw i wedi blino",
      'dw i wedi blino, mae dad yn deffro bob nos',
      "dw i'n gofalu am fy mam a dw i wedi blino gymaint",
    ];
    for (const text of texts) {
      it(text, () => {
        const result = assessRisk(text);
        expect(result.categories).not.to.include('suicide_self_harm');
        if (result.level !== 'none') expect(result.categories.some((c) => c === 'carer_breakdown' || c === 'hardship')).to.equal(true);
      });
    }
  });
});
