import { expect } from 'chai';
import fc from 'fast-check';
import { createEmbeddedRecognizer, MAX_TEXT_CHARS, recognizeSync } from '../../understanding/recognizer';
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

  it('reads a 100 kB paste as its first MAX_TEXT_CHARS characters, so the work per message is bounded', () => {
    // Speed itself is measured by `npm run bench:understanding`, not by a timed test.
    const paste = `${'my mum is in hospital. '.repeat(4_500)}I can't afford the bus`;
    const understood = recognizeSync(paste, {});
    expect(understood).to.deep.equal(recognizeSync(paste.slice(0, MAX_TEXT_CHARS), {}));
    expect(understood.topics.map((t) => t.id), 'the money at the end of the paste is past the bound').to.not.include('money');
    expect(recognizeSync("I can't afford the bus", {}).topics.map((t) => t.id)).to.include('money');
  });
});
