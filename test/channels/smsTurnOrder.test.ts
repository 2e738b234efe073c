/** What an SMS turn keeps when it must drop: the answer outranks notes, and a paragraph loses sentences from its end only. */
import { expect } from 'chai';
import type { Content, ServiceView } from '../../channels/content';
import { smsTurn } from '../../channels/smsTurn';

const limits = { gsm: 320, unicode: 201 };
const wording = { replyWithNumber: 'Reply with a number.' };
const turn = (contents: Content[]) => smsTurn([{ contents, wording }], limits).join('\n\n');
const choices = ['I am OK', 'Tired', 'Worried', 'It is all too much', 'I would rather not say'].map((label, i) => ({ value: String(i), label }));
const service = (name: string, phone: string): ServiceView => ({ name, phone, hours: 'Mon-Fri 9am-5pm', why: 'Why: benefits advice' });

const answer = [
  'You may get Carer’s Allowance if you are 16 or over and spend at least 35 hours a week looking after someone.',
  'They must get a disability benefit such as Personal Independence Payment (daily living part), Attendance Allowance or the middle or highest care rate of Disability Living Allowance.',
  'You must not be in full-time study, and your earnings must be under a weekly limit after tax and some costs (£196 a week in 2026/27; GOV.UK has the details).',
];
const note = 'The rules are different in Scotland and Northern Ireland.';
const card = (nation: string): Content[] => [
  { kind: 'text', text: 'Thank you for telling me about your mum.' },
  { kind: 'text', text: `${answer.join(' ')}\n\n${note} Tell me where you live, or ask, for example, "and in ${nation}?"` },
  {
    kind: 'text',
    text: 'What to do next:\n- Check your mum gets one of those benefits. If not, they may be able to claim one first.\n- Apply online on GOV.UK, or ask for a paper form.',
  },
  { kind: 'services', intro: 'These can help:', services: [service('Carers UK Helpline', '0808 808 7777'), service('Citizens Advice', '0800 144 8848')] },
  { kind: 'text', text: 'When you call, you could say:\n\n"I look after my mum for about 40 hours a week and I want to claim Carer’s Allowance."' },
  { kind: 'text', text: 'Looking after your mum can take a lot out of you. How are you doing yourself?', choices },
];

describe('channels/smsTurn: what stays when a turn must drop', () => {
  const cases: Array<[string, Content[]]> = [
    ['a card, its next steps, services and a question', card('Scotland')],
    ['the same in a longer nation name', card('Northern Ireland, Wales or the Isle of Man')],
    [
      'a card after crisis numbers',
      [{ kind: 'contacts', intro: 'You can talk to someone now:', contacts: [{ name: 'Samaritans', number: '116 123' }] }, ...card('Scotland')],
    ],
  ];
  for (const [name, contents] of cases) {
    it(`${name}: the answer's first paragraph outranks the note after it, and loses sentences from its end only`, () => {
      const out = turn(contents);
      const kept = answer.map((sentence) => out.includes(sentence.replace(/’/g, "'")));
      expect(kept[0], 'the answer is always there').to.equal(true);
      expect(kept.join(','), 'a prefix of the answer').to.match(/^(true,)*true(,false)*$/);
      if (out.includes(note)) expect(kept.every(Boolean), 'a note only after the whole answer').to.equal(true);
    });
    it(`${name}: "those benefits" never arrives without the sentence that names them`, () => {
      const out = turn(contents);
      if (out.includes('those benefits')) expect(out).to.include('They must get a disability benefit');
    });
  }

  // Sentences of one paragraph, the later ones depending on the earlier ("this", "those", "it").
  const paragraphs: Array<[string, string[], Partial<Content>]> = [
    [
      'a question pinned at the end',
      [
        'Attendance Allowance is for people over State Pension age who need help with personal care.',
        'It is not means-tested, so savings and income do not change it.',
        'This means you can claim it whatever your savings.',
        'Those payments are tax-free.',
        'Would you like help with a claim?',
      ],
      { choices: [{ value: 'y', label: 'Yes' }] },
    ],
    [
      'a plain paragraph',
      [
        'A carer’s assessment is a talk with the council about what would make caring easier for you.',
        'It is free, and you can ask for one even if the person you look after does not get help.',
        'They must offer one to any carer who appears to need support.',
        'These talks can lead to a break, equipment or a direct payment.',
      ],
      {},
    ],
  ];
  it('a welcome said before a card is no answer: the card, in its own reply, keeps its answer first', () => {
    const welcome: Content = { kind: 'text', text: 'Hello, I am here to help. A real person from the advice line is there too if you would like to talk.' };
    const out = smsTurn(
      [
        { contents: [welcome], wording },
        {
          contents: [
            ...card('Scotland').slice(0, 3),
            { kind: 'services', intro: 'These can help:', services: [1, 2, 3, 4, 5].map((i) => service(`Helpful Service ${i}`, `0300 000 000${i}`)) },
            ...card('Scotland').slice(4),
          ],
          wording,
        },
      ],
      { gsm: 240, unicode: 100 },
    ).join('\n\n');
    expect(out, 'the answer is always there').to.include(answer[0].replace(/’/g, "'"));
  });

  it('a question after an answer keeps its first words as well as its last', () => {
    const ask: Content = { kind: 'text', text: 'Is there anything else I can help with? Many people in your situation also find this useful:', choices };
    const out = turn([...card('Scotland').slice(0, 5), ask]);
    expect(out).to.include('Is there anything else I can help with?').and.include('Many people in your situation also find this useful:\n1. I am OK');
  });

  it('with room for everything, the answer, the note and the next steps are all kept', () => {
    const out = turn(card('Scotland').slice(1, 3));
    for (const sentence of [...answer, note, 'those benefits']) expect(out).to.include(sentence.replace(/’/g, "'"));
  });

  for (const [name, sentences, extra] of paragraphs)
    it(`${name}: sentences go from the end of a paragraph, never from its middle`, () => {
      const filler: Content = { kind: 'text', text: 'Here is what I know about it. '.repeat(2).trim() };
      for (let squeeze = 0; squeeze <= 8; squeeze++) {
        const padding: Content = {
          kind: 'contacts',
          intro: 'Numbers:',
          contacts: Array.from({ length: squeeze }, (_, i) => ({ name: `Line ${i} with a fairly long name for a crisis line`, number: `0800 000 00${i}0` })),
        };
        const out = turn([padding, filler, { kind: 'text', text: sentences.join(' '), ...extra } as Content]);
        const kept = sentences.map((s) => out.includes(s.replace(/’/g, "'")));
        const question = sentences[sentences.length - 1].endsWith('?') ? 1 : 0;
        const body = kept.slice(0, kept.length - question);
        // Kept sentences are a prefix: once one is gone, every later one (but a pinned question) is gone.
        expect(body.join(','), `squeeze ${squeeze}:\n${out}`).to.match(/^(true,)*(true|false)?(,false)*$/);
      }
    });
});
