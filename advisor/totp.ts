/**
 * The second factor: RFC 6238 time-based codes (30 s, 6 digits, SHA-1, what
 * every authenticator app speaks) via the `otpauth` package. One step either
 * side is accepted for clock drift; a code, once used, is refused.
 */
import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;
const ISSUER = 'Carers support advice line';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secret: string, label = 'advisor'): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** What an authenticator app scans (as a QR code) or accepts pasted. */
export function totpUri(secret: string, username: string): string {
  return totpFor(secret, username).toString();
}

/** The current code: for tests and the setup message, never logged. */
export function totpCode(secret: string, now: number): string {
  return totpFor(secret).generate({ timestamp: now });
}

/** Remembers the last accepted time step per account, so a code cannot be replayed. */
export class TotpVerifier {
  private readonly lastStep = new Map<string, number>();

  /** True when the code is valid now (±1 step) and later than the last one this account used. */
  verify(accountId: string, secret: string, code: string, now: number): boolean {
    const token = code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(token)) return false;
    const delta = totpFor(secret).validate({ token, timestamp: now, window: 1 });
    if (delta === null) return false;
    const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
    const last = this.lastStep.get(accountId);
    if (last !== undefined && step <= last) return false;
    this.lastStep.set(accountId, step);
    return true;
  }
}
