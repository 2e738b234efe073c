/** Questions typed fast, misspelt as people do ("wat benfits"), reach their topic; "nobody helps" alone is no children-and-family ask. */
import { expect } from 'chai';
import { recognizeSync } from '../../understanding';

const top = (text: string) => recognizeSync(text).topics.find((t) => t.score >= 3)?.id;

describe('everyday misspellings and loose words', () => {
  const money = ['wat benfits can i get for lookin after my nan', 'any benifits for me', 'can i get carers allowence', 'what benafits are there'];
  for (const text of money) it(`"${text}" is money`, () => expect(top(text)).to.equal('money'));

  it('"my nan is ill and nobody helps" is not a clear children-and-family ask', () => expect(top('my nan is ill and nobody helps')).to.not.equal('family'));
  it('"my brother does nothing to help" still is family', () => expect(top('my brother does nothing to help')).to.equal('family'));
});

describe('asking for help near them', () => {
  for (const text of ['is there anyone local who can help', 'what help is there in my area', 'any local services?', 'support near me']) {
    it(`"${text}" asks for help from the council and local services`, () => expect(top(text)).to.equal('assessment'));
  }
  it('"local support groups" is still meeting others', () => expect(top('are there local support groups')).to.equal('peer_support'));
});

describe('Chinese: money help, and a death still to come', () => {
  it('"我能得到什么经济帮助？" is money', () => expect(top('我能得到什么经济帮助？')).to.equal('money'));
  it('"我丈夫快要去世了，他想在家里走" is the end of life, not bereavement', () => expect(top('我丈夫快要去世了，他想在家里走')).to.equal('end_of_life'));
  it('"我丈夫去世了" is bereavement', () => expect(top('我丈夫去世了')).to.equal('bereavement'));
});
