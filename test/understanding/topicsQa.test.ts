/** Topics read right in everyday words people wrote in play-throughs: the first topic, or a topic that must not be there. */
import { expect } from 'chai';
import { recognizeSync } from '../../understanding/recognizer';

const FIRST: [string, string][] = [
  ['what happens at the end, like what will it look like', 'end_of_life'],
  ['my boss keeps moaning about me leaving early, can they sack me for this', 'work'],
  ['mere abbu ko cancer hai aur doctor ne kaha hai ke woh ghar pe hi rahenge aakhir tak', 'end_of_life'],
  ['میری امی کو کینسر ہے، وہ گھر پر ہی مرنا چاہتی ہیں، کیا مدد مل سکتی ہے؟', 'end_of_life'],
  ['ammi ko cancer hai, woh ghar mein hi marna chahti hain', 'end_of_life'],
];
const NOT: [string, string][] = [
  ['my grandson is 6 and has leukaemia, his mum works so I look after him most days', 'work'],
  ['mere abbu ko cancer hai aur doctor ne kaha hai ke woh ghar pe hi rahenge aakhir tak', 'own_health'],
];

describe('topics from play-throughs', () => {
  for (const [text, topic] of FIRST) {
    it(`${JSON.stringify(text)} is first about ${topic}`, () => expect(recognizeSync(text).topics[0]?.id).to.equal(topic));
  }
  for (const [text, topic] of NOT) {
    it(`${JSON.stringify(text)} is not a clear ask about ${topic}`, () =>
      expect(
        recognizeSync(text)
          .topics.filter((x) => x.score >= 3)
          .map((x) => x.id),
      ).not.to.include(topic));
  }
  it('Arabic "how do I pay for the funeral" is about money too', () => {
    expect(recognizeSync('كيف أدفع تكاليف الجنازة').topics.map((x) => x.id)).to.include('money');
  });
});
