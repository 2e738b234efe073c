/** The matcher on wordings that are not among the cards' examples, and on questions no card answers. */
import { expect } from 'chai';
import { examplesOf, knowledge, NO_CARD } from '../../knowledge';
import { bestCard, CardIndex } from '../../knowledge/matcher';

const { kb, matcher } = knowledge();
const examples = new Set(examplesOf(kb).map((e) => e.text.toLowerCase()));

/** Two new wordings per card (none of them an example: checked below). */
const UNSEEN: Record<string, [string, string]> = {
  'money.carers-allowance': ['am I allowed carers allowance if I look after my gran', 'what are the rules to qualify for carer’s allowance'],
  'money.carers-allowance-rate': ['how much money is carers allowance per week', 'what is the carers allowance weekly rate now'],
  'money.carers-allowance-pension': ['I get state pension can I also have carers allowance', 'will my state pension stop my carers allowance'],
  'money.attendance-allowance-pip': ['my dad is 80 should he apply for attendance allowance', 'is PIP or attendance allowance right for my mum'],
  'money.end-of-life-fast-track': ['how do we get the SR1 form from the doctor', 'fast benefits for someone terminally ill with months left'],
  'money.universal-credit-carer': ['do I get more universal credit because I care for my son', 'how to get the carer element added to UC'],
  'money.crisis-help': [
    'there is nothing in the cupboards and we have no money for the gas meter',
    'we need emergency help with food and heating until payday',
  ],
  'money.carers-credit': ['how can I keep my national insurance record while I look after dad', 'apply for carers credit for my pension'],
  'money.council-tax': ['can we get money off our council tax as my husband is disabled', 'council tax discount for someone with dementia'],
  'money.blue-badge': ['can my mum get a blue badge to park near the hospital', 'apply for a disabled blue badge for my husband'],
  'money.prescriptions': ['my wife has cancer does she pay for her prescriptions', 'cheaper prescriptions with a prepayment certificate'],
  'money.hospital-travel': ['can we claim back the cost of travel to chemo', 'is parking free at the hospital for radiotherapy'],
  'rights.carers-assessment': ['how do I get a carer’s assessment from the council', 'am I entitled to an assessment of my own needs'],
  'rights.assessment-refused': ['the council refused to assess me, can they do that', 'how do I complain that social services won’t do my assessment'],
  'rights.power-of-attorney': [
    'can I set up a lasting power of attorney for my dad while he can still sign',
    'I need to run my wife’s finances, she is too ill now',
  ],
  'work.carers-leave': ['how much carers leave can I take from work', 'is there unpaid leave from my job to care for my dad'],
  'work.flexible-working': ['can I ask my boss to work from home so I can look after my mum', 'how do I request flexible hours to care for my husband'],
  'break.respite': ['I need a few days off from caring, is there respite', 'how can I get a short break from looking after my wife'],
  'self.own-health': ['i am worn out and my own health is going downhill', 'should i see a doctor myself, i never sleep since dad got ill'],
  'home.help-at-home': ['can the council send carers to help my dad at home', 'how do we get equipment like a stair lift for mum'],
  'home.continuing-healthcare': ['does the NHS pay for care under continuing healthcare', 'can we get the fast track for continuing healthcare'],
  'eol.dying-at-home': ['my husband is dying at home what help can we get at night', 'can the district nurse come for end of life care at home'],
  'eol.planning-ahead': ['the consultant mentioned a do not resuscitate order for mum', 'how can my dad write down the treatment he does not want at the end'],
  'eol.last-days': ['how will I know when my dad is in his final hours', 'what changes happen to the body when someone is close to dying'],
  'eol.how-long': ['how long do you think my mum has left to live', 'how much longer has my husband got'],
  'death.at-home': ['my mum has just died at home, who should I phone', 'someone died at home, do I need to ring 999'],
  'death.registering': ['how many days do I have to register my dad’s death', 'what do I need to register a death'],
  'death.tell-us-once': ['how does tell us once work', 'who tells the government offices when someone dies'],
  'death.bereavement-support': ['can I get bereavement support payment after my husband died', 'help from the government to pay for a funeral'],
  'death.carers-allowance-after': ['my mum died, how long will my carers allowance carry on', 'does carer’s allowance stop straight away when the person dies'],
  'young.young-carers': ['I’m 14 and I look after my dad, is there help for me', 'support for a young carer at school'],
  'access.interpreter': ['can I have an interpreter at my mum’s hospital appointment', 'my dad only speaks Punjabi, can the GP get an interpreter'],
};

