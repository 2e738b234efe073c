/** A card's English words name the one they look after, and what to say when they call names them, pronouns following. */
import { expect } from 'chai';
import type { Content } from '../../channels/content';
import { forPerson } from '../../conversation/cardPerson';
import { handleReply } from '../../conversation/answers';
import { newConversationData } from '../../conversation/state';
import { whoPhrase } from '../../conversation/who';
import type { CardAnswer } from '../../knowledge';
import { guide, said, understood } from './helpers';

const text = (contents: Content[]) => contents.map((c) => (c.kind === 'text' ? c.text : '')).join('\n');
const t = guide().t;

function card(call: string[], next: string[] = [], answer = ''): CardAnswer {
  return {
    cardId: 'x',
    language: 'en',
    title: '',
    answer,
    next,
    call,
    ownWords: false,
    differsIn: [],
    stale: false,
    oldFigures: false,
    sources: [],
    services: [],
  };
}

/** A conversation in which the person has said they look after their husband. */
function lookingAfterHusband() {
  const data = newConversationData('en', 'demo');
  const ctx = guide();
  handleReply(
    'opening',
    said('my husband has cancer and I look after him', understood({ entities: { caredFor: [{ relation: 'husband', words: 'husband' }] } })),
    data,
    ctx,
  );
  return { data, ctx };
}

describe('card words for the person they look after (English)', () => {
  const cases: { relation: string; words: string; line: string; expected: string }[] = [
    {
      relation: 'husband',
      words: 'husband',
      line: 'I look after my [mum] for about [40] hours a week.',
      expected: 'I look after my husband for about [40] hours a week.',
    },
    {
      relation: 'husband',
      words: 'hubby',
      line: 'My [mum] has just died at home. It was expected; she was under the palliative care team.',
      expected: 'My hubby has just died at home. It was expected; he was under the palliative care team.',
    },
    {
      relation: 'mother',
      words: 'mum',
      line: 'My [dad] died on [date] and I need to register his death.',
      expected: 'My mum died on [date] and I need to register her death.',
    },
    {
      relation: 'mother',
      words: 'mam',
      line: "My [husband] is dying and wants to stay at home. I'm looking after him.",
      expected: "My mam is dying and wants to stay at home. I'm looking after her.",
    },
    {
      relation: 'father',
      words: 'dad',
      line: 'I look after my [mum], who is very ill, and the home has been adapted for her.',
      expected: 'I look after my dad, who is very ill, and the home has been adapted for him.',
    },
    {
      relation: 'partner',
      words: 'partner',
      line: 'My [mum] has very complex health needs and we think she may qualify.',
      expected: 'My partner has very complex health needs and we think they may qualify.',
    },
    {
      relation: 'partner',
      words: 'partner',
      line: 'My [mum] has just died at home. It was expected; she was under the team.',
      expected: 'My partner has just died at home. It was expected; they were under the team.',
    },
  ];
  for (const c of cases) {
    it(`${c.words}: "${c.line}"`, () => {
      const out = forPerson(card([c.line]), [{ relation: c.relation, words: c.words }], t);
      expect(out.call[0]).to.equal(c.expected);
    });
  }

  it('"the person you look after" in the answer and next steps is "your husband"', () => {
    const out = forPerson(
      card(
        [],
        ['Check the person you look after gets one of those benefits.', "Have the person's National Insurance number ready."],
        'The person who is ill applies.',
      ),
      [{ relation: 'husband', words: 'husband' }],
      t,
    );
    expect(out.next).to.deep.equal(['Check your husband gets one of those benefits.', "Have your husband's National Insurance number ready."]);
    expect(out.answer).to.equal('Your husband applies.');
  });

  it('nobody known or two people: neutral words (cardPersonNeutral.test.ts); another language: the card as written', () => {
    const line = 'I look after my [mum].';
    expect(forPerson(card([line]), [], t).call[0]).to.equal('I look after someone.');
    const two = [
      { relation: 'mother', words: 'mum' },
      { relation: 'father', words: 'dad' },
    ];
    expect(forPerson(card([line]), two, t).call[0]).to.equal('I look after someone.');
    expect(forPerson({ ...card([line]), language: 'pl' }, [{ relation: 'husband', words: 'husband' }], t).call[0]).to.equal(line);
  });

  it("in the conversation: a wife asking about Carer's Allowance hears about her husband", () => {
    const { data, ctx } = lookingAfterHusband();
    const out = text(handleReply('opening', said('can I get carers allowance?', understood({ topics: [{ id: 'money', score: 3 }] })), data, ctx));
    expect(out).to.include('I look after my husband for about [40] hours');
    expect(out).to.include('Check your husband gets one of those benefits');
    expect(out).not.to.match(/\[mum\]|the person you look after/);
  });

  it('a word of another language is not mirrored in English ("your marido" is "your husband")', () => {
    expect(whoPhrase([{ relation: 'husband', words: 'marido' }], 'en', t)).to.equal('your husband');
    expect(whoPhrase([{ relation: 'husband', words: 'hubby' }], 'en', t)).to.equal('your hubby');
    expect(whoPhrase([{ relation: 'grandmother', words: 'nan' }], 'en', t)).to.equal('your nan');
  });

  it('in-laws and nicknames: "your partner\'s dad", "your mother-in-law" for MIL, in every language', () => {
    expect(whoPhrase([{ relation: 'father_in_law', words: "partner's dad" }], 'en', t)).to.equal("your partner's dad");
    for (const [relation, words] of [
      ['son', 'lad'],
      ['husband', 'hubs'],
      ['wife', 'missus'],
      ['grandfather', 'gramps'],
    ])
      expect(whoPhrase([{ relation, words }], 'en', t)).to.equal(`your ${words}`);
    expect(whoPhrase([{ relation: 'partner', words: 'other half' }], 'en', t)).to.equal('your other half');
    expect(whoPhrase([{ relation: 'partner', words: 'OH' }], 'en', t)).to.equal('your partner');
    expect(whoPhrase([{ relation: 'mother_in_law', words: 'MIL' }], 'en', t)).to.equal('your mother-in-law');
    expect(whoPhrase([{ relation: 'father_in_law', words: 'FIL' }], 'en', t, 'mine')).to.equal('my father-in-law');
    for (const language of ['cy', 'pl', 'ro', 'pa', 'ur', 'bn', 'ar', 'gu', 'pt', 'es', 'zh'] as const) {
      const tl = guide(language).t;
      for (const voice of ['yours', 'mine'] as const) {
        const someone = whoPhrase([], language, tl, voice);
        for (const relation of ['mother_in_law', 'father_in_law'])
          expect(whoPhrase([{ relation, words: 'x' }], language, tl, voice), `${language} ${relation} ${voice}`).to.not.equal(someone);
      }
    }
  });

  it('what to say names a mother-in-law with her pronouns', () => {
    const out = forPerson(card(['I look after my [dad] and he needs help.']), [{ relation: 'mother_in_law', words: 'MIL' }], t);
    expect(out.call).to.deep.equal(['I look after my mother-in-law and she needs help.']);
  });
});

