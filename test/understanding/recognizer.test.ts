import { expect } from 'chai';
import fc from 'fast-check';
import { createEmbeddedRecognizer, recognizeSync } from '../../understanding/recognizer';
import { LANGUAGES } from '../../core/languages';
import { TOPIC_IDS } from '../../core/topics';

describe('understanding/recognizer', () => {
  it('never throws and always answers the contract shape', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('', ' ', '\u200b', '💊💊', 'ـــ', 'k i l l')), (text) => {
      const u = recognizeSync(text, {});
      expect(u.source).to.equal('embedded');
      expect(u.entities.caredFor).to.be.an('array');
      for (const topic of u.topics) expect(TOPIC_IDS).to.include(topic.id);
      if (u.language.code) expect(LANGUAGES).to.include(u.language.code);
    }), { numRuns: 300 });
  });

  it('survives non-string input from JavaScript callers', () => {
    expect(recognizeSync(undefined as unknown as string, {}).topics).to.deep.equal([]);
  });

  it('is deterministic', () => {
    const text = "I look after my mum and I'm shattered, can't afford the bus";
    expect(recognizeSync(text, {})).to.deep.equal(recognizeSync(text, {}));
  });

  it('uses the conversation language lexicon for short replies', () => {
    const u = recognizeSync('seibiant', { conversationLanguage: 'cy' });
    expect(u.topics[0]?.id).to.equal('break');
  });

  it('the async recognizer gives the same answer', async () => {
    const text = 'they are sending him home tomorrow';
    expect(await createEmbeddedRecognizer().recognize(text, {})).to.deep.equal(recognizeSync(text, {}));
  });

  it('reads a 100 kB paste without blowing up (a guard against quadratic paths, not a benchmark)', () => {
    const started = Date.now();
    recognizeSync('my mum '.repeat(15_000), {});
    expect(Date.now() - started).to.be.below(3000);
  });
});
