/**
 * Direct Line conversations on Redis, shared by every instance: each conversation a hash
 * (user, start properties, started, last active, owner, last number) and a capped list of its
 * activities; a sorted set of all of them (and one per owner) scored by when each expires, which
 * the caps count and the sweep reads. Appends number, store and PUBLISH in one script, so every
 * instance's subscriber sees a conversation's activities in number order: a WebSocket held by
 * one instance gets what another appended. Keys hold no personal text; history keys expire by
 * themselves if no instance is left to sweep.
 */
import type { Redis } from 'ioredis';
import {
  activityId,
  ConversationRefused,
  seqOf,
  type ActivitySet,
  type ChannelActivity,
  type Conversation,
  type ConversationLimits,
  type DirectLineConversations,
  type StartProperties,
  type StreamListener,
} from './conversations';
import { newConversationId } from './ids';

/** Runs one Redis call within the storage's budget and breaker, once connected (the composition root gives it). */
export type Guard = <T>(what: string, call: () => Promise<T>) => Promise<T>;

/** What the composition root hands the local Direct Line when the state is on Redis (app.ts, web/directLine.ts). */
export interface DirectLineRedis {
  /** The state storage's connection, for commands. */
  client: Redis;
  /** A new connection for SUBSCRIBE (offline queue on, so subscriptions are renewed after a reconnect); the store closes it. */
  subscriber(): Redis;
  guard: Guard;
}

export interface RedisConversationsOptions {
  /** Commands (shared with the state storage). */
  client: Redis;
  /** A connection of its own for SUBSCRIBE (a subscribed connection runs nothing else); closed with the store. */
  subscriber: Redis;
  limits: ConversationLimits;
  now?: () => number;
  prefix?: string;
  /** Default: as is (tests on a plain connection). */
  guard?: Guard;
}

/** Keys outlive their deadline by this much, so a sweep normally removes them first. */
const KEY_MARGIN_MS = 24 * 60 * 60_000;
/** How long an append waits for its own publication to reach this instance's listeners. */
const ECHO_WAIT_MS = 1000;

/** KEYS: conversation hash, index, history list. ARGV 1-5: id, now, idle ms, unstarted idle ms, key prefix. */
const REFRESH = `
local function refresh()
  local used = redis.call('HGET', KEYS[1], 'started') == '1' or tonumber(redis.call('HGET', KEYS[1], 'seq') or '0') > 0
  local span = tonumber(used and ARGV[3] or ARGV[4])
  local deadline = tonumber(ARGV[2]) + span
  redis.call('HSET', KEYS[1], 'lastActiveAt', ARGV[2])
  redis.call('ZADD', KEYS[2], deadline, ARGV[1])
  local owner = redis.call('HGET', KEYS[1], 'owner')
  if owner and owner ~= '' then redis.call('ZADD', ARGV[5] .. 'o:' .. owner, deadline, ARGV[1]) end
  redis.call('PEXPIRE', KEYS[1], span + ${KEY_MARGIN_MS})
  redis.call('PEXPIRE', KEYS[3], span + ${KEY_MARGIN_MS})
end
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
`;

const TOUCH = `${REFRESH} refresh() return 1`;

const MARK_STARTED = `${REFRESH}
if redis.call('HGET', KEYS[1], 'started') == '1' then return 0 end
redis.call('HSET', KEYS[1], 'started', '1')
refresh()
return 1`;

/** ARGV 6-8: the activity's JSON without id, history limit, channel. Returns its number. */
const APPEND = `${REFRESH}
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
local id = cjson.encode(ARGV[1] .. '|' .. string.format('%07d', seq))
local stamped
if ARGV[6] == '{}' then stamped = '{"id":' .. id .. '}' else stamped = '{"id":' .. id .. ',' .. string.sub(ARGV[6], 2) end
redis.call('RPUSH', KEYS[3], stamped)
redis.call('LTRIM', KEYS[3], -tonumber(ARGV[7]), -1)
refresh()
redis.call('PUBLISH', ARGV[8], '{"t":"a","w":"' .. seq .. '","a":' .. stamped .. '}')
return seq`;

