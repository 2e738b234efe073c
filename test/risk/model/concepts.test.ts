import { expect } from 'chai';
import { buildConceptIndex, conceptIndex, conceptsIn } from '../../../risk/model/concepts';
import { featuresOf } from '../../../risk/model/features';
import { normalizedTokens } from '../../../text/normalize';

function named(text: string): string[] {
  const index = conceptIndex();
  return conceptsIn(normalizedTokens(text), index).map((id) => index.names[id] ?? '');
}

describe('risk model concepts: the same concept whatever the language', () => {
  const cases: [string, string, string[]][] = [
    ['en', 'mum has swallowed a whole box of her tablets', ['took', 'medication']],
    ['pl', 'mama wzięła całe opakowanie tabletek', ['took', 'medication']],
    ['es', 'se tomó todas las pastillas de golpe', ['took', 'medication']],
    ['zh', '他吞了一整瓶安眠药', ['took', 'medication']],
    ['en', "dad's face has gone droopy on one side", ['face']],
    ['pl', 'tacie opadła twarz', ['face', 'droop']],
    ['en', 'I bought a rope today', ['means']],
  ];
  for (const [language, text, concepts] of cases) {
    it(`${language}: "${text}" names ${concepts.join(' + ')}`, () => {
      expect(named(text)).to.include.members(concepts);
    });
  }

  it('names nothing in a message about the weather', () => {
    expect(named('lovely sunny day at the seaside')).to.deep.equal([]);
  });

  it('matches several-word entries only whole, and prefixes as prefixes', () => {
    const index = buildConceptIndex([{ concepts: { burden: ['better_off_without_me'], medication: ['tablet*'] } }]);
    const names = (text: string) => conceptsIn(normalizedTokens(text), index).map((id) => index.names[id]);
    expect(names('they would be better off without me')).to.deep.equal(['burden']);
    expect(names('they would be better off')).to.deep.equal([]);
    expect(names('two tablets')).to.deep.equal(['medication']);
  });

  it('gives two languages with no word in common shared model features: the concepts', () => {
    const english = new Set(featuresOf('she swallowed all her sleeping tablets'));
    const chinese = featuresOf('她吞了安眠药');
    expect(chinese.filter((f) => english.has(f)).length).to.be.greaterThan(0);
    expect(featuresOf('今天天气很好').filter((f) => english.has(f))).to.deep.equal([]);
  });
});
