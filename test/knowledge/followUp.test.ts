/** Short follow-ups carry on the card just answered; anything longer or different is not one. */
import { expect } from 'chai';
import { followUpOf, nationNamed } from '../../knowledge';

describe('knowledge follow-ups', () => {
  const rows: [string, ReturnType<typeof followUpOf>][] = [
    ['is that right?', { kind: 'sure' }],
    ['Are you sure??', { kind: 'sure' }],
    ['how much?', { kind: 'howMuch' }],
    ['and how much is it', { kind: 'howMuch' }],
    ['what do I say when I ring?', { kind: 'whatToSay' }],
    ['what should I say when I call them', { kind: 'whatToSay' }],
    ['and in Scotland?', { kind: 'nation', nation: 'scotland' }],
    ['what about northern ireland', { kind: 'nation', nation: 'northern_ireland' }],
    ['ac yng Nghymru?', undefined],
    ['a w Szkocji?', { kind: 'nation', nation: 'scotland' }],
    ['¿cuánto?', { kind: 'howMuch' }],
    ['kitna milta hai', { kind: 'howMuch' }],
    ['多少钱？', { kind: 'howMuch' }],
    ['hello', undefined],
    ['my mum has cancer and I need to know what benefits she can get in Scotland please', undefined],
  ];
  for (const [text, expected] of rows) it(`"${text}"`, () => expect(followUpOf(text)).to.deep.equal(expected));

  it('names a nation in a longer sentence too', () => expect(nationNamed('we live in Wales near Cardiff')).to.equal('wales'));
});
