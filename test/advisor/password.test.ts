import { expect } from 'chai';
import { decoyHash, hashPassword, verifyPassword } from '../../advisor/password';

const FAST = { N: 1024, r: 8, p: 1 };

describe('advisor passwords (scrypt)', () => {
  it('verifies the right password and stores its parameters', async () => {
    const stored = await hashPassword('correct horse battery', FAST);
    expect(stored).to.match(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('correct horse battery', stored)).to.equal(true);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('same password', FAST)).to.not.equal(await hashPassword('same password', FAST));
  });

  const refused: Array<{ why: string; attempt: string }> = [
    { why: 'a wrong password', attempt: 'correct horse batterz' },
    { why: 'an empty password', attempt: '' },
    { why: 'a different case', attempt: 'CORRECT HORSE BATTERY' },
    { why: 'a prefix', attempt: 'correct horse' },
  ];
  for (const { why, attempt } of refused) {
    it(`refuses ${why}`, async () => {
      const stored = await hashPassword('correct horse battery', FAST);
      expect(await verifyPassword(attempt, stored)).to.equal(false);
    });
  }

  for (const stored of ['', 'plain', 'bcrypt$x$y', 'scrypt$0$8$1$c2FsdA$aGFzaA', 'scrypt$abc$8$1$c2FsdA$aGFzaA']) {
    it(`refuses a malformed stored hash ${JSON.stringify(stored)}`, async () => {
      expect(await verifyPassword('anything', stored)).to.equal(false);
    });
  }

  it('uses the default (stronger) parameters and keeps a decoy hash for unknown users', async () => {
    const decoy = await decoyHash();
    expect(decoy).to.match(/^scrypt\$32768\$8\$1\$/);
    expect(await decoyHash()).to.equal(decoy);
  });
});
