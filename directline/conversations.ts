/**
 * Conversations of the local Direct Line endpoint: a bounded history per conversation, numbered
 * so a client can page with a watermark, and listeners (WebSockets) that get each new activity as
 * it is appended. Idle conversations are swept away; a conversation that only ever had a token
 * (never started) goes sooner. New conversations are admitted under the caps of admission.ts.
 * The interface is asynchronous so a shared store (redisConversations.ts) can take this one's place.
 */
import type { Activity } from 'botbuilder';
import { admit, type OwnerCount } from './admission';
import { newConversationId } from './ids';

export type ChannelActivity = Partial<Activity>;

/** What the Direct Line service sends: a page of activities and the watermark after them. */
export interface ActivitySet {
  activities: ChannelActivity[];
  watermark: string;
}

export interface StreamListener {
  send(set: ActivitySet): void;
  close(): void;
  /** The shared store's live feed was interrupted (Redis reconnected): read what may have been missed. */
  resync?(): void;
}

/** Chosen by the page when it asks for a token: the bot's welcome uses them before any message. */
export interface StartProperties {
  locale?: string;
  org?: string;
}

export interface Conversation {
  readonly id: string;
  readonly userId: string;
  readonly start: StartProperties;
  /** The bot has been told the user joined (conversationUpdate). */
  started: boolean;
  lastActiveAt: number;
}

export interface ConversationLimits {
  historyLimit: number;
  /** A started conversation idle this long is removed. */
  idleMs: number;
  /** A conversation that only ever had a token (never started) is removed after this, so a flood of tokens drains in minutes. */
  unstartedIdleMs: number;
  maxConversations: number;
  /** The last this-many places are kept for people who hold no conversation yet. */
  reserve: number;
  /** Live conversations one client address may hold; 0: no limit. */
  perOwner: number;
}

/** A new conversation was refused: `full` (503), or this address holds too many (`owner`, 429) or is refused the reserve (`reserve`, 503). */
export class ConversationRefused extends Error {
  constructor(readonly reason: 'full' | 'owner' | 'reserve') {
    super(`no new conversation: ${reason}`);
    this.name = 'ConversationRefused';
  }
}

/**
 * What the Direct Line service needs of its conversations (test/directline/conversationsContract.ts
 * states the behaviour), in process or shared by several instances.
 */
export interface DirectLineConversations {
  /** Throws ConversationRefused past the caps. `owner` is who asks (a hashed client address), for the per-address cap. */
  create(userId: string, start?: StartProperties, owner?: string): Promise<Conversation>;
  ids(): Promise<string[]>;
  get(conversationId: string): Promise<Conversation | undefined>;
  /** Marks the conversation started; true only for the one call that did (the bot is told once, whichever instance asks). */
  markStarted(conversationId: string): Promise<boolean>;
  /** Marks the conversation active now (a client read or reconnected). */
  touch(conversationId: string): Promise<void>;
  hasActivity(conversationId: string, activityId: string): Promise<boolean>;
  /** Numbers, stores and pushes the activity to listeners; undefined when the conversation is gone. */
  append(conversationId: string, activity: ChannelActivity): Promise<ChannelActivity | undefined>;
  after(conversationId: string, watermark: number): Promise<ActivitySet | undefined>;
  /** Resolves once the listener will get every activity appended from then on; undefined when the conversation is gone. */
  listen(conversationId: string, listener: StreamListener): Promise<(() => void) | undefined>;
  eraseHistory(conversationId: string): Promise<void>;
  /** Removes conversations idle for their limit or longer, closing their streams; returns their ids. */
  sweep(): Promise<string[]>;
  remove(conversationId: string): Promise<void>;
  /** Closes every stream this process holds (server stop). The shared store keeps its conversations for the other instances. */
  close(): Promise<void>;
}

interface Stored {
  conversation: Conversation;
  owner?: string;
  history: Array<{ seq: number; activity: ChannelActivity }>;
  lastSeq: number;
  listeners: Set<StreamListener>;
}

/** The id the service gives an activity: `<conversation>|<7-digit number>`. */
export const activityId = (conversationId: string, seq: number): string => `${conversationId}|${String(seq).padStart(7, '0')}`;

/** The number in an activity id of this conversation, or undefined. */
export function seqOf(conversationId: string, id: string): number | undefined {
  const prefix = `${conversationId}|`;
  if (!id.startsWith(prefix) || !/^\d{7,}$/.test(id.slice(prefix.length))) return undefined;
  return Number(id.slice(prefix.length));
}

