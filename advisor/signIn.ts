/**
 * Checks a sign-in: username, password and, when the account has one, the
 * authenticator code. Every failure gives the same answer and takes about as
 * long, whether the username exists or not; repeated failures lock.
 */
import type { Account, AccountStore } from './accounts';
import { ACCOUNT_POLICY, ADDRESS_POLICY, Lockout, type LockoutPolicy } from './lockout';
import { decoyHash, verifyPassword } from './password';
import { TotpVerifier } from './totp';

export interface SignInAttempt {
  username: string;
  password: string;
  code?: string;
  address: string;
}

export type SignInResult = { outcome: 'ok'; account: Account } | { outcome: 'refused' } | { outcome: 'locked' };

export interface SignInPolicies {
  account?: LockoutPolicy;
  address?: LockoutPolicy;
}

export class SignInService {
  private readonly byAccount: Lockout;
  private readonly byAddress: Lockout;
  private readonly totp = new TotpVerifier();

  constructor(
    private readonly accounts: AccountStore,
    private readonly clock: () => number,
    policies: SignInPolicies = {},
  ) {
    this.byAccount = new Lockout(policies.account ?? ACCOUNT_POLICY, clock);
    this.byAddress = new Lockout(policies.address ?? ADDRESS_POLICY, clock);
  }

  async attempt({ username, password, code, address }: SignInAttempt): Promise<SignInResult> {
    const userKey = username.trim().toLowerCase();
    if (this.byAccount.isLocked(userKey) || this.byAddress.isLocked(address)) return { outcome: 'locked' };
    const account = this.accounts.findByUsername(userKey);
    // Always run scrypt once, against a decoy hash for unknown users, so timing does not tell them apart.
    const passwordOk = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
    const secondFactorOk = account?.totpSecret === undefined || (passwordOk && this.totp.verify(account.id, account.totpSecret, code ?? '', this.clock()));
    if (account && passwordOk && secondFactorOk && !account.disabled && !(account.role === 'admin' && !account.totpSecret)) {
      this.byAccount.reset(userKey);
      return { outcome: 'ok', account };
    }
    this.byAccount.recordFailure(userKey);
    this.byAddress.recordFailure(address);
    return { outcome: 'refused' };
  }
}
