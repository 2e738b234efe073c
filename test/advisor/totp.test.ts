import { expect } from 'chai';
import { newTotpSecret, totpCode, totpUri, TotpVerifier } from '../../advisor/totp';

// RFC 6238 appendix B's SHA-1 secret ("12345678901234567890") in base32.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const NOW = Date.UTC(2026, 10, 24, 14, 0, 0);
const STEP = 30_000;

describe('advisor TOTP', () => {
  it('matches the RFC 6238 test vector (59 s → 287082)', () => {
    expect(totpCode(RFC_SECRET, 59_000)).to.equal('287082');
  });

  it('makes a base32 secret and an otpauth:// URI for authenticator apps', () => {
    const secret = newTotpSecret();
    expect(secret).to.match(/^[A-Z2-7]{32}$/);
    const uri = totpUri(secret, 'sam');
    expect(uri).to.match(/^otpauth:\/\/totp\//);
    expect(uri).to.contain(`secret=${secret}`);
    expect(uri).to.contain('sam');
  });

  const cases: Array<{ why: string; codeAt: number; ok: boolean }> = [
    { why: 'the current code', codeAt: NOW, ok: true },
    { why: 'the previous step (clock drift)', codeAt: NOW - STEP, ok: true },
    { why: 'the next step (clock drift)', codeAt: NOW + STEP, ok: true },
    { why: 'two steps old', codeAt: NOW - 2 * STEP, ok: false },
    { why: 'two steps ahead', codeAt: NOW + 2 * STEP, ok: false },
  ];
  for (const { why, codeAt, ok } of cases) {
    it(`${ok ? 'accepts' : 'refuses'} ${why}`, () => {
      expect(new TotpVerifier().verify('a1', RFC_SECRET, totpCode(RFC_SECRET, codeAt), NOW)).to.equal(ok);
    });
  }

  for (const code of ['', '12345', '1234567', 'abcdef', '28708 2x']) {
    it(`refuses the malformed code ${JSON.stringify(code)}`, () => {
      expect(new TotpVerifier().verify('a1', RFC_SECRET, code, NOW)).to.equal(false);
    });
  }

  it('accepts spaces inside a code', () => {
    const code = totpCode(RFC_SECRET, NOW);
    expect(new TotpVerifier().verify('a1', RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, NOW)).to.equal(true);
  });

  it('refuses a code used once already, and any older step after a newer one', () => {
    const verifier = new TotpVerifier();
    const code = totpCode(RFC_SECRET, NOW);
    expect(verifier.verify('a1', RFC_SECRET, code, NOW)).to.equal(true);
    expect(verifier.verify('a1', RFC_SECRET, code, NOW + 1000), 'replayed').to.equal(false);
    expect(verifier.verify('a1', RFC_SECRET, totpCode(RFC_SECRET, NOW - STEP), NOW + 1000), 'older step').to.equal(false);
    expect(verifier.verify('a1', RFC_SECRET, totpCode(RFC_SECRET, NOW + STEP), NOW + STEP), 'next step').to.equal(true);
    // Another account using the same secret is tracked on its own.
    expect(verifier.verify('a2', RFC_SECRET, code, NOW)).to.equal(true);
  });
});
