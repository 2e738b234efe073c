import { expect } from 'chai';
import { buildLexicon, conceptsIn } from '../../knowledge/concepts';
import { featuresOf } from '../../knowledge/features';
import { normalizedTokens } from '../../text/normalize';

describe('knowledge concepts: what a question is about, whatever its words', () => {
  const cases: [string, string[]][] = [
    ['the council turned me down for an assessment', ['refusal', 'assessment']],
    ['they said no, can I appeal?', ['refusal']],
    ['Social services REJECTED me', ['refusal', 'at-home-care']],
    ['my husband passed away on Sunday', ['death']],
    ['how much is it a week', ['amount']],
    ['can we get a grab rail and a commode', ['equipment']],
    ['she only speaks Urdu', ['language']],
    ['what do I do about the funeral costs', ['death']],
    ['hello', []],
  ];
  for (const [text, concepts] of cases) {
    it(`"${text}" names ${concepts.join(', ') || 'nothing'}`, () => {
      for (const concept of concepts) expect(conceptsIn(normalizedTokens(text))).to.include(concept);
      if (concepts.length === 0) expect(conceptsIn(normalizedTokens(text))).to.deep.equal([]);
    });
  }

  it('matches several words in order, and a prefix only at the end of an entry', () => {
    const lexicon = buildLexicon({ en: { refusal: ['turned down', 'appeal*'] } });
    expect(conceptsIn(['it', 'was', 'turned', 'down'], lexicon)).to.deep.equal(['refusal']);
    expect(conceptsIn(['down', 'turned'], lexicon)).to.deep.equal([]);
    expect(conceptsIn(['appealing'], lexicon)).to.deep.equal(['refusal']);
    expect(conceptsIn(['the', 'appeal'], lexicon)).to.deep.equal(['refusal']);
  });

  it('two wordings of one refusal share the concept feature the matcher weighs', () => {
    const a = featuresOf('council turned me down').words;
    const b = featuresOf('they rejected my request').words;
    expect(a.get('w|@refusal')).to.equal(2);
    expect(b.get('w|@refusal')).to.equal(2);
  });
});