describe('what to say, with nothing left to change', () => {
  it('no "(change the words in [brackets])" when every bracket was filled', () => {
    const { data, ctx } = lookingAfterHusband();
    const out = text(
      handleReply('opening', said('can I get free prescriptions for my husband?', understood({ topics: [{ id: 'money', score: 3 }] })), data, ctx),
    );
    expect(out).to.include('When you call, you could say:');
    expect(out).not.to.include('change the words in [brackets]');
  });
});

describe('what to say names them in every line: the pronouns of a line after the example follow too', () => {
  const table: [string, string, string][] = [
    ['husband', 'Can we talk with her doctor or nurse about her wishes?', 'Can we talk with his doctor or nurse about his wishes?'],
    [
      'husband',
      'Is this normal, and can a nurse come to make sure she is comfortable?',
      'Is this normal, and can a nurse come to make sure he is comfortable?',
    ],
    [
      'wife',
      'Can you do the checklist, or the Fast Track as he is near the end of life?',
      'Can you do the checklist, or the Fast Track as she is near the end of life?',
    ],
  ];
  for (const [relation, second, expected] of table)
    it(`${relation}: ${JSON.stringify(second)}`, () => {
      const example = relation === 'husband' ? 'My [mum] is very ill.' : 'My [dad] is very ill.';
      const out = forPerson(card([example, second]), [{ relation, words: relation }], t);
      expect(out.call[1]).to.equal(expected);
    });
});

describe('a sentence that names them says "herself" and "her", not "themselves" and "them"', () => {
  const table: [string, string, string][] = [
    [
      'wife',
      'The person who is ill claims it themselves; you can help them fill in the form.',
      'Your wife claims it herself; you can help her fill in the form.',
    ],
    [
      'father',
      'The person who is ill applies to Social Security Scotland; you can help them.',
      'Your dad applies to Social Security Scotland; you can help him.',
    ],
    // "they" in the sentence: its verbs are plural, so the sentence is left as it is but for the name.
    ['father', 'Talk with the person while they can still decide. Help them.', 'Talk with your dad while they can still decide. Help them.'],
  ];
  for (const [relation, line, expected] of table)
    it(`${relation}: ${JSON.stringify(line)}`, () => {
      const words = relation === 'father' ? 'dad' : relation;
      expect(forPerson(card([], [line]), [{ relation, words }], t).next[0]).to.equal(expected);
    });
});
