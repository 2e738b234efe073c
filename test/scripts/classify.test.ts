/**
 * `npm run --silent classify` (CONTRACTS.md), in-process through the function the script calls.
 * The script itself is run once, for real, in test/system/scripts.test.ts.
 */
import { expect } from 'chai';
import { Readable } from 'node:stream';
import { classifyStream } from '../../scripts/lib/classify';
import { Capture } from './capture';

describe('scripts/classify (CONTRACTS.md)', () => {
  it('answers every line in order, reports bad lines, and only JSON reaches standard output', async () => {
    const input = [
      JSON.stringify({ id: 'a1', text: "can't afford the parking at the hospital", locale: 'en-GB' }),
      'this is not json',
      JSON.stringify({ id: 'a3', locale: 'pl' }),
      '',
      JSON.stringify({ id: 'a4', text: 'tak', locale: 'pl' }),
      JSON.stringify({ id: 'a5', text: 'Bonjour, je suis très fatiguée' }),
      JSON.stringify({ id: 'a6', text: 'Opiekuję się mamą, która ma raka i nie mam pieniędzy' }),
    ].join('\r\n');
    const stdout = new Capture();
    expect(await classifyStream(Readable.from([input]), stdout)).to.equal(6);
    const lines = stdout.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).to.deep.equal(['a1', null, 'a3', 'a4', 'a5', 'a6']);
    expect(lines[0]).to.have.keys(['id', 'language', 'topics', 'risk']);
    expect(lines[0]!.topics).to.be.an('array').that.includes('money');
    expect(lines[0]!.risk).to.have.keys(['level', 'categories']);
    expect(lines[1]).to.have.keys(['id', 'error']);
    expect(lines[2]).to.have.keys(['id', 'error']);
    expect(lines[3]!.language).to.equal('pl');
    expect(lines[4]!.language).to.equal('en');
    expect(lines[5]!.language).to.equal('pl');
  });

  it('answers no input with no output', async () => {
    const stdout = new Capture();
    expect(await classifyStream(Readable.from([]), stdout)).to.equal(0);
    expect(stdout.text).to.equal('');
  });
});
