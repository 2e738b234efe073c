import { expect } from 'chai';
import { createEmbeddedRecognizer, MAX_TEXT_CHARS, recognizeSync } from '../../understanding/recognizer';

// What every recognizer must answer is in recognizerContract.ts; this is the embedded one's own.
describe('understanding/recognizer', () => {
  it('the async recognizer gives the same answer', async () => {
    const text = 'they are sending him home tomorrow';
    expect(await createEmbeddedRecognizer().recognize(text, {})).to.deep.equal(recognizeSync(text, {}));
  });

  it('reads a 100 kB paste as its first MAX_TEXT_CHARS characters, so the work per message is bounded', () => {
    // Speed itself is measured by `npm run bench:understanding`, not by a timed test.
    const paste = `${'my mum is in hospital. '.repeat(4_500)}I can't afford the bus`;
    const understood = recognizeSync(paste, {});
    expect(understood).to.deep.equal(recognizeSync(paste.slice(0, MAX_TEXT_CHARS), {}));
    expect(
      understood.topics.map((t) => t.id),
      'the money at the end of the paste is past the bound',
    ).to.not.include('money');
    expect(recognizeSync("I can't afford the bus", {}).topics.map((t) => t.id)).to.include('money');
  });
});