const OFF_TOPIC = [
  'how do I apply for a passport',
  'what time is it',
  'what is chemotherapy',
  'is there parking at the hospice in Leeds',
  'can you recommend a good mortgage',
  'what is the weather tomorrow',
  'hello',
  'yes',
  'SO16 4GX',
  'my mum has cancer',
];

describe('knowledge matcher', () => {
  it('the table covers every card and none of its wordings is an example', () => {
    expect(Object.keys(UNSEEN).sort()).to.deep.equal(kb.cards.map((c) => c.id).sort());
    for (const pair of Object.values(UNSEEN)) for (const text of pair) expect(examples.has(text.toLowerCase()), text).to.equal(false);
  });

  // Precision first: a new wording gets its own card or none (never another card), and ranks its card first.
  for (const [cardId, pair] of Object.entries(UNSEEN)) {
    for (const text of pair) {
      it(`"${text}" -> ${cardId}`, () => {
        expect(matcher.index.scores(text).find((x) => x.cardId !== NO_CARD)?.cardId).to.equal(cardId);
        expect(matcher.match(text, 'en')?.cardId ?? cardId).to.equal(cardId);
      });
    }
  }

  it('answers at least 85% of the new wordings (the rest get no card rather than a wrong one)', () => {
    const all = Object.values(UNSEEN).flat();
    const answered = all.filter((text) => matcher.match(text, 'en') !== null).length;
    expect(answered / all.length).to.be.at.least(0.85);
  });

  for (const text of OFF_TOPIC) it(`"${text}" -> no card`, () => expect(matcher.match(text, 'en')).to.equal(null));

  it('is deterministic: the same index gives the same scores', () => {
    const text = 'how much is carers allowance';
    expect(matcher.index.scores(text)).to.deep.equal(matcher.index.scores(text));
  });

  it('answers a long paste in linear time without failing', () => {
    const long = 'carers allowance '.repeat(20_000);
    expect(() => matcher.match(long, 'en')).not.to.throw();
  });
});

describe('knowledge matcher: the classifier never answers alone', () => {
  const index = new CardIndex([
    { cardId: NO_CARD, language: 'en', text: 'what is chemotherapy' },
    { cardId: NO_CARD, language: 'en', text: 'how do I renew a passport' },
    { cardId: 'money.blue-badge', language: 'en', text: 'can my mum get a blue badge for parking' },
    { cardId: 'money.prescriptions', language: 'en', text: 'are prescriptions free with cancer' },
  ]);
  const sureOf = (label: string) => ({
    labels: [NO_CARD, 'money.blue-badge', 'money.prescriptions'],
    probabilities: [0, 1, 0].map((_, i) => (i === [NO_CARD, 'money.blue-badge', 'money.prescriptions'].indexOf(label) ? 1 : 0)),
  });
  const cases: [string, string, string | null][] = [
    ['what is chemotherapy exactly', 'money.blue-badge', null],
    // Nearest to a message no card answers, though the blend alone would pick the classifier's card.
    ['chemotherapy and a badge', 'money.blue-badge', null],
    ['blue badge for my mum', 'money.blue-badge', 'money.blue-badge'],
  ];
  for (const [text, classifierSays, expected] of cases) {
    it(`"${text}" with the classifier sure of ${classifierSays}: ${expected ?? 'no card'}`, () => {
      expect(bestCard(index, text, -1, sureOf(classifierSays))?.cardId ?? null).to.equal(expected);
    });
  }
});
