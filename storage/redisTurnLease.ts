/**
 * A conversation's turn lease on Redis: `SET key token NX PX ms` takes it, a compare-and-delete
 * script gives it back (only the holder's token frees it), and the TTL frees it if the holder
 * dies (a live holder renews it). Waiters poll with a short back-off; past `maxWaitMs` they give up (the turn then runs
 * without it rather than not at all).
 *
 * `begin` is the start of a turn in one round trip: one script checks and records the handled
 * activity id, takes the lease, reads the conversation's state (handed to the state storage, so
 * the turn's load does not read again) and says whether a hand-off session exists. The record is
 * only written once the lease is taken, so a repeat waiting behind its original is still a repeat.
 *
 * A lease given back rides on the next start script this instance sends (any conversation's: the
 * script frees the leases it carries before anything else), or goes alone after `releaseDelayMs`
 * when no turn starts meanwhile: a busy instance sends one round trip a turn fewer. A turn of the
 * same conversation on this instance carries its predecessor's release, so it never waits for it.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { hashKey } from './lowdbLayout';
import { firstConnection, hasConnected, LuaScript } from './redisClient';
import { SEEN_PREFIX } from './redisSeenActivities';
import type { RedisStorage } from './redisStorage';

/** KEYS: leases; ARGV: their tokens. Frees each lease still held by its token. */
const RELEASE = new LuaScript(`for i = 1, #KEYS do if redis.call('GET', KEYS[i]) == ARGV[i] then redis.call('DEL', KEYS[i]) end end return 0`, 1);
const EXTEND = new LuaScript(`if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`, 1);

/**
 * KEYS: lease, activity record, state hash, hand-off session, then leases given back. ARGV: token, lease
 * ms, record ms ('' = no record), '1' to read the state, '1' to check the hand-off, then the given-back
 * leases' tokens. Returns {0} a repeat, {1} the lease is held, or {2, stored key, item JSON, hand-off
 * exists (1/0)}.
 */
const START = new LuaScript(
  `
for i = 5, #KEYS do if redis.call('GET', KEYS[i]) == ARGV[i + 1] then redis.call('DEL', KEYS[i]) end end
if ARGV[3] ~= '' and redis.call('EXISTS', KEYS[2]) == 1 then return {0} end
if not redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then return {1} end
if ARGV[3] ~= '' then redis.call('SET', KEYS[2], '1', 'PX', ARGV[3]) end
local row = {false, false}
if ARGV[4] == '1' then row = redis.call('HMGET', KEYS[3], 'key', 'item') end
local handoff = 1
if ARGV[5] == '1' then handoff = redis.call('EXISTS', KEYS[4]) end
return {2, row[1], row[2], handoff}
`,
  4,
);

export interface RedisTurnLeaseOptions {
  /** How long a lease lasts if its holder never gives it back (a crashed instance); default 10 s. */
  leaseMs?: number;
  /** How long a turn waits for the lease (the turns before it in the conversation); default 30 s. */
  maxWaitMs?: number;
  prefix?: string;
  /** Runs each Redis call (TimedStorage.guard: the storage's budget and breaker); default: as is. */
  guard?: <T>(what: string, call: () => Promise<T>) => Promise<T>;
  /** The state storage on the same server: `begin` hands it the state it read. */
  state?: RedisStorage;
  /** How long a handled activity id is remembered (`begin`'s record); default 24 h. */
  seenMs?: number;
  seenPrefix?: string;
  /** How long a given-back lease waits for a start script to carry it before it is sent alone; default 10 ms. */
  releaseDelayMs?: number;
}

/** What `begin` may do besides taking the lease. */
export interface TurnStartKeys {
  /** The handled-activity key (conversation and activity id): a repeat is reported and the lease not taken. */
  seen?: string;
  /** The state's storage key (botbuilder's getStorageKey): read with the lease, handed to the state storage. */
  stateKey?: string;
  /** The Redis key that exists while the conversation has a hand-off session. */
  handoffKey?: string;
}

export interface TurnStart {
  /** The activity was handled before: no lease was taken, nothing else was read. */
  repeat: boolean;
  /** True only when the script saw no hand-off session (a handoffKey was given and does not exist). */
  handoffAbsent: boolean;
  /** Gives the lease back (and drops the state read with it if the turn never used it). */
  release(): Promise<void>;
}

interface GivenBack {
  key: string;
  token: string;
  resolve(): void;
  reject(error: unknown): void;
}

export class LeaseTimeoutError extends Error {
  constructor() {
    super('the conversation lease was not free in time');
    this.name = 'LeaseTimeoutError';
  }
}

