/** `npm run advisor:add` end to end: the script run with tsx, the password piped on standard input. */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AccountStore, accountsPath } from '../../advisor/accounts';
import { SignInService } from '../../advisor/signIn';
import { totpCode } from '../../advisor/totp';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function addAdvisor(dir: string, args: string[], password: string) {
  return spawnSync(TSX, ['scripts/advisor-add.ts', ...args], {
    cwd: ROOT,
    input: `${password}\n`,
    encoding: 'utf8',
    env: { ...process.env, ADVISOR_DIR: dir, LOG_LEVEL: 'silent' },
    timeout: 60_000,
  });
}

describe('advisor:add script', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'advisor-add-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates an advisor who can sign in with the piped password', async () => {
    const run = addAdvisor(dir, ['--username', 'Sam', '--name', 'Sam Jones', '--org', 'demo', '--role', 'advisor', '--languages', 'en,cy'], 'correct horse battery');
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout).to.contain('Created advisor "sam"');
    expect(run.stdout).to.not.contain('otpauth://');
    expect(statSync(accountsPath(dir)).mode & 0o777).to.equal(0o600);
    const account = AccountStore.inDir(dir).findByUsername('sam');
    expect(account).to.include({ name: 'Sam Jones', org: 'demo', role: 'advisor' });
    expect(account?.languages).to.deep.equal(['en', 'cy']);
    const result = await new SignInService(AccountStore.inDir(dir), Date.now).attempt({ username: 'sam', password: 'correct horse battery', address: 'test' });
    expect(result.outcome).to.equal('ok');
  });

  it('gives an admin a TOTP secret and otpauth:// URI once, and the code works', async () => {
    const run = addAdvisor(dir, ['--username', 'ada', '--name', 'Ada', '--org', 'demo', '--role', 'admin', '--languages', 'en'], 'another long password');
    expect(run.status, run.stderr).to.equal(0);
    const secret = /secret: ([A-Z2-7]+)/.exec(run.stdout)?.[1];
    expect(secret).to.be.a('string');
    expect(run.stdout).to.match(/uri:\s+otpauth:\/\/totp\//);
    const now = Date.now();
    const service = new SignInService(AccountStore.inDir(dir), () => now);
    expect((await service.attempt({ username: 'ada', password: 'another long password', address: 'test' })).outcome).to.equal('refused');
    expect((await service.attempt({ username: 'ada', password: 'another long password', code: totpCode(secret!, now), address: 'test' })).outcome).to.equal('ok');
  });

  const refused: Array<{ why: string; args: string[]; password: string; error: RegExp }> = [
    { why: 'an unknown organisation', args: ['--username', 'x1', '--name', 'X', '--org', 'nowhere'], password: 'long enough password', error: /--org/ },
    { why: 'an unknown role', args: ['--username', 'x1', '--name', 'X', '--org', 'demo', '--role', 'boss'], password: 'long enough password', error: /--role/ },
    { why: 'an unknown language', args: ['--username', 'x1', '--name', 'X', '--org', 'demo', '--languages', 'en,xx'], password: 'long enough password', error: /--languages/ },
    { why: 'a short password', args: ['--username', 'x1', '--name', 'X', '--org', 'demo'], password: 'short', error: /at least 12/ },
    { why: 'no name', args: ['--username', 'x1', '--org', 'demo'], password: 'long enough password', error: /--name/ },
  ];
  for (const { why, args, password, error } of refused) {
    it(`refuses ${why} and writes nothing`, () => {
      const run = addAdvisor(dir, args, password);
      expect(run.status).to.equal(2);
      expect(run.stderr).to.match(error);
      expect(AccountStore.inDir(dir).all()).to.deep.equal([]);
    });
  }
});
