import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { explainSync, recognizeSync } from '../../understanding/recognizer';

interface Case {
  lang: string;
  text: string;
  topics: string[];
}
const CASES = readFileSync(new URL('./fixtures/topic-paraphrases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Case);

const top = (text: string) => recognizeSync(text, {}).topics[0]?.id;

describe('understanding/topics', () => {
  describe('own paraphrases (never copied from the eval set)', () => {
    for (const c of CASES) it(`${c.lang}: ${c.text}`, () => expect(c.topics).to.include(top(c.text)));
  });

  describe('typos and text speak', () => {
    const table: [string, string][] = [
      ['can i get carers alowance', 'money'],
      ['wat benifits can i claim', 'money'],
      ['need respit care asap', 'break'],
      ['hes in a hospis now', 'end_of_life'],
      ['how do i get a carers assesment', 'assessment'],
      ['im so lonley', 'feelings'],
    ];
    for (const [text, topic] of table) it(text, () => expect(top(text)).to.equal(topic));
  });

  describe('idioms are not read literally', () => {
    it('"dying to know" is not death', () => {
      const result = explainSync("I'm dying to know how the blue badge works");
      expect(result.idioms).to.include('dying to');
      expect(result.understanding.topics.map((t) => t.id)).to.not.include('bereavement');
      expect(result.understanding.topics.map((t) => t.id)).to.not.include('end_of_life');
    });
    it('"died" is bereavement', () => expect(top('my wife died on sunday')).to.equal('bereavement'));
    it('"passed out" is not bereavement', () => expect(top('he passed out in the kitchen')).to.not.equal('bereavement'));
    it('"nearly died laughing" is not bereavement', () => expect(top('we nearly died laughing at the nurse')).to.not.equal('bereavement'));
    it('Polish "umieram ze śmiechu" is not death', () => expect(top('Umieram ze śmiechu')).to.equal(undefined));
  });

  it('explains which cues fired', () => {
    const result = explainSync("can't afford the parking");
    expect(result.evidence.map((e) => e.topic)).to.include('money');
    expect(result.evidence[0]).to.have.keys(['topic', 'pattern', 'weight', 'language']);
  });

  it('a young writer gets family first', () => expect(top('im 14 and i look after my mum on my own')).to.equal('family'));
  it('greetings have no topic', () => {
    for (const text of ['hi', 'ok', 'thanks', '👍']) expect(recognizeSync(text, {}).topics).to.deep.equal([]);
  });
});