export class RedisTurnLease {
  private readonly leaseMs: number;
  private readonly maxWaitMs: number;
  private readonly prefix: string;
  private readonly seenMs: number;
  private readonly seenPrefix: string;
  private readonly guard: <T>(what: string, call: () => Promise<T>) => Promise<T>;
  private readonly releaseDelayMs: number;
  /** Leases given back and not yet sent. */
  private givenBack: GivenBack[] = [];
  private releaseTimer?: NodeJS.Timeout;

  constructor(
    private readonly client: Redis,
    private readonly options: RedisTurnLeaseOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 10_000;
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
    this.prefix = options.prefix ?? 'carers-bot:lease:';
    this.seenMs = options.seenMs ?? 24 * 60 * 60 * 1000;
    this.seenPrefix = options.seenPrefix ?? SEEN_PREFIX;
    this.guard = options.guard ?? ((_what, call) => call());
    this.releaseDelayMs = options.releaseDelayMs ?? 10;
  }

  async acquire(conversationKey: string): Promise<() => Promise<void>> {
    return (await this.begin(conversationKey)).release;
  }

  async begin(conversationKey: string, keys: TurnStartKeys = {}): Promise<TurnStart> {
    // Once connected, not waited for again (a budget timer less per turn); a dropped connection fails the call at once.
    if (!hasConnected(this.client)) await this.guard('lease', () => firstConnection(this.client));
    const key = this.prefix + hashKey(conversationKey);
    const state = keys.stateKey !== undefined ? this.options.state : undefined;
    const args = [
      key,
      keys.seen !== undefined ? this.seenPrefix + hashKey(keys.seen) : key,
      state && keys.stateKey !== undefined ? state.redisKey(keys.stateKey) : key,
      keys.handoffKey ?? key,
    ];
    const token = randomUUID();
    const flags = [keys.seen !== undefined ? this.seenMs : '', state ? '1' : '0', keys.handoffKey !== undefined ? '1' : '0'];
    const giveUpAt = Date.now() + this.maxWaitMs;
    for (let attempt = 0; ; attempt++) {
      const carried = this.takeGivenBack();
      const keyArgs = [...args, ...carried.map((lease) => lease.key)];
      const scriptArgs = [token, this.leaseMs, ...flags, ...carried.map((lease) => lease.token)];
      let reply: unknown[];
      try {
        reply = (await this.guard('lease', () => START.runWithKeyCount(this.client, keyArgs.length, [...keyArgs, ...scriptArgs]))) as unknown[];
      } catch (error) {
        // Given back again, to go alone (freeing a lease twice is harmless: only its own token frees it).
        this.giveBack(carried);
        throw error;
      }
      for (const lease of carried) lease.resolve();
      if (reply[0] === 0) return { repeat: true, handoffAbsent: false, release: async () => undefined };
      if (reply[0] === 2) {
        const forget = state && keys.stateKey !== undefined ? state.prime(keys.stateKey, [asText(reply[1]), asText(reply[2])]) : undefined;
        // A slow turn (a cold start, a loaded machine) keeps its lease while it runs; a dead instance's lapses.
        const renew = setInterval(() => void EXTEND.run(this.client, key, token, this.leaseMs).catch(() => undefined), this.leaseMs / 3);
        renew.unref();
        return {
          repeat: false,
          handoffAbsent: keys.handoffKey !== undefined && reply[3] === 0,
          release: () => {
            clearInterval(renew);
            forget?.();
            return new Promise<void>((resolve, reject) => this.giveBack([{ key, token, resolve, reject }]));
          },
        };
      }
      if (Date.now() >= giveUpAt) throw new LeaseTimeoutError();
      await new Promise((resolve) => setTimeout(resolve, Math.min(5 * 2 ** Math.min(attempt, 4), 50) + Math.random() * 5));
    }
  }

  /** Sends every lease given back and not yet carried, now (a graceful stop; the timer's job otherwise). */
  async flush(): Promise<void> {
    const leases = this.takeGivenBack();
    if (leases.length === 0) return;
    try {
      await this.guard('lease release', () =>
        RELEASE.runWithKeyCount(this.client, leases.length, [...leases.map((lease) => lease.key), ...leases.map((lease) => lease.token)]),
      );
      for (const lease of leases) lease.resolve();
    } catch (error) {
      for (const lease of leases) lease.reject(error);
    }
  }

  private giveBack(leases: GivenBack[]): void {
    if (leases.length === 0) return;
    this.givenBack.push(...leases);
    if (!this.releaseTimer) this.releaseTimer = setTimeout(() => void this.flush(), this.releaseDelayMs).unref();
  }

  private takeGivenBack(): GivenBack[] {
    const leases = this.givenBack;
    if (leases.length === 0) return leases;
    this.givenBack = [];
    clearTimeout(this.releaseTimer);
    this.releaseTimer = undefined;
    return leases;
  }
}

function asText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
