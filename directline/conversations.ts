/**
 * Conversations of the local Direct Line endpoint, in memory: a bounded history per
 * conversation, numbered so a client can page with a watermark, and listeners (WebSockets)
 * that get each new activity as it is appended. Idle conversations are swept away.
 */
import type { Activity } from 'botbuilder';
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

interface Stored {
  conversation: Conversation;
  history: Array<{ seq: number; activity: ChannelActivity }>;
  lastSeq: number;
  listeners: Set<StreamListener>;
}

export interface ConversationLimits {
  historyLimit: number;
  idleMs: number;
  maxConversations: number;
}

/**
 * What the Direct Line service needs of its conversations (test/directline/conversationsContract.ts
 * states the behaviour). In process below; a shared implementation (Redis) can take its place.
 */
export interface DirectLineConversations {
  /** No new conversation may start: the limit is reached. */
  readonly full: boolean;
  create(userId: string, start?: StartProperties): Conversation;
  ids(): string[];
  get(conversationId: string): Conversation | undefined;
  /** Marks the conversation active now (a client read or reconnected). */
  touch(conversationId: string): void;
  hasActivity(conversationId: string, activityId: string): boolean;
  /** Numbers, stores and pushes the activity to listeners; undefined when the conversation is gone. */
  append(conversationId: string, activity: ChannelActivity): ChannelActivity | undefined;
  after(conversationId: string, watermark: number): ActivitySet | undefined;
  listen(conversationId: string, listener: StreamListener): (() => void) | undefined;
  eraseHistory(conversationId: string): void;
  /** Removes conversations idle for the limit or longer, closing their streams; returns their ids. */
  sweep(): string[];
  remove(conversationId: string): void;
  clear(): void;
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

  get full(): boolean {
    return this.stored.size >= this.limits.maxConversations;
  }

  create(userId: string, start: StartProperties = {}): Conversation {
    const conversation: Conversation = { id: newConversationId(), userId, start, started: false, lastActiveAt: this.now() };
    this.stored.set(conversation.id, { conversation, history: [], lastSeq: 0, listeners: new Set() });
    return conversation;
  }

  ids(): string[] {
    return [...this.stored.keys()];
  }

  get(conversationId: string): Conversation | undefined {
    return this.stored.get(conversationId)?.conversation;
  }

  touch(conversationId: string): void {
    const found = this.stored.get(conversationId);
    if (found) found.conversation.lastActiveAt = this.now();
  }

  hasActivity(conversationId: string, activityId: string): boolean {
    return this.stored.get(conversationId)?.history.some((h) => h.activity.id === activityId) ?? false;
  }

  /** Numbers and stores the activity (id `<conversation>|<seq>`, as the service does), then pushes it to every listener. */
  append(conversationId: string, activity: ChannelActivity): ChannelActivity | undefined {
    const found = this.stored.get(conversationId);
    if (!found) return undefined;
    const seq = ++found.lastSeq;
    const stamped = { ...activity, id: `${conversationId}|${String(seq).padStart(7, '0')}` };
    found.history.push({ seq, activity: stamped });
    if (found.history.length > this.limits.historyLimit) found.history.splice(0, found.history.length - this.limits.historyLimit);
    found.conversation.lastActiveAt = this.now();
    const set: ActivitySet = { activities: [stamped], watermark: String(seq) };
    for (const listener of found.listeners) listener.send(set);
    return stamped;
  }

  /** Activities after the watermark (what the client has not seen yet), oldest first. */
  after(conversationId: string, watermark: number): ActivitySet | undefined {
    const found = this.stored.get(conversationId);
    if (!found) return undefined;
    return {
      activities: found.history.filter((h) => h.seq > watermark).map((h) => h.activity),
      watermark: String(found.lastSeq),
    };
  }

  /** Returns the unsubscribe function, or undefined when the conversation is gone. */
  listen(conversationId: string, listener: StreamListener): (() => void) | undefined {
    const found = this.stored.get(conversationId);
    if (!found) return undefined;
    found.listeners.add(listener);
    return () => found.listeners.delete(listener);
  }

  /** "Delete my data": the history goes, the numbering and the open streams stay (the bot's confirmation still arrives). */
  eraseHistory(conversationId: string): void {
    const found = this.stored.get(conversationId);
    if (found) found.history = [];
  }

  /** Removes conversations idle for the limit or longer, closing their streams; returns their ids. */
  sweep(): string[] {
    const cutoff = this.now() - this.limits.idleMs;
    const gone: string[] = [];
    for (const [id, found] of this.stored) {
      if (found.conversation.lastActiveAt > cutoff) continue;
      this.remove(id);
      gone.push(id);
    }
    return gone;
  }

  remove(conversationId: string): void {
    const found = this.stored.get(conversationId);
    if (!found) return;
    this.stored.delete(conversationId);
    for (const listener of found.listeners) listener.close();
  }

  /** Closes every stream and forgets everything (server stop). */
  clear(): void {
    for (const id of [...this.stored.keys()]) this.remove(id);
  }
}
