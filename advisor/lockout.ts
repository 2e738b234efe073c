/**
 * Slows guessing: after `maxFailures` failed sign-ins for one key within
 * `windowMs`, the key is locked for `lockMs`. Used per username (known or not,
 * so a lock says nothing about whether an account exists) and per IP address.
 */
export interface LockoutPolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const ACCOUNT_POLICY: LockoutPolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const ADDRESS_POLICY: LockoutPolicy = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

interface FailureRecord {
  failures: number[];
  lockedUntil?: number;
}

export class Lockout {
  private readonly records = new Map<string, FailureRecord>();

  constructor(
    private readonly policy: LockoutPolicy,
    private readonly clock: () => number,
  ) {}

  isLocked(key: string): boolean {
    const record = this.records.get(key);
    return record?.lockedUntil !== undefined && record.lockedUntil > this.clock();
  }

  recordFailure(key: string): void {
    const now = this.clock();
    const record = this.records.get(key) ?? { failures: [] };
    record.failures = record.failures.filter((at) => at > now - this.policy.windowMs);
    record.failures.push(now);
    if (record.failures.length >= this.policy.maxFailures) {
      record.lockedUntil = now + this.policy.lockMs;
      record.failures = [];
    }
    this.records.set(key, record);
    this.prune(now);
  }

  reset(key: string): void {
    this.records.delete(key);
  }

  /** Forgets old records so the map does not grow with every address that ever tried. */
  private prune(now: number): void {
    if (this.records.size < 10_000) return;
    for (const [key, record] of this.records) {
      const recent = record.failures.some((at) => at > now - this.policy.windowMs);
      if (!recent && !(record.lockedUntil && record.lockedUntil > now)) this.records.delete(key);
    }
  }
}
