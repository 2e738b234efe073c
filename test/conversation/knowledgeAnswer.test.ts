/** Answer first: a question a card answers gets the answer, the next step, the services and what to say, in the first reply. */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { handleReply } from '../../conversation/answers';
import { CARD_CHOICES, matchAsked } from '../../conversation/knowledgeAnswer';
import { nextQuestion } from '../../conversation/questions';
import { newConversationData } from '../../conversation/state';
import type { LanguageCode } from '../../core/languages';
import type { ScoredTopic } from '../../understanding/types';
import type { Translate } from '../../conversation/translate';
import { translatorFor } from '../../i18n';
import { guide, picked, said, understood } from './helpers';
import { recognizeSync } from '../../understanding';
import { loadKnowledge } from '../../knowledge';

const text = (contents: Content[]) =>
  contents
    .map((c) => (c.kind === 'text' ? c.text : c.kind === 'services' ? `${c.intro}\n${c.services.map((s) => `${s.name} ${s.phone ?? ''}`).join('\n')}` : ''))
    .join('\n');
const money = understood({ topics: [{ id: 'money', score: 3 }] });

function start(nation?: 'england' | 'scotland' | 'wales' | 'northern_ireland') {
  const data = newConversationData('en', 'demo');
  if (nation) data.situation.nation = nation;
  return { data, ctx: guide() };
}