export class InProcessConversationStore implements DirectLineConversations {
  private readonly stored = new Map<string, Stored>();

  constructor(
    private readonly limits: ConversationLimits,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.stored.size;
  }

  async create(userId: string, start: StartProperties = {}, owner?: string): Promise<Conversation> {
    const refused = admit(this.limits, this.counts(owner));
    if (refused) throw new ConversationRefused(refused);
    const conversation: Conversation = { id: newConversationId(), userId, start, started: false, lastActiveAt: this.now() };
    this.stored.set(conversation.id, { conversation, owner, history: [], lastSeq: 0, listeners: new Set() });
    return { ...conversation };
  }

  async ids(): Promise<string[]> {
    return [...this.stored.keys()];
  }

  async get(conversationId: string): Promise<Conversation | undefined> {
    const found = this.stored.get(conversationId)?.conversation;
    return found && { ...found };
  }

  async markStarted(conversationId: string): Promise<boolean> {
    const found = this.stored.get(conversationId);
    if (!found || found.conversation.started) return false;
    found.conversation.started = true;
    found.conversation.lastActiveAt = this.now();
    return true;
  }

  async touch(conversationId: string): Promise<void> {
    const found = this.stored.get(conversationId);
    if (found) found.conversation.lastActiveAt = this.now();
  }

  async hasActivity(conversationId: string, id: string): Promise<boolean> {
    return this.stored.get(conversationId)?.history.some((h) => h.activity.id === id) ?? false;
  }

  /** Numbers and stores the activity (id `<conversation>|<seq>`, as the service does), then pushes it to every listener. */
  async append(conversationId: string, activity: ChannelActivity): Promise<ChannelActivity | undefined> {
    const found = this.stored.get(conversationId);
    if (!found) return undefined;
    const seq = ++found.lastSeq;
    const stamped = { ...activity, id: activityId(conversationId, seq) };
    found.history.push({ seq, activity: stamped });
    if (found.history.length > this.limits.historyLimit) found.history.splice(0, found.history.length - this.limits.historyLimit);
    found.conversation.lastActiveAt = this.now();
    const set: ActivitySet = { activities: [stamped], watermark: String(seq) };
    for (const listener of found.listeners) listener.send(set);
    return stamped;
  }

  /** Activities after the watermark (what the client has not seen yet), oldest first. */
  async after(conversationId: string, watermark: number): Promise<ActivitySet | undefined> {
    const found = this.stored.get(conversationId);
    if (!found) return undefined;
    return {
      activities: found.history.filter((h) => h.seq > watermark).map((h) => h.activity),
      watermark: String(found.lastSeq),
    };
  }

  async listen(conversationId: string, listener: StreamListener): Promise<(() => void) | undefined> {
    const found = this.stored.get(conversationId);
    if (!found) return undefined;
    found.listeners.add(listener);
    return () => void found.listeners.delete(listener);
  }

  /** "Delete my data": the history goes, the numbering and the open streams stay (the bot's confirmation still arrives). */
  async eraseHistory(conversationId: string): Promise<void> {
    const found = this.stored.get(conversationId);
    if (found) found.history = [];
  }

  async sweep(): Promise<string[]> {
    const now = this.now();
    const gone: string[] = [];
    for (const [id, found] of this.stored) {
      if (this.deadline(found) > now) continue;
      await this.remove(id);
      gone.push(id);
    }
    return gone;
  }

  async remove(conversationId: string): Promise<void> {
    const found = this.stored.get(conversationId);
    if (!found) return;
    this.stored.delete(conversationId);
    for (const listener of found.listeners) listener.close();
  }

  /** One process is the whole store: stopping it ends every conversation. */
  async close(): Promise<void> {
    for (const id of [...this.stored.keys()]) await this.remove(id);
  }

  private deadline(found: Stored): number {
    // Token-only: never started and nothing said.
    const used = found.conversation.started || found.lastSeq > 0;
    return found.conversation.lastActiveAt + (used ? this.limits.idleMs : this.limits.unstartedIdleMs);
  }

  private counts(owner: string | undefined): OwnerCount {
    const now = this.now();
    let live = 0;
    let mine = 0;
    for (const found of this.stored.values()) {
      if (this.deadline(found) <= now) continue;
      live++;
      if (owner !== undefined && found.owner === owner) mine++;
    }
    return { live, mine };
  }
}
