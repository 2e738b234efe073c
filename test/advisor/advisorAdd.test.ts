/**
 * `npm run advisor:add`, in-process through the function the script calls, the password given as the
 * script would read it from standard input. The script itself is run once, for real, in test/system/scripts.test.ts.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AccountStore, accountsPath } from '../../advisor/accounts';
import { SignInService } from '../../advisor/signIn';
import { totpCode } from '../../advisor/totp';
import { addAdvisor } from '../../scripts/lib/advisorAdd';
import { Capture } from '../scripts/capture';

const NOW = Date.UTC(2026, 10, 24, 14, 0, 0);

async function addAdvisorIn(dir: string, args: string[], password: string) {
  const stdout = new Capture();
  const stderr = new Capture();
  const prompts: string[] = [];
  const readPassword = (prompt: string) => {
    prompts.push(prompt);
    return Promise.resolve(password);
  };
  const status = await addAdvisor(args, { env: { ADVISOR_DIR: dir, LOG_LEVEL: 'silent' }, stdout, stderr, readPassword });
  return { status, stdout: stdout.text, stderr: stderr.text, prompts };
}

describe('advisor:add script', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'advisor-add-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates an advisor who can sign in with the piped password', async () => {
    const run = await addAdvisorIn(
      dir,
      ['--username', 'Sam', '--name', 'Sam Jones', '--org', 'demo', '--role', 'advisor', '--languages', 'en,cy'],
      'correct horse battery',
    );
    expect(run.status, run.stderr).to.equal(0);
    expect(run.prompts).to.deep.equal(['Password: ']);
    expect(run.stdout).to.contain('Created advisor "sam"');
    expect(run.stdout).to.not.contain('otpauth://');
    expect(statSync(accountsPath(dir)).mode & 0o777).to.equal(0o600);
    const account = AccountStore.inDir(dir).findByUsername('sam');
    expect(account).to.include({ name: 'Sam Jones', org: 'demo', role: 'advisor' });
    expect(account?.languages).to.deep.equal(['en', 'cy']);
    const result = await new SignInService(AccountStore.inDir(dir), () => NOW).attempt({ username: 'sam', password: 'correct horse battery', address: 'test' });
    expect(result.outcome).to.equal('ok');
  });

  it('gives an admin a TOTP secret and otpauth:// URI once, and the code works', async () => {
    const run = await addAdvisorIn(
      dir,
      ['--username', 'ada', '--name', 'Ada', '--org', 'demo', '--role', 'admin', '--languages', 'en'],
      'another long password',
    );
    expect(run.status, run.stderr).to.equal(0);
    const secret = /secret: ([A-Z2-7]+)/.exec(run.stdout)?.[1];
    expect(secret).to.be.a('string');
    expect(run.stdout).to.match(/uri:\s+otpauth:\/\/totp\//);
    const service = new SignInService(AccountStore.inDir(dir), () => NOW);
    expect((await service.attempt({ username: 'ada', password: 'another long password', address: 'test' })).outcome).to.equal('refused');
    expect((await service.attempt({ username: 'ada', password: 'another long password', code: totpCode(secret!, NOW), address: 'test' })).outcome).to.equal(
      'ok',
    );
  });

  it('refuses a username that is already taken, whatever its case', async () => {
    const args = ['--username', 'sam', '--name', 'Sam', '--org', 'demo'];
    expect((await addAdvisorIn(dir, args, 'long enough password')).status).to.equal(0);
    const again = await addAdvisorIn(dir, ['--username', 'SAM', '--name', 'Sam', '--org', 'demo'], 'long enough password');
    expect(again.status).to.equal(2);
    expect(again.stderr).to.match(/already taken/);
    expect(again.prompts, 'refused before asking for a password').to.deep.equal([]);
  });

  const refused: Array<{ why: string; args: string[]; password: string; error: RegExp }> = [
    { why: 'an unknown organisation', args: ['--username', 'x1', '--name', 'X', '--org', 'nowhere'], password: 'long enough password', error: /--org/ },
    { why: 'an unknown role', args: ['--username', 'x1', '--name', 'X', '--org', 'demo', '--role', 'boss'], password: 'long enough password', error: /--role/ },
    {
      why: 'an unknown language',
      args: ['--username', 'x1', '--name', 'X', '--org', 'demo', '--languages', 'en,xx'],
      password: 'long enough password',
      error: /--languages/,
    },
    { why: 'a short password', args: ['--username', 'x1', '--name', 'X', '--org', 'demo'], password: 'short', error: /at least 12/ },
    { why: 'no name', args: ['--username', 'x1', '--org', 'demo'], password: 'long enough password', error: /--name/ },
  ];
  for (const { why, args, password, error } of refused) {
    it(`refuses ${why} and writes nothing`, async () => {
      const run = await addAdvisorIn(dir, args, password);
      expect(run.status).to.equal(2);
      expect(run.stderr).to.match(error);
      expect(run.stderr).to.contain('usage: npm run advisor:add');
      expect(run.stdout).to.equal('');
      expect(AccountStore.inDir(dir).all()).to.deep.equal([]);
    });
  }

  it('exits 1 on an unknown option', async () => {
    const run = await addAdvisorIn(dir, ['--username', 'x1', '--bogus'], 'long enough password');
    expect(run.status).to.equal(1);
    expect(run.stderr).to.match(/--bogus/);
  });
});