describe('knowledge answers in the conversation', () => {
  it('the first reply to "can I get carers allowance" is the answer, then what to do, the services and what to say', () => {
    const { data, ctx } = start();
    const out = handleReply('opening', said('can I get carers allowance if I look after my mum?', money), data, ctx);
    const all = text(out);
    expect(all).to.match(/^You may get Carer's Allowance if you are 16 or over and spend at least 35 hours a week/);
    expect(all).to.include('What to do next:');
    expect(all).to.include('When you call, you could say');
    expect(all).to.include('The rules are different in Scotland and Northern Ireland');
    expect(all).not.to.include('Can you tell me a bit more');
    expect(out.findIndex((c) => c.kind === 'services')).to.be.greaterThan(out.findIndex((c) => c.kind === 'text' && c.text.startsWith('What to do next')));
    expect(data.situation.card).to.equal('money.carers-allowance');
    expect(data.situation.answered).to.include('money');
    // The state keeps the card's id, never the question.
    expect(JSON.stringify(data)).not.to.include('look after my mum');
  });

  it('Urdu in Latin letters gets the card in Latin letters, the nations joined with its own "aur", never Urdu script', () => {
    const data = newConversationData('ur', 'demo');
    data.script = 'Latn';
    const out = handleReply(
      'opening',
      said('kya mujhe carers allowance mil sakta hai?', money),
      data,
      guide('ur', translatorFor('ur-Latn') as unknown as Translate),
    );
    const all = text(out);
    expect(all).to.match(/^Agar aap ki umar 16 saal/);
    expect(all).to.include('Scotland aur Northern Ireland');
    expect(all).not.to.match(/[\u0600-\u06ff]/u);
  });

  const told: [string, string, ScoredTopic[], boolean][] = [
    // [what they wrote, the card it nears, the topics understood, answered with that card]
    [
      "I've done my back in lifting my mum and I haven't slept properly in weeks",
      'break.respite',
      [
        { id: 'own_health', score: 4 },
        { id: 'break', score: 2 },
      ],
      false,
    ],
    ['I need a break, I have not had a night off in months', 'break.respite', [{ id: 'break', score: 4 }], true],
    [
      'can I get a break from looking after my mum',
      'break.respite',
      [
        { id: 'own_health', score: 4 },
        { id: 'break', score: 2 },
      ],
      true,
    ],
  ];
  for (const [message, card, topics, answered] of told) {
    it(`${answered ? 'answers' : 'does not answer'} "${message}" with ${card}: a card answers what was asked, or what a telling is mostly about`, () => {
      const { data, ctx } = start('england');
      handleReply('opening', said(message, understood({ topics })), data, ctx);
      expect(data.situation.card === card).to.equal(answered);
    });
  }

  it("with the nation known from the postcode, the nation's own answer and services", () => {
    const { data, ctx } = start('scotland');
    const all = text(handleReply('opening', said('can I get carers allowance?', money), data, ctx));
    expect(all).to.match(/^In Scotland it is called Carer Support Payment/);
    expect(all).to.include('Social Security Scotland');
    expect(all).not.to.include('The rules are different');
  });

  it('"how much?", "is that right?", "what do I say when I ring?" and "and in Scotland?" carry on the card', () => {
    const { data, ctx } = start('england');
    handleReply('opening', said('am I eligible for carers allowance', money), data, ctx);
    const q = () => nextQuestion(data, ctx).id;
    expect(text(handleReply(q(), said('how much?'), data, ctx))).to.match(/Carer's Allowance is £86\.45 a week from April 2026/);
    expect(data.situation.card).to.equal('money.carers-allowance-rate');
    expect(text(handleReply(q(), said('is that right?'), data, ctx))).to.include(
      'https://www.gov.uk/government/publications/benefit-and-pension-rates-2026-to-2027',
    );
    expect(text(handleReply(q(), said('what do I say when I ring?'), data, ctx))).to.match(/^When you call, you could say/);
    const scotland = text(handleReply(q(), said('and in Scotland?'), data, ctx));
    expect(scotland).to.match(/^In Scotland, Carer Support Payment is paid at the same rate/);
    expect(data.situation.nation, 'asking about Scotland does not move them there').to.equal('england');
  });

  it('the choice "what to say" works as a tapped button too', () => {
    const { data, ctx } = start();
    handleReply('opening', said('how do I register a death'), data, ctx);
    expect(text(handleReply('more', picked(CARD_CHOICES.call), data, ctx))).to.include('I need to register');
  });

  it('a card past its review-by date says it may be out of date', () => {
    const { data, ctx } = start('england');
    const later = { ...ctx, now: new Date('2027-10-01T10:00:00Z') };
    expect(text(handleReply('opening', said('how do I get a blue badge for my dad'), data, later))).to.include('it may be out of date');
  });

  it("an answer to the bot's own question is not taken for a card question", () => {
    const { data, ctx } = start();
    handleReply('opening', picked('topic:money'), data, ctx);
    const out = handleReply('followup:money_work', said('I work part time'), data, ctx);
    expect(data.situation.card).to.equal(undefined);
    expect(text(out)).not.to.include('flexible working');
  });

  it('a message no card answers goes on as before', () => {
    const { data, ctx } = start();
    handleReply('opening', said('what is chemotherapy'), data, ctx);
    expect(data.situation.card).to.equal(undefined);
  });
});

describe('a question after a few words about them', () => {
  const table: Array<[LanguageCode, string, string]> = [
    ['en', 'Hello, I look after my mum who has cancer. Can I get any money for looking after her?', 'money.carers-allowance'],
    ['pl', 'Dzień dobry, opiekuję się mamą, ma raka. Czy mogę dostać pieniądze za opiekę?', 'money.carers-allowance'],
    ['es', 'Hola, cuido a mi madre que tiene cáncer. ¿Puedo recibir dinero por cuidarla?', 'money.carers-allowance'],
  ];
  for (const [language, text, card] of table)
    it(`${language}: "${text}" is answered from ${card}, its preamble no matter`, () => {
      expect(matchAsked(text, language)?.cardId).to.equal(card);
      const data = newConversationData(language, 'demo');
      handleReply('opening', said(text), data, guide(language));
      expect(data.situation.card).to.equal(card);
    });
});

describe('questions asked as people ask them (conversation QA)', () => {
  const table: Array<[LanguageCode, string, string]> = [
    ['en', "my dad's been rushed into hospital, can i leave work today to be with him? will i get paid?", 'work.flexible-working'],
    ['en', "Mum's got weeks left the nurses say. What happens at the end? Can she die at home?", 'eol.dying-at-home'],
    ['ro', 'Buna, mama are cancer si am grija de ea. Pot primi bani pentru asta?', 'money.carers-allowance'],
    ['ro', 'Primesc vreun ajutor financiar daca am grija de sotul meu?', 'money.carers-allowance'],
    ['ar', 'هل يمكن لأمي الحصول على الشارة الزرقاء؟', 'money.blue-badge'],
    ['ar', 'هل يمكنني طلب ساعات عمل مرنة لرعاية أمي؟', 'work.flexible-working'],
    ['ur', 'kya mujhe ammi ki dekh bhaal ke paise mil sakte hain?', 'money.carers-allowance'],
    ['pa', 'ਕੀ ਮੈਨੂੰ ਮਾਂ ਦੀ ਦੇਖਭਾਲ ਲਈ ਪੈਸੇ ਮਿਲ ਸਕਦੇ ਹਨ?', 'money.carers-allowance'],
    ['cy', "Mae Mam yn marw. Be dw i'n neud?", 'eol.dying-at-home'],
    ['pl', 'Moja mama umiera, co mam robić?', 'eol.dying-at-home'],
    ['pt', 'A minha mãe está a morrer, o que faço?', 'eol.dying-at-home'],
    ['ro', 'Mama mea moare, ce fac?', 'eol.dying-at-home'],
  ];
  for (const [language, text, card] of table)
    it(`${language}: "${text}" is answered from ${card}`, () => {
      expect(matchAsked(text, language)?.cardId).to.equal(card);
    });
});

describe('someone dying is not someone dead', () => {
  // The after-a-death cards ("if the death was expected, you do not need to call 999") are never the answer while they live.
  const table: Array<[LanguageCode, string]> = [
    ['cy', "Mae Mam yn marw. Be dw i'n neud?"],
    ['pl', 'Moja mama umiera, co mam robić?'],
    ['pt', 'A minha mãe está a morrer, o que faço?'],
    ['ro', 'Mama mea moare, ce fac?'],
    ['en', 'my husband is dying at home, who do i call at night?'],
  ];
  for (const [language, message] of table)
    it(`${language}: "${message}" gets no after-a-death card`, () => {
      const data = newConversationData(language, 'demo');
      handleReply('opening', said(message, recognizeSync(message, { conversationLanguage: language })), data, guide(language));
      expect(data.situation.card ?? '').not.to.match(/^death\./);
    });
});

describe('a question asked instead of saying where they live', () => {
  const table: Array<[string, string | undefined]> = [
    ["wait, can the hubby get PIP? he's got bowel cancer", 'money.attendance-allowance-pip'],
    ['hang on, do we get money off council tax?', 'money.council-tax'],
    ['Leeds?', undefined],
    ['is SO16 ok?', undefined],
    ['I live in Leeds', undefined],
  ];
  for (const [message, card] of table)
    it(`"${message}" at "where do you live?" -> ${card ?? 'no card'}`, () => {
      const data = newConversationData('en', 'demo');
      handleReply('opening', picked('topic:money'), data, guide());
      handleReply('where', said(message, recognizeSync(message, {})), data, guide());
      expect(data.situation.card).to.equal(card);
    });
});

describe('a question about the card just answered stays with it, whatever other subject it sounds like', () => {
  const table: [string, string, string][] = [
    ['my dad is dying, can he die at home rather than hospital?', 'who is in charge of his care at home at night?', 'eol.dying-at-home'],
    ['my dad is dying, can he die at home rather than hospital?', 'who do we phone at night if he gets worse?', 'eol.dying-at-home'],
  ];
  for (const [first, then, card] of table)
    it(`"${then}" after "${first}" answers from ${card}`, () => {
      const data = newConversationData('en', 'demo');
      handleReply('opening', said(first, recognizeSync(first, {})), data, guide());
      expect(data.situation.card).to.equal(card);
      const out = text(handleReply(nextQuestion(data, guide()).id, said(then, recognizeSync(then, {})), data, guide()));
      expect(out).to.include('district nurses');
      expect(out).not.to.include('who is in charge');
      expect(data.situation.card).to.equal(card);
    });
});

describe('"is that right?" after a card gives its sources and dates, though it reads as a yes', () => {
  const table: [LanguageCode, string, string, RegExp][] = [
    ['en', 'how much is carers allowance', 'is that right?', /GOV\.UK[^]*2026-04-06[^]*2027-04-05/],
    ['en', 'my gran died, can I get help with the funeral costs?', 'is that right?', /funeral-payments\/eligibility/],
    ['pl', 'ile wynosi Carer’s Allowance?', 'czy to prawda?', /GOV\.UK/],
    ['cy', 'Faint yw Lwfans Gofalwr?', "ydy hynny'n iawn?", /GOV\.UK/],
  ];
  for (const [language, first, then, says] of table)
    it(`${language}: "${then}" after "${first}"`, () => {
      const data = newConversationData(language, 'demo');
      handleReply('opening', said(first, recognizeSync(first, { conversationLanguage: language })), data, guide(language));
      expect(data.situation.card).to.be.a('string');
      const reply = said(then, recognizeSync(then, { conversationLanguage: language }));
      const out = text(handleReply(nextQuestion(data, guide(language)).id, reply, data, guide(language)));
      expect(out).to.match(says);
    });
});

describe('a message that tells of a death gets no card for while someone is dying', () => {
  const table: [LanguageCode, string][] = [
    ['cy', 'bu farw dad ddoe gartref, beth ddylwn i wneud nawr?'],
    ['pl', 'mój tata umarł wczoraj w domu, co mam teraz zrobić?'],
  ];
  for (const [language, message] of table)
    it(`${language}: "${message}"`, () => {
      const data = newConversationData(language, 'demo');
      handleReply('opening', said(message, recognizeSync(message, { conversationLanguage: language })), data, guide(language));
      expect(data.situation.bereaved).to.equal(true);
      expect(data.situation.card ?? '').not.to.match(/^eol\.|end-of-life/);
    });
});

describe("a young person's own age is what they say when they call, not the example's", () => {
  const table: [LanguageCode, string, string][] = [
    ['en', 'hi my mums got breast cancer and im looking after her, im 15', "I'm 15 and I help look after my mum"],
    ['pl', 'mam 13 lat i opiekuję się tatą, który ma raka. czy jest jakaś pomoc dla mnie?', 'Mam 13 lat'],
  ];
  for (const [language, message, says] of table)
    it(`${language}: "${message}"`, () => {
      const data = newConversationData(language, 'demo');
      const out = text(handleReply('opening', said(message, recognizeSync(message, { conversationLanguage: language })), data, guide(language)));
      expect(data.situation.card).to.equal('young.young-carers');
      expect(out).to.include(says);
      expect(out).not.to.include('[14]');
    });
});

describe("what someone else can get is never answered with the writer's own Carer's Allowance", () => {
  const table: [string, boolean][] = [
    ['my wife has ovarian cancer, can she get any benefits?', false],
    ['can my mum claim anything? she has cancer', false],
    ['is there any money for my dad, he is ill', false],
    ['can I get paid for looking after my dad', true],
    ['is there any money for me, i look after the wife full time', true],
  ];
  for (const [message, ownCard] of table)
    it(`"${message}" ${ownCard ? 'gets' : 'never gets'} a card for the writer's own money`, () => {
      const data = newConversationData('en', 'demo');
      handleReply('opening', said(message, recognizeSync(message, {})), data, guide());
      const card = data.situation.card ? loadKnowledge().byId.get(data.situation.card) : undefined;
      expect(card?.forWhom === 'you', `${data.situation.card}`).to.equal(ownCard);
    });
});

describe('nobody has died: a card for after a death answers only a sure match or a message about a death', () => {
  // The matcher's weak guess for "what money can I get?" was Bereavement Support Payment ("My wife died on [date]...").
  const table: [string, boolean][] = [
    ['what money can I get?', false],
    ['is there a payment for widows?', true],
    ['how do I register a death?', true],
    ['can I get help with funeral costs?', true],
  ];
  for (const [message, deathCard] of table)
    it(`"${message}" (someone is ill, nobody has died) ${deathCard ? 'gets' : 'never gets'} an after-a-death card`, () => {
      const data = newConversationData('en', 'demo');
      handleReply('opening', said('my wife has cancer', recognizeSync('my wife has cancer', {})), data, guide());
      handleReply('opening', said(message, recognizeSync(message, {})), data, guide());
      expect(/^death\./.test(data.situation.card ?? ''), `${data.situation.card}`).to.equal(deathCard);
    });
});

describe('after a death, a money question about it gets the card for after the death', () => {
  // "what happens to his carers allowance?" after "my dad died last week" got the guided money questions,
  // "benefits for you and for your dad": money was read as a subject of its own, beside the card's bereavement.
  const table: [LanguageCode, string, string][] = [
    ['en', 'my dad died last week', 'what happens to his carers allowance?'],
    ['en', 'mum passed away on sunday', 'does my carers allowance stop now?'],
  ];
  for (const [language, told, asked] of table)
    it(`${language}: "${asked}" after "${told}"`, () => {
      const data = newConversationData(language, 'demo');
      handleReply('opening', said(told, recognizeSync(told, { conversationLanguage: language })), data, guide(language));
      expect(data.situation.bereaved).to.equal(true);
      const reply = said(asked, recognizeSync(asked, { conversationLanguage: language }));
      handleReply(nextQuestion(data, guide(language)).id, reply, data, guide(language));
      expect(data.situation.card).to.equal('death.carers-allowance-after');
    });
});
