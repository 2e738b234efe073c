/**
 * A short money question right after a card that pays ("is it a loan?" after the Funeral Expenses Payment) is about
 * that payment: its answer again, not "Money is a big worry... for your dad" and "are you working?" after a death.
 */
import { expect } from 'chai';
import { handleReply } from '../../conversation/answers';
import { newConversationData } from '../../conversation/state';
import type { LanguageCode } from '../../core/languages';
import { recognizeSync } from '../../understanding';
import { guide, said } from './helpers';

const table: [LanguageCode, string, string][] = [
  ['en', 'my dad died last week. can i get help with the funeral?', 'is it a loan?'],
  ['en', 'my dad died last week. can i get help with the funeral?', 'do i have to pay it back?'],
  ['pl', 'tata zmarł w zeszłym tygodniu, czy mogę dostać pomoc w kosztach pogrzebu?', 'czy to pożyczka?'],
  ['es', 'mi padre murió la semana pasada, ¿hay ayuda para el funeral?', '¿es un préstamo?'],
];

describe('a short money question after a payment card is about that payment', () => {
  for (const [language, first, second] of table)
    it(`${language}: ${JSON.stringify(second)} after ${JSON.stringify(first)}`, () => {
      const data = newConversationData(language, 'demo');
      const ctx = guide(language);
      handleReply('opening', said(first, recognizeSync(first, { conversationLanguage: language })), data, ctx);
      const card = data.situation.card;
      expect(card).to.equal('death.bereavement-support');
      const out = handleReply('how_are_you', said(second, recognizeSync(second, { conversationLanguage: language })), data, ctx);
      expect(data.situation.card).to.equal(card);
      // The payment's answer again (its name is English in every language), not the guided money questions.
      const first1 = out[0];
      expect(first1?.kind === 'text' ? first1.text : '').to.include('Funeral Expenses Payment');
    });
});
