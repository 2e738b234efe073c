import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AccountStore } from '../../advisor/accounts';
import { hashPassword } from '../../advisor/password';
import { SignInService } from '../../advisor/signIn';
import { totpCode } from '../../advisor/totp';

const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const PASSWORD = 'correct horse battery';
const NOW = Date.UTC(2026, 10, 24, 14, 0, 0);
/** ADDRESS_POLICY's limit: failures from one address before it is locked. */
const GUESSES = 20;

describe('advisor sign-in', function () {
  this.timeout(20_000);
  let dir: string;
  let now: number;
  let service: SignInService;
  let address = 0;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'advisor-signin-'));
    const store = AccountStore.inDir(dir);
    const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    store.add({ username: 'sam', name: 'Sam', org: 'demo', role: 'advisor', languages: ['en'], passwordHash });
    store.add({ username: 'ada', name: 'Ada', org: 'demo', role: 'admin', languages: ['en'], passwordHash, totpSecret: SECRET });
    store.add({ username: 'nosecret', name: 'No Secret', org: 'demo', role: 'admin', languages: ['en'], passwordHash });
    // Known usernames for the address throttle: their cheap hash keeps that test fast (an unknown one costs a full-cost decoy check).
    for (let i = 0; i < GUESSES - 1; i++) store.add({ username: `guess${i}`, name: 'Guess', org: 'demo', role: 'advisor', languages: ['en'], passwordHash });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    now = NOW;
    service = new SignInService(AccountStore.inDir(dir), () => now);
    address++;
  });
  const attempt = (username: string, password: string, code?: string, from = `10.0.0.${address}`) =>
    service.attempt({ username, password, code, address: from });

  const cases: Array<{ why: string; username: string; password: string; code?: () => string; outcome: string }> = [
    { why: 'an advisor with the right password', username: 'sam', password: PASSWORD, outcome: 'ok' },
    { why: 'the username in another case', username: ' SAM ', password: PASSWORD, outcome: 'ok' },
    { why: 'a wrong password', username: 'sam', password: 'wrong password!', outcome: 'refused' },
    { why: 'an unknown user', username: 'nobody', password: PASSWORD, outcome: 'refused' },
    { why: 'an admin with the right code', username: 'ada', password: PASSWORD, code: () => totpCode(SECRET, NOW), outcome: 'ok' },
    { why: 'an admin without a code', username: 'ada', password: PASSWORD, outcome: 'refused' },
    { why: 'an admin with a wrong code', username: 'ada', password: PASSWORD, code: () => totpCode(SECRET, NOW - 5 * 60_000), outcome: 'refused' },
    {
      why: 'an admin with the right code but a wrong password',
      username: 'ada',
      password: 'wrong password!',
      code: () => totpCode(SECRET, NOW),
      outcome: 'refused',
    },
    { why: 'an admin account that has no second factor', username: 'nosecret', password: PASSWORD, outcome: 'refused' },
  ];
  for (const { why, username, password, code, outcome } of cases) {
    it(`${outcome === 'ok' ? 'accepts' : 'refuses'} ${why}`, async () => {
      expect((await attempt(username, password, code?.())).outcome).to.equal(outcome);
    });
  }

  it('locks a username after 5 failures, known or not, even for the right password', async () => {
    for (const username of ['sam', 'nobody']) {
      for (let i = 0; i < 5; i++) expect((await attempt(username, 'wrong password!', undefined, `10.1.${i}.1`)).outcome).to.equal('refused');
      expect((await attempt(username, PASSWORD, undefined, '10.2.0.1')).outcome).to.equal('locked');
    }
    now += 15 * 60_000;
    expect((await attempt('sam', PASSWORD)).outcome).to.equal('ok');
  });

  it('throttles one address trying many usernames, known or not', async () => {
    // guess0..guess18 exist, guess19 does not.
    for (let i = 0; i < GUESSES; i++) expect((await attempt(`guess${i}`, 'wrong password!', undefined, '192.0.2.9')).outcome).to.equal('refused');
    expect((await attempt('sam', PASSWORD, undefined, '192.0.2.9')).outcome).to.equal('locked');
    expect((await attempt('sam', PASSWORD, undefined, '192.0.2.10')).outcome).to.equal('ok');
  });

  it('refuses a code that was already used to sign in', async () => {
    const code = totpCode(SECRET, NOW);
    expect((await attempt('ada', PASSWORD, code)).outcome).to.equal('ok');
    now += 5_000;
    expect((await attempt('ada', PASSWORD, code)).outcome).to.equal('refused');
  });
});
