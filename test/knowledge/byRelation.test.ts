/**
 * A card's words for who it is about: after a grandparent's or a parent's death the funeral-costs card leads with
 * the Funeral Expenses Payment and who arranges the funeral; Bereavement Support Payment (a widow's, a widower's,
 * a civil partner's) leads only for a husband, wife or partner, or when nobody was named. Its sources stay.
 */
import { expect } from 'chai';
import { LANGUAGES } from '../../core/languages';
import { loadKnowledge, relationGroupOf, renderCard, RELATION_GROUPS, ROMAN_URDU_TEXT, type TextLanguage } from '../../knowledge';
import { startBot } from '../dialogs/botHarness';

const kb = loadKnowledge();
const now = new Date('2026-12-07T12:00:00Z');
const CARD = 'death.bereavement-support';
const lead = (answer: string) => (answer.indexOf('Funeral') < answer.indexOf('Bereavement Support Payment') ? 'funeral' : 'bsp');

describe('knowledge: a card in words for who it is about', () => {
  const groups: [string | undefined, string | undefined][] = [
    ['husband', 'partner'],
    ['wife', 'partner'],
    ['partner', 'partner'],
    ['grandmother', 'family'],
    ['father', 'family'],
    ['mother_in_law', 'family'],
    ['friend', 'family'],
    [undefined, undefined],
  ];
  for (const [relation, group] of groups) it(`relationGroupOf(${relation}) is ${group}`, () => expect(relationGroupOf(relation)).to.equal(group));

  const rows: { relation?: string; nation?: 'scotland' | 'wales'; leads: 'funeral' | 'bsp'; says: RegExp }[] = [
    { relation: 'grandmother', leads: 'funeral', says: /whoever arranges the funeral[^]*only for a husband, wife or civil partner/ },
    { relation: 'father', nation: 'wales', leads: 'funeral', says: /close relative or close friend can claim/ },
    { relation: 'grandfather', nation: 'scotland', leads: 'funeral', says: /^In Scotland, help with funeral costs is called Funeral Support Payment/ },
    { relation: 'husband', leads: 'bsp', says: /you may get Bereavement Support Payment: £3,500/ },
    { relation: 'wife', nation: 'scotland', leads: 'bsp', says: /Funeral Support Payment and comes from Social Security Scotland/ },
    { leads: 'bsp', says: /If your husband, wife or civil partner died/ },
  ];
  for (const { relation, nation, leads, says } of rows)
    it(`${relation ?? 'nobody named'}${nation ? ` in ${nation}` : ''}: leads with ${leads}`, () => {
      const answer = renderCard(kb, CARD, { language: 'en', nation, now, relation });
      expect(lead(answer.answer)).to.equal(leads);
      expect(answer.answer).to.match(says);
      // The facts keep their citations whoever it is about.
      expect(answer.sources.length).to.be.greaterThan(0);
      expect(answer.sources.every((s) => s.url.startsWith('https://'))).to.equal(true);
    });

  it('the family words cite the Funeral Expenses Payment rules (England and Wales) and Funeral Support Payment (Scotland)', () => {
    const urls = (nation?: 'scotland') => renderCard(kb, CARD, { language: 'en', nation, now, relation: 'grandmother' }).sources.map((s) => s.url);
    expect(urls()).to.include('https://www.gov.uk/funeral-payments/eligibility');
    expect(urls('scotland')).to.include('https://www.mygov.scot/funeral-support-payment');
    const card = kb.byId.get(CARD)!;
    expect(card.appliesFrom).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(card.reviewBy).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  const languages: TextLanguage[] = [...LANGUAGES, ROMAN_URDU_TEXT];
  for (const lng of languages)
    it(`${lng}: every card with words for a relation in English has them (and their nations) wherever its answer is translated`, () => {
      for (const card of kb.cards) {
        const english = kb.texts.en!.cards[card.id]!;
        const own = kb.texts[lng]?.cards[card.id];
        if (!english.byRelation || own?.answer === undefined) continue;
        for (const group of RELATION_GROUPS) {
          const words = english.byRelation[group];
          expect(Boolean(own.byRelation?.[group]), `${lng} ${card.id} ${group}`).to.equal(Boolean(words));
          if (words)
            expect(Object.keys(own.byRelation![group]!.nations ?? {}).sort(), `${lng} ${card.id} ${group}`).to.deep.equal(
              Object.keys(words.nations ?? {}).sort(),
            );
        }
        // Rendered for a grandparent, the translation leads with the funeral payment too.
        if (card.id === CARD) {
          const answer = renderCard(kb, CARD, {
            language: lng === ROMAN_URDU_TEXT ? 'ur' : lng,
            script: lng === ROMAN_URDU_TEXT ? 'Latn' : undefined,
            now,
            relation: 'grandmother',
          });
          expect(answer.language, lng).to.equal(lng);
          expect(answer.answer.indexOf('Funeral Expenses Payment'), lng).to.be.lessThan(answer.answer.indexOf('Bereavement Support Payment'));
        }
      }
    });

  it('English words for a relation have at most 3 sentences in their answers', () => {
    for (const card of kb.cards)
      for (const words of Object.values(kb.texts.en!.cards[card.id]!.byRelation ?? {}))
        for (const answer of [words!.answer, ...Object.values(words!.nations ?? {}).map((n) => n?.answer)].filter((a): a is string => !!a))
          expect(answer.split(/(?<=[.!?])\s+/).length, `${card.id}: ${answer}`).to.be.at.most(3);
  });
});

describe('the funeral-costs question through the bot: the answer fits who died', () => {
  const table: { language: string; message: string; leads: 'funeral' | 'bsp' }[] = [
    { language: 'en', message: 'my gran died last week, can I get help with the funeral costs?', leads: 'funeral' },
    { language: 'en', message: 'my dad died yesterday, can I get help paying for his funeral?', leads: 'funeral' },
    { language: 'en', message: 'my husband died on monday, can I get help with the funeral costs?', leads: 'bsp' },
    { language: 'cy', message: "Bu farw fy nain wythnos diwethaf, oes help gyda chostau'r angladd?", leads: 'funeral' },
    { language: 'pl', message: 'moja babcia zmarła, czy mogę dostać pomoc w kosztach pogrzebu?', leads: 'funeral' },
    { language: 'pl', message: 'mój mąż zmarł, czy dostanę pomoc na pogrzeb?', leads: 'bsp' },
    { language: 'es', message: 'mi abuela murió la semana pasada, ¿hay ayuda para pagar el funeral?', leads: 'funeral' },
    { language: 'ur', message: 'میری نانی کا انتقال ہو گیا ہے، کیا جنازے کے خرچ میں مدد مل سکتی ہے؟', leads: 'funeral' },
    { language: 'ar', message: 'توفيت جدتي الأسبوع الماضي، هل هناك مساعدة في تكاليف الجنازة؟', leads: 'funeral' },
  ];
  for (const { language, message, leads } of table)
    it(`${language}: "${message}" leads with ${leads}`, async () => {
      const h = await startBot({ channelId: 'webchat', locale: language });
      try {
        const reply = await h.say(message);
        expect(reply.text).to.include('Bereavement Support Payment');
        expect(lead(reply.text)).to.equal(leads);
      } finally {
        await h.close();
      }
    });
});