/**
 * KEYS: index, owner set, conversation hash. ARGV: now, max, reserve, per owner, deadline, id,
 * user id, start JSON, owner ('' none), key TTL. The caps of admission.ts, counted and applied
 * in one step so instances racing for the last places cannot overshoot.
 */
const CREATE = `
local live = redis.call('ZCOUNT', KEYS[1], '(' .. ARGV[1], '+inf')
local mine = 0
if ARGV[9] ~= '' then mine = redis.call('ZCOUNT', KEYS[2], '(' .. ARGV[1], '+inf') end
local max = tonumber(ARGV[2])
if live >= max then return 'full' end
local per = tonumber(ARGV[4])
if per > 0 and mine >= per then return 'owner' end
if live >= max - tonumber(ARGV[3]) and mine > 0 then return 'reserve' end
redis.call('HSET', KEYS[3], 'userId', ARGV[7], 'start', ARGV[8], 'started', '0', 'lastActiveAt', ARGV[1], 'owner', ARGV[9], 'seq', '0')
redis.call('PEXPIRE', KEYS[3], ARGV[10])
redis.call('ZADD', KEYS[1], ARGV[5], ARGV[6])
if ARGV[9] ~= '' then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
  redis.call('ZADD', KEYS[2], ARGV[5], ARGV[6])
  redis.call('PEXPIRE', KEYS[2], ARGV[10])
end
return 'ok'`;

/** KEYS: conversation hash, index, history. ARGV: id, key prefix, channel, now ('' = whatever its deadline). 1 when this call removed it. */
const REMOVE = `
if ARGV[4] ~= '' then
  local deadline = redis.call('ZSCORE', KEYS[2], ARGV[1])
  if deadline and tonumber(deadline) > tonumber(ARGV[4]) then return 0 end
end
local removed = redis.call('ZREM', KEYS[2], ARGV[1])
local owner = redis.call('HGET', KEYS[1], 'owner')
if owner and owner ~= '' then redis.call('ZREM', ARGV[2] .. 'o:' .. owner, ARGV[1]) end
redis.call('DEL', KEYS[1], KEYS[3])
if removed == 1 then redis.call('PUBLISH', ARGV[3], '{"t":"close"}') end
return removed`;

interface Published {
  t: 'a' | 'close';
  w?: string;
  a?: ChannelActivity;
}

export class RedisConversationStore implements DirectLineConversations {
  private readonly client: Redis;
  private readonly subscriber: Redis;
  private readonly limits: ConversationLimits;
  private readonly now: () => number;
  private readonly prefix: string;
  private readonly guard: Guard;
  /** This instance's streams, by conversation; subscribed while there is one. */
  private readonly listeners = new Map<string, Set<StreamListener>>();
  private readonly subscriptions = new Map<string, Promise<unknown>>();
  /** Appends waiting for their publication to reach this instance's listeners (so they get it before append resolves). */
  private readonly echoes = new Map<string, Array<{ seq: number; done: () => void }>>();

  constructor(options: RedisConversationsOptions) {
    this.client = options.client;
    this.subscriber = options.subscriber;
    this.limits = options.limits;
    this.now = options.now ?? Date.now;
    this.prefix = options.prefix ?? 'carers-bot:dl:';
    this.guard = options.guard ?? ((_what, call) => call());
    this.subscriber.on('message', (channel: string, text: string) => this.onPublished(channel, text));
    // Publications while the subscriber was away are lost to it: each stream here reads what it missed.
    let connected = false;
    this.subscriber.on('ready', () => {
      if (connected) for (const listeners of this.listeners.values()) for (const listener of listeners) listener.resync?.();
      connected = true;
    });
  }

