/**
 * What to say when they call never names an example relation nobody named: "My [wife] is dying at home"
 * was offered to someone who had named no wife. Nobody named, or several: neutral words, "they" after them.
 */
import { expect } from 'chai';
import { forPerson } from '../../conversation/cardPerson';
import type { CardAnswer } from '../../knowledge';
import type { CaredForEntity } from '../../understanding/types';
import { guide } from './helpers';

const t = guide().t;

function card(call: string[], language: CardAnswer['language'] = 'en'): CardAnswer {
  return {
    cardId: 'x',
    language,
    title: '',
    answer: '',
    next: [],
    call,
    ownWords: false,
    differsIn: [],
    stale: false,
    oldFigures: false,
    sources: [],
    services: [],
  };
}

const NOBODY: readonly CaredForEntity[] = [];
const TWO: readonly CaredForEntity[] = [
  { relation: 'mother', words: 'mum' },
  { relation: 'father', words: 'dad' },
];

const ROWS: [string, readonly CaredForEntity[], string, string][] = [
  [
    'nobody named',
    NOBODY,
    'My [wife] is dying at home. She is sleeping most of the time and her breathing has changed.',
    'The person I look after is dying at home. They are sleeping most of the time and their breathing has changed.',
  ],
  [
    'nobody named',
    NOBODY,
    "My [husband] is dying and wants to stay at home. I'm looking after him.",
    "The person I look after is dying and wants to stay at home. I'm looking after them.",
  ],
  ['nobody named', NOBODY, 'I look after my [mum] for about [40] hours a week.', 'I look after someone for about [40] hours a week.'],
  [
    'nobody named',
    NOBODY,
    "I'm helping my [mum], who is [78] and has [cancer], to claim Attendance Allowance.",
    "I'm helping someone, who is [78] and has [cancer], to claim Attendance Allowance.",
  ],
  [
    'nobody named',
    NOBODY,
    'My [dad] died on [date] and I need to register his death.',
    'The person I looked after died on [date] and I need to register their death.',
  ],
  [
    'nobody named',
    NOBODY,
    'I look after my [mum] and I need to deal with her [bank / bills / doctors] for her.',
    'I look after someone and I need to deal with their [bank / bills / doctors] for them.',
  ],
  [
    'two named',
    TWO,
    "My [husband] is dying and wants to stay at home. I'm looking after him.",
    "The person I look after is dying and wants to stay at home. I'm looking after them.",
  ],
  [
    'one named: their words',
    [{ relation: 'father', words: 'dad' }],
    'My [wife] is dying at home. She is sleeping most of the time and her breathing has changed.',
    'My dad is dying at home. He is sleeping most of the time and his breathing has changed.',
  ],
  [
    'one named: "her [bank]" is possessive',
    [{ relation: 'husband', words: 'husband' }],
    'I look after my [mum] and I need to deal with her [bank / bills / doctors] for her.',
    'I look after my husband and I need to deal with his [bank / bills / doctors] for him.',
  ],
];

describe('what to say names nobody who was not named', () => {
  for (const [who, caredFor, line, expected] of ROWS)
    it(`${who}: ${line}`, () => {
      expect(forPerson(card([line]), caredFor, t).call).to.deep.equal([expected]);
    });

  it('no [bracketed] example relation is left for a card with nobody named', () => {
    const out = forPerson(card(['My [wife] is dying at home.', 'What is the 24-hour number?']), NOBODY, t).call.join(' ');
    expect(out).not.to.match(/\[(mum|dad|husband|wife)\]/);
  });

  it('other languages name nobody either (cardPersonWords.ts; table in cardPersonLanguages.test.ts)', () => {
    expect(forPerson(card(['我[丈夫]快要离世了。'], 'zh'), NOBODY, t).call).to.deep.equal(['我家人快要离世了。']);
  });
});
