/**
 * Advisor accounts. `AccountStore` is what the console, the admin space and sign-in need; reads
 * are synchronous (every request checks its account), writes may be asynchronous.
 * FileAccountStore keeps them in one JSON file (mode 0600), written atomically: a temporary file
 * in the same folder, then a rename. Read again whenever the file changes, so
 * `npm run advisor:add` takes effect without a restart. On Redis, shared by every instance:
 * redisAccounts.ts.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AdvisorIdentity } from '../handoff/advisorDesk';

export type Role = 'advisor' | 'admin';
export const ROLES: readonly Role[] = ['advisor', 'admin'];

export interface Account {
  id: string;
  /** Lower case; what the advisor types to sign in. */
  username: string;
  name: string;
  /** An organisation id from data/orgs/. */
  org: string;
  role: Role;
  languages: string[];
  /** `scrypt$…` from password.ts. */
  passwordHash: string;
  /** Base32; required for admins, optional for advisors. */
  totpSecret?: string;
  createdAt: string;
  /** Set by an admin: the account cannot sign in until enabled again. */
  disabled?: boolean;
}

interface AccountsFile {
  version: 1;
  accounts: Account[];
}

export const normaliseUsername = (username: string): string => username.trim().toLowerCase();

export function identityOf(account: Account): AdvisorIdentity {
  return { id: account.id, name: account.name, org: account.org, languages: [...account.languages] };
}

export function accountsPath(dir: string): string {
  return path.join(dir, 'accounts.json');
}

/** The fields an account is created with (its id and creation time are given by the store). */
export type NewAccount = Omit<Account, 'id' | 'createdAt' | 'username'> & { username: string };
/** What may change on an account: never its id, username or organisation. */
export type AccountPatch = Partial<Pick<Account, 'name' | 'role' | 'languages' | 'passwordHash' | 'totpSecret' | 'disabled'>>;

export interface AccountStore {
  all(): Account[];
  findByUsername(username: string): Account | undefined;
  findById(id: string): Account | undefined;
  /** Adds an account; refuses (throws) a username already taken. */
  add(fields: NewAccount, now?: Date): Account | Promise<Account>;
  /** Changes an account's fields (a field set to undefined is removed); undefined when there is no such account. */
  update(id: string, patch: AccountPatch): Account | undefined | Promise<Account | undefined>;
  /** Deletes an account; false when there was none. */
  remove(id: string): boolean | Promise<boolean>;
}

/** The file store by the name the callers know: `AccountStore.inDir(dir)`. */
export const AccountStore = { inDir: (dir: string): FileAccountStore => FileAccountStore.inDir(dir) };

export class FileAccountStore implements AccountStore {
  private cached?: { mtimeMs: number; size: number; accounts: Account[] };

  constructor(private readonly file: string) {}

  static inDir(dir: string): FileAccountStore {
    return new FileAccountStore(accountsPath(dir));
  }

  all(): Account[] {
    let stat;
    try {
      stat = statSync(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    if (!this.cached || this.cached.mtimeMs !== stat.mtimeMs || this.cached.size !== stat.size) {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as AccountsFile;
      this.cached = { mtimeMs: stat.mtimeMs, size: stat.size, accounts: parsed.accounts ?? [] };
    }
    return this.cached.accounts;
  }

  findByUsername(username: string): Account | undefined {
    const wanted = normaliseUsername(username);
    return this.all().find((a) => a.username === wanted);
  }

  findById(id: string): Account | undefined {
    return this.all().find((a) => a.id === id);
  }

  /** Adds an account; refuses a username already taken. */
  add(fields: NewAccount, now = new Date()): Account {
    const username = normaliseUsername(fields.username);
    const accounts = this.all();
    if (accounts.some((a) => a.username === username)) throw new Error(`the username "${username}" is already taken`);
    const account: Account = { ...fields, id: randomUUID(), username, createdAt: now.toISOString() };
    this.write([...accounts, account]);
    return account;
  }

  /** Changes an account's fields (never its id, username or organisation); undefined when there is no such account. */
  update(id: string, patch: AccountPatch): Account | undefined {
    const accounts = this.all();
    const found = accounts.find((a) => a.id === id);
    if (!found) return undefined;
    const updated: Account = { ...found, ...patch };
    for (const key of Object.keys(updated) as (keyof Account)[]) if (updated[key] === undefined) delete updated[key];
    this.write(accounts.map((a) => (a.id === id ? updated : a)));
    return updated;
  }

  /** Deletes an account; false when there was none. */
  remove(id: string): boolean {
    const accounts = this.all();
    if (!accounts.some((a) => a.id === id)) return false;
    this.write(accounts.filter((a) => a.id !== id));
    return true;
  }

  private write(accounts: Account[]): void {
    const dir = path.dirname(this.file);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = path.join(dir, `.accounts.${process.pid}.${randomUUID()}.tmp`);
    const body: AccountsFile = { version: 1, accounts };
    writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    renameSync(temp, this.file);
    chmodSync(this.file, 0o600);
    this.cached = undefined;
  }
}
