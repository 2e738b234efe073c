/** A long message is read sentence by sentence as well as whole (risk/model/sentences.ts). */
import { expect } from 'chai';
import fc from 'fast-check';
import { MODEL_HEADS, RiskModel } from '../../../risk/model/model';
import { SENTENCE_HEADS, sentencesOf } from '../../../risk/model/sentences';

describe('risk/model/sentences', () => {
  const table: Array<[string, string, string[]]> = [
    ['one sentence', 'he is tired today', ['he is tired today']],
    ['Latin full stops and marks', 'Mum is home. Is that ok? Yes!', ['Mum is home', 'Is that ok', 'Yes']],
    ['a decimal point is not an end', 'his temp is 38.5 now. shivering', ['his temp is 38.5 now', 'shivering']],
    ['line breaks', 'first line\nsecond line', ['first line', 'second line']],
    ['Arabic question mark', 'هل هو بخير؟ لا أعرف', ['هل هو بخير', 'لا أعرف']],
    ['Urdu full stop', 'امی گھر پر ہیں۔ وہ تھکی ہوئی ہیں', ['امی گھر پر ہیں', 'وہ تھکی ہوئی ہیں']],
    ['danda (bn, pa)', 'মা বাড়িতে আছেন। আমি ক্লান্ত', ['মা বাড়িতে আছেন', 'আমি ক্লান্ত']],
    ['Chinese full stop and exclamation', '妈妈在家。我很累！', ['妈妈在家', '我很累']],
    ['empty pieces dropped', '...', []],
  ];
  for (const [name, text, expected] of table) it(`sentencesOf: ${name}`, () => expect(sentencesOf(text)).to.deep.equal(expected));

  const model = RiskModel.load();

  it('reading sentences never lowers a head, and raises only the danger heads', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('he took', 'all of his tablets', 'I am tired', 'the weather is nice', '.', '\n', 'mum'), { maxLength: 40 }),
        (words) => {
          const text = words.join(' ');
          const whole = model.scores(text);
          const read = model.assess(text).scores;
          for (const head of MODEL_HEADS) {
            expect(read[head]).to.be.at.least(whole[head]);
            if (!SENTENCE_HEADS.includes(head)) expect(read[head]).to.equal(whole[head]);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a danger in one sentence of a long calm post takes the scores of that sentence alone', () => {
    const calm =
      'We had a long week with the hospital appointments and the district nurse came on Tuesday. The kids are back at school and the dog needs walking. ';
    const danger = 'Tonight I have taken all of my sleeping tablets at once';
    const post = `${calm}${danger}. ${calm}`;
    const alone = model.scores(danger);
    const read = model.assess(post).scores;
    expect(read.urgent).to.be.greaterThan(model.scores(post).urgent);
    expect(read.urgent).to.equal(alone.urgent);
    expect(read.emergency).to.equal(alone.emergency);
  });

  it('a message under ten words is read whole only', () => {
    const text = 'Fine today. I have taken all my tablets';
    expect(model.assess(text).scores).to.deep.equal(model.scores(text));
  });
});
