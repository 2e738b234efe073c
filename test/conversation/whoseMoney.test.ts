/**
 * What the person they look after can get is answered with that person's own benefit (Attendance Allowance or PIP,
 * in Scotland Adult or Pension Age Disability Payment), in every language; the writer's own money stays Carer's Allowance.
 */
import { expect } from 'chai';
import { handleReply } from '../../conversation/answers';
import { newConversationData } from '../../conversation/state';
import type { LanguageCode } from '../../core/languages';
import { recognizeSync } from '../../understanding';
import { guide, said } from './helpers';

const THEIRS = 'money.attendance-allowance-pip';
const OWN = 'money.carers-allowance';
/** The writer's own question: their own card, or the guided money questions when no card is sure of it, never hers. */
const NOT_THEIRS = 'not theirs';

const table: [LanguageCode, string, string | undefined][] = [
  ['en', 'my wife has ovarian cancer, can she get any benefits?', THEIRS],
  ['en', 'can she get any benefits?', THEIRS],
  ['en', "is there money for my dad, he can't wash himself any more", THEIRS],
  ['en', 'can my mum get any money?', THEIRS],
  ['en', 'I look after my mum, is there any money for me?', OWN],
  ['en', 'can I get paid for looking after my dad', OWN],
  ['en', 'can my daughter get carers allowance for looking after me?', OWN],
  ['en', 'can my dad get help with hospital travel costs?', 'money.hospital-travel'],
  ['en', 'wat benifits can my nan get shes 84 and cant get out of bed', THEIRS],
  ['en', 'can I get attendance allowance for my mum?', THEIRS],
  ['zh', '我爸爸得了癌症，我需要照顾他，我能拿到什么补助吗？', NOT_THEIRS],
  ['es', '¿mi madre puede cobrar alguna ayuda? tiene cáncer', THEIRS],
  ['pl', 'czy mama może dostać jakieś pieniądze? ma raka', THEIRS],
  ['ar', 'هل تستحق أمي أي مساعدة مالية؟ عندها سرطان', THEIRS],
  ['zh', '我妈妈得了癌症，她能领什么补助？', THEIRS],
  ['cy', 'mae canser gyda Mam, ydy hi yn gallu cael arian?', THEIRS],
];

describe('whose money: the person looked after gets their own benefit card, the writer Carer’s Allowance', () => {
  for (const [language, message, cardId] of table)
    it(`${language}: ${JSON.stringify(message)} -> ${cardId ?? 'no card'}`, () => {
      const data = newConversationData(language, 'demo');
      handleReply('opening', said(message, recognizeSync(message, { conversationLanguage: language })), data, guide(language));
      if (cardId === NOT_THEIRS) expect(data.situation.card).to.not.equal(THEIRS);
      else expect(data.situation.card).to.equal(cardId);
    });

  it('in Scotland the card for her own money names Adult Disability Payment and Pension Age Disability Payment', () => {
    const data = newConversationData('en', 'demo');
    data.situation.nation = 'scotland';
    const message = 'can my mum get any benefits?';
    const out = handleReply('opening', said(message, recognizeSync(message, {})), data, guide());
    const all = out.map((c) => (c.kind === 'text' ? c.text : '')).join('\n');
    expect(all).to.include('Adult Disability Payment');
    expect(all).to.include('Pension Age Disability Payment');
    expect(all).not.to.include("Carer's Allowance");
  });
});

describe('a short question after a card, about whom or whether it pays', () => {
  function after(first: string, second: string): { card: string | undefined; text: string } {
    const data = newConversationData('en', 'demo');
    const ctx = guide();
    handleReply('opening', said(first, recognizeSync(first, {})), data, ctx);
    const out = handleReply('more', said(second, recognizeSync(second, {})), data, ctx);
    return { card: data.situation.card, text: out.map((c) => (c.kind === 'text' ? c.text : '')).join('\n') };
  }

  it('"can she get it too?" after Carer\'s Allowance is her own benefit', () => {
    expect(after('how much is carers allowance?', 'can she get it too?').card).to.equal(THEIRS);
  });

  it('"and what about me?" after her Attendance Allowance or PIP is the writer\'s own Carer\'s Allowance (it repeated PIP)', () => {
    expect(after('can my husband get PIP, he has bowel cancer', 'and what about me?').card).to.equal('money.carers-allowance');
    expect(after('can my mum get attendance allowance?', 'how about me?').card).to.equal('money.carers-allowance');
  });

  it('"am I entitled to time off?" in a clause of its own is Carer\'s Leave, and "is it paid?" its answer (unpaid)', () => {
    const { card, text } = after('my dad has cancer and i work full time, am i entitled to time off?', 'is it paid?');
    expect(card).to.equal('work.carers-leave');
    expect(text).to.include('unpaid');
  });
});