  async create(userId: string, start: StartProperties = {}, owner?: string): Promise<Conversation> {
    const id = newConversationId();
    const now = this.now();
    const deadline = now + this.limits.unstartedIdleMs;
    const answer = await this.run('create', () =>
      this.client.eval(
        CREATE,
        3,
        this.index,
        this.ownerKey(owner ?? '-'),
        this.conversationKey(id),
        now,
        this.limits.maxConversations,
        this.limits.reserve,
        this.limits.perOwner,
        deadline,
        id,
        userId,
        JSON.stringify(start),
        owner ?? '',
        this.limits.unstartedIdleMs + KEY_MARGIN_MS,
      ),
    );
    if (answer !== 'ok') throw new ConversationRefused(answer as 'full' | 'owner' | 'reserve');
    return { id, userId, start, started: false, lastActiveAt: now };
  }

  async ids(): Promise<string[]> {
    return this.run('ids', () => this.client.zrange(this.index, '0', '-1'));
  }

  async get(conversationId: string): Promise<Conversation | undefined> {
    const fields = await this.run('get', () => this.client.hgetall(this.conversationKey(conversationId)));
    if (!fields.userId) return undefined;
    return {
      id: conversationId,
      userId: fields.userId,
      start: JSON.parse(fields.start ?? '{}') as StartProperties,
      started: fields.started === '1',
      lastActiveAt: Number(fields.lastActiveAt),
    };
  }

  async markStarted(conversationId: string): Promise<boolean> {
    return (await this.script('start', MARK_STARTED, conversationId)) === 1;
  }

  async touch(conversationId: string): Promise<void> {
    await this.script('touch', TOUCH, conversationId);
  }

  /** By number: the history holds the last `length` numbers up to the conversation's last. */
  async hasActivity(conversationId: string, id: string): Promise<boolean> {
    const seq = seqOf(conversationId, id);
    if (seq === undefined) return false;
    const [last, length] = await this.run('has activity', async () => {
      const replies = await this.client.multi().hget(this.conversationKey(conversationId), 'seq').llen(this.historyKey(conversationId)).exec();
      return [Number(replies?.[0]?.[1] ?? 0), Number(replies?.[1]?.[1] ?? 0)];
    });
    return seq <= last && seq > last - length;
  }

  async append(conversationId: string, activity: ChannelActivity): Promise<ChannelActivity | undefined> {
    const { id: _ignored, ...rest } = activity;
    const seq = Number(await this.script('append', APPEND, conversationId, JSON.stringify(rest), this.limits.historyLimit, this.channel(conversationId)));
    if (!seq) return undefined;
    // This instance's streams get it through the subscription, in number order with every other instance's appends.
    if (this.listeners.has(conversationId)) await this.echo(conversationId, seq);
    return { ...rest, id: activityId(conversationId, seq) };
  }

  async after(conversationId: string, watermark: number): Promise<ActivitySet | undefined> {
    const replies = await this.run('after', () =>
      this.client.multi().hget(this.conversationKey(conversationId), 'seq').lrange(this.historyKey(conversationId), 0, -1).exec(),
    );
    const last = replies?.[0]?.[1];
    if (typeof last !== 'string') return undefined;
    const items = (replies?.[1]?.[1] ?? []) as string[];
    const first = Number(last) - items.length + 1;
    return {
      activities: items.map((item) => JSON.parse(item) as ChannelActivity).filter((_, i) => first + i > watermark),
      watermark: last,
    };
  }

  async listen(conversationId: string, listener: StreamListener): Promise<(() => void) | undefined> {
    if (!(await this.run('listen', () => this.client.exists(this.conversationKey(conversationId))))) return undefined;
    let listeners = this.listeners.get(conversationId);
    if (!listeners) {
      listeners = new Set();
      this.listeners.set(conversationId, listeners);
      this.subscriptions.set(
        conversationId,
        this.subscriber.subscribe(this.channel(conversationId)).catch(() => undefined),
      );
    }
    listeners.add(listener);
    await this.run('subscribe', async () => void (await this.subscriptions.get(conversationId)));
    const mine = listeners;
    return () => {
      mine.delete(listener);
      if (mine.size === 0 && this.listeners.get(conversationId) === mine) this.unsubscribe(conversationId);
    };
  }

