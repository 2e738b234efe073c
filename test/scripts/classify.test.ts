import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('scripts/classify (CONTRACTS.md)', function () {
  this.timeout(30_000);
  it('answers every line in order, reports bad lines and exits 0', () => {
    const input = [
      JSON.stringify({ id: 'a1', text: "can't afford the parking at the hospital", locale: 'en-GB' }),
      'this is not json',
      JSON.stringify({ id: 'a3', locale: 'pl' }),
      JSON.stringify({ id: 'a4', text: 'tak', locale: 'pl' }),
      JSON.stringify({ id: 'a5', text: 'Bonjour, je suis très fatiguée' }),
      JSON.stringify({ id: 'a6', text: 'Opiekuję się mamą, która ma raka i nie mam pieniędzy' }),
    ].join('\n');
    const run = spawnSync('npx', ['tsx', 'scripts/classify.ts'], { cwd: ROOT, input, encoding: 'utf8' });
    expect(run.status).to.equal(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
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
});
