/**
 * Advisor accounts on Redis, shared by every instance (STORAGE=redis): an advisor added,
 * disabled or removed through one instance is so on all of them. A hash of accounts (id → JSON),
 * a hash of usernames (→ id, so a username is taken once across instances), a set of removed ids
 * and a pub/sub channel. Reads are synchronous (every console request checks its account): each
 * instance keeps a copy, read again whenever any instance announces a change; a write waits until
 * this instance's copy has it. Each write is one Lua script, so two instances never interleave.
 *
 * `ADVISOR_DIR/accounts.json` stays the seed: its accounts are copied in at start and whenever
 * the file changes (`npm run advisor:add` keeps working), unless their id is already there, their
 * id was removed (a removed account does not come back from an old file) or their username is
 * taken. After that Redis is authoritative: the file is never written from here.
 */
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { normaliseUsername, type Account, type AccountPatch, type AccountStore, type NewAccount } from './accounts';

export const ACCOUNTS_PREFIX = 'carers-bot:advisor-accounts:';

// KEYS: accounts, usernames, removed. Returns 1 when added, 0 when the username is taken (or the id known or removed).
const ADD = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 or redis.call('SISMEMBER', KEYS[3], ARGV[1]) == 1 then return 0 end
if redis.call('HSETNX', KEYS[2], ARGV[2], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1`;

// KEYS: accounts. ARGV: id, patch (JSON object), fields to delete (JSON list). Returns the account's JSON, or false.
const UPDATE = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then return false end
local account = cjson.decode(current)
for k, v in pairs(cjson.decode(ARGV[2])) do account[k] = v end
for _, k in ipairs(cjson.decode(ARGV[3])) do account[k] = nil end
local out = cjson.encode(account)
redis.call('HSET', KEYS[1], ARGV[1], out)
return out`;

// KEYS: accounts, usernames, removed. Returns 1 when removed.
const REMOVE = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then return 0 end
local username = cjson.decode(current).username
redis.call('HDEL', KEYS[1], ARGV[1])
if redis.call('HGET', KEYS[2], username) == ARGV[1] then redis.call('HDEL', KEYS[2], username) end
redis.call('SADD', KEYS[3], ARGV[1])
return 1`;

function parse(json: string): Account {
  const account = JSON.parse(json) as Account;
  // cjson writes an empty list as {}: an account always has languages, but never hand out an object.
  if (!Array.isArray(account.languages)) account.languages = [];
  return account;
}

export interface RedisAccountStoreOptions {
  prefix?: string;
  /** The accounts file copied in (see above). */
  seed?: AccountStore;
  /** Told (by name, never an account's field) when a copy in or a re-read fails. */
  onError?: (error: Error) => void;
}

export class RedisAccountStore implements AccountStore {
  private accounts: Account[] = [];
  /** False until a read succeeded: until then each read asks again (Redis may be down at start). */
  private loaded = false;
  private reading?: Promise<void>;
  private seeded?: Account[];
  private copying?: Promise<void>;
  private readonly prefix: string;
  private readonly channel: string;
  /** Resolves once the accounts are read (and the seed copied in) and changes from other instances arrive. */
  readonly ready: Promise<void>;

  constructor(
    private readonly client: Redis,
    private readonly subscriber: Redis,
    private readonly options: RedisAccountStoreOptions = {},
  ) {
    this.prefix = options.prefix ?? ACCOUNTS_PREFIX;
    this.channel = `${this.prefix}changed`;
    this.subscriber.on('message', (channel: string) => {
      if (channel === this.channel) this.reloadQuietly();
    });
    // Back after a lost connection: changes announced meanwhile were missed.
    this.subscriber.on('ready', () => this.reloadQuietly());
    // The state's connection has no offline queue: wait for it before the first read.
    const connected = client.status === 'ready' ? Promise.resolve() : new Promise<void>((resolve) => client.once('ready', () => resolve()));
    this.ready = Promise.all([this.subscriber.subscribe(this.channel), connected])
      .then(() => this.copySeed())
      .then(() => this.reload());
  }

  all(): Account[] {
    const seed = this.options.seed?.all();
    // The file store hands out a new list only when the file changed.
    if (seed && seed !== this.seeded) void this.copySeed().catch((error: Error) => this.options.onError?.(error));
    if (!this.loaded && !this.reading) this.reloadQuietly();
    return this.accounts;
  }

  findByUsername(username: string): Account | undefined {
    const wanted = normaliseUsername(username);
    return this.all().find((a) => a.username === wanted);
  }

  findById(id: string): Account | undefined {
    return this.all().find((a) => a.id === id);
  }

  async add(fields: NewAccount, now = new Date()): Promise<Account> {
    const username = normaliseUsername(fields.username);
    const account: Account = { ...fields, id: randomUUID(), username, createdAt: now.toISOString() };
    const added = await this.client.eval(ADD, 3, ...this.keys(), account.id, username, JSON.stringify(account));
    if (added !== 1) throw new Error(`the username "${username}" is already taken`);
    await this.changed();
    return account;
  }

  async update(id: string, patch: AccountPatch): Promise<Account | undefined> {
    const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const unset = Object.keys(patch).filter((k) => patch[k as keyof AccountPatch] === undefined);
    const json = (await this.client.eval(UPDATE, 1, this.keys()[0], id, JSON.stringify(set), JSON.stringify(unset))) as string | null;
    if (!json) return undefined;
    await this.changed();
    return parse(json);
  }

  async remove(id: string): Promise<boolean> {
    const removed = await this.client.eval(REMOVE, 3, ...this.keys(), id);
    if (removed !== 1) return false;
    await this.changed();
    return true;
  }

  /** Reads the accounts again now (a change announced by another instance does this on its own). */
  refresh(): Promise<void> {
    return this.reload();
  }

  async close(): Promise<void> {
    this.subscriber.removeAllListeners('message');
    await this.subscriber.unsubscribe(this.channel).catch(() => undefined);
  }

  /** Copies in the seed's accounts that are new here (once per version of the file, retried if it failed). */
  private copySeed(): Promise<void> {
    const seed = this.options.seed?.all();
    if (!seed || seed === this.seeded) return Promise.resolve();
    this.copying ??= this.copy(seed)
      .then(() => void (this.seeded = seed))
      .finally(() => (this.copying = undefined));
    return this.copying;
  }

  /** Announces it when any account was copied. */
  private async copy(seed: Account[]): Promise<void> {
    let copied = 0;
    for (const account of seed) {
      const json = JSON.stringify({ ...account, username: normaliseUsername(account.username) });
      copied += Number(await this.client.eval(ADD, 3, ...this.keys(), account.id, normaliseUsername(account.username), json));
    }
    if (copied > 0) await this.changed();
  }

  /** This instance's copy first (so the caller sees its own write), then every other instance. */
  private async changed(): Promise<void> {
    await this.reload();
    await this.client.publish(this.channel, '1');
  }

  private async reload(): Promise<void> {
    const stored = Object.values(await this.client.hgetall(this.keys()[0])).map(parse);
    this.accounts = stored.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    this.loaded = true;
  }

  private reloadQuietly(): void {
    if (this.client.status !== 'ready') return; // the first read waits for it (ready), later ones come with the next read
    this.reading = this.reload()
      .catch((error: Error) => this.options.onError?.(error))
      .finally(() => (this.reading = undefined));
  }

  private keys(): [string, string, string] {
    return [`${this.prefix}accounts`, `${this.prefix}usernames`, `${this.prefix}removed`];
  }
}