  async eraseHistory(conversationId: string): Promise<void> {
    await this.run('erase', () => this.client.del(this.historyKey(conversationId)));
  }

  async sweep(): Promise<string[]> {
    const now = this.now();
    const due = await this.run('sweep', () => this.client.zrangebyscore(this.index, '-inf', String(now)));
    const gone: string[] = [];
    // Each removed by exactly one instance (and only if nobody touched it meanwhile): that one revokes its tokens.
    for (const id of due) if (await this.removeIf(id, String(now))) gone.push(id);
    return gone;
  }

  async remove(conversationId: string): Promise<void> {
    await this.removeIf(conversationId, '');
  }

  async close(): Promise<void> {
    for (const [id, listeners] of this.listeners) {
      for (const listener of listeners) listener.close();
      this.listeners.delete(id);
    }
    for (const waiting of this.echoes.values()) for (const { done } of waiting) done();
    this.echoes.clear();
    this.subscriber.disconnect();
  }

  private async removeIf(conversationId: string, deadlineAtMost: string): Promise<boolean> {
    const removed = await this.run('remove', () =>
      this.client.eval(
        REMOVE,
        3,
        this.conversationKey(conversationId),
        this.index,
        this.historyKey(conversationId),
        conversationId,
        this.prefix,
        this.channel(conversationId),
        deadlineAtMost,
      ),
    );
    // Closed here at once; the other instances close theirs on the published "close".
    if (removed === 1) this.closeLocal(conversationId);
    return removed === 1;
  }

  private script(what: string, script: string, conversationId: string, ...extra: Array<string | number>): Promise<unknown> {
    return this.run(what, () =>
      this.client.eval(
        script,
        3,
        this.conversationKey(conversationId),
        this.index,
        this.historyKey(conversationId),
        conversationId,
        this.now(),
        this.limits.idleMs,
        this.limits.unstartedIdleMs,
        this.prefix,
        ...extra,
      ),
    );
  }

  private run<T>(what: string, call: () => Promise<T>): Promise<T> {
    return this.guard(`directline ${what}`, call);
  }

  private onPublished(channel: string, text: string): void {
    const channelPrefix = `${this.prefix}ev:`;
    if (!channel.startsWith(channelPrefix)) return;
    const conversationId = channel.slice(channelPrefix.length);
    let published: Published;
    try {
      published = JSON.parse(text) as Published;
    } catch {
      return;
    }
    if (published.t === 'close') return this.closeLocal(conversationId);
    if (!published.a || published.w === undefined) return;
    const set: ActivitySet = { activities: [published.a], watermark: published.w };
    for (const listener of this.listeners.get(conversationId) ?? []) listener.send(set);
    const waiting = this.echoes.get(conversationId);
    if (!waiting) return;
    const seq = Number(published.w);
    const still = waiting.filter((w) => (w.seq <= seq ? (w.done(), false) : true));
    if (still.length) this.echoes.set(conversationId, still);
    else this.echoes.delete(conversationId);
  }

  private echo(conversationId: string, seq: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ECHO_WAIT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.echoes.set(conversationId, [...(this.echoes.get(conversationId) ?? []), { seq, done }]);
    });
  }

  private closeLocal(conversationId: string): void {
    const listeners = this.listeners.get(conversationId);
    if (!listeners) return;
    this.listeners.delete(conversationId);
    for (const listener of listeners) listener.close();
    this.unsubscribe(conversationId);
  }

  private unsubscribe(conversationId: string): void {
    this.listeners.delete(conversationId);
    this.subscriptions.delete(conversationId);
    void this.subscriber.unsubscribe(this.channel(conversationId)).catch(() => undefined);
  }

  private get index(): string {
    return `${this.prefix}index`;
  }

  private conversationKey(id: string): string {
    return `${this.prefix}c:${id}`;
  }

  private historyKey(id: string): string {
    return `${this.prefix}h:${id}`;
  }

  private ownerKey(owner: string): string {
    return `${this.prefix}o:${owner}`;
  }

  private channel(id: string): string {
    return `${this.prefix}ev:${id}`;
  }
}
