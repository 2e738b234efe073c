/**
 * SMS keeps the question it asks: after a crisis reply fills the texts, "what number should they
 * call?" must survive the cut (it was dropped as a middle sentence, leaving no question on screen).
 */
import { expect } from 'chai';
import { CLOSED, startBot } from './botHarness';

const cases = [
  { locale: 'es', turns: ['mi madre está con quimio y tiene 39 de fiebre y tiembla', 'sí porfa'], question: /¿A qué número/ },
  { locale: 'en-GB', turns: ['mum is on chemo and her temperature is 38.6 and shes shivering', 'yes'], question: /What number should they call\?/ },
  { locale: 'pl', turns: ['mama jest na chemii i ma 39 stopni gorączki, trzęsie się', 'tak'], question: /\?\s*$/m },
];

describe('SMS: the call-back question survives a crisis reply', () => {
  for (const c of cases) {
    it(`${c.locale}: ${c.turns.join(' / ')}`, async () => {
      const bot = await startBot({ now: CLOSED, channelId: 'sms', locale: c.locale });
      let last = { text: '' };
      for (const turn of c.turns) last = await bot.say(turn);
      expect(last.text).to.match(c.question);
      expect(last.text).to.match(/999/);
      await bot.close();
    });
  }
});
