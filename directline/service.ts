/**
 * The local Direct Line 3.0 service, without HTTP: tokens, conversations, what clients post
 * (echoed to the history, then delivered to the bot) and what the bot sends back.
 * Every client call names a bearer token; a token reaches only its own conversation.
 */
import { botActivity, clientActivity, conversationUpdate, CHANNEL_ID, isLocale } from './activities';
import {
  ConversationRefused,
  InProcessConversationStore,
  type ActivitySet,
  type ChannelActivity,
  type Conversation,
  type DirectLineConversations,
  type StartProperties,
} from './conversations';
import { conversationKey } from '../core/conversationKey';
import { newUserId } from './ids';
import { TokenStore, type DirectLineTokens, type Grant } from './tokens';
import { newToken } from './ids';

export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'DirectLineError';
  }
}

export interface DirectLineOptions {
  /** Runs the bot's turn for an activity; its replies come back through `fromBot`. */
  deliver(activity: ChannelActivity): Promise<void>;
  /** This server's connector routes, where the bot sends its replies. */
  serviceUrl(): string;
  tokenTtlMs?: number;
  ticketTtlMs?: number;
  historyLimit?: number;
  idleMs?: number;
  maxConversations?: number;
  maxActivityBytes?: number;
  unstartedIdleMs?: number;
  reserve?: number;
  perAddress?: number;
  now?: () => number;
  /** Shared stores (several instances on Redis); default: in this process. */
  conversations?: DirectLineConversations;
  tokens?: DirectLineTokens;
  /** Told when storage failed and the degraded path ran (what, never any text). */
  onDegraded?: (what: string, error: unknown) => void;
}

/** What tokens/generate and conversations return (the service's field names). */
export interface ConversationGrant {
  conversationId: string;
  token: string;
  expires_in: number;
  userId: string;
}

export interface StartedConversation extends ConversationGrant {
  /** For the streamUrl's `t=`. */
  streamTicket: string;
}

export const DEFAULTS = {
  tokenTtlMs: 30 * 60_000,
  ticketTtlMs: 2 * 60_000,
  historyLimit: 200,
  idleMs: 60 * 60_000,
  /** A conversation that only ever had a token: a flood of tokens drains in minutes. */
  unstartedIdleMs: 5 * 60_000,
  maxConversations: 10_000,
  /** Kept for addresses that hold no conversation yet. */
  reserve: 1_000,
  /** Live conversations one address may hold (a household or an office behind one address fits well within it). */
  perAddress: 30,
  maxActivityBytes: 64 * 1024,
};

/** Only an org id shape is accepted from a page: it ends up in channelData.org. */
const ORG = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function startPropertiesFrom(body: unknown): StartProperties {
  const source = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return {
    locale: isLocale(source.locale) ? source.locale : undefined,
    org: typeof source.org === 'string' && ORG.test(source.org) ? source.org : undefined,
  };
}

/** A watermark from a query string: missing or empty is the beginning; anything else must be a count. */
export function parseWatermark(raw: unknown): number | undefined {
  if (raw === undefined || raw === null || raw === '') return 0;
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) return undefined;
  return Number(raw);
}

/** A bot's reply that could not be stored (storage unreachable), kept to append once it answers again. */
interface HeldReply {
  conversationId: string;
  activity: ChannelActivity;
  until: number;
}

/** Replies held while storage is unreachable: how many and for how long, at most. */
const HOLD_LIMIT = 1000;
const HOLD_MS = 5 * 60_000;

export class DirectLineService {
  readonly tokens: DirectLineTokens;
  readonly conversations: DirectLineConversations;
  private readonly now: () => number;
  private readonly maxActivityBytes: number;
  /** This process's open streams, by conversation: the fallback when storage cannot take a reply. */
  private readonly localStreams = new Map<string, Set<(activity: ChannelActivity) => void>>();
  private readonly held: HeldReply[] = [];
  private retrying?: NodeJS.Timeout;

  constructor(private readonly options: DirectLineOptions) {
    this.now = options.now ?? Date.now;
    this.tokens = options.tokens ?? new TokenStore(options.tokenTtlMs ?? DEFAULTS.tokenTtlMs, options.ticketTtlMs ?? DEFAULTS.ticketTtlMs, this.now);
    this.conversations =
      options.conversations ??
      new InProcessConversationStore(
        {
          historyLimit: options.historyLimit ?? DEFAULTS.historyLimit,
          idleMs: options.idleMs ?? DEFAULTS.idleMs,
          unstartedIdleMs: options.unstartedIdleMs ?? DEFAULTS.unstartedIdleMs,
          maxConversations: options.maxConversations ?? DEFAULTS.maxConversations,
          reserve: options.reserve ?? DEFAULTS.reserve,
          perOwner: options.perAddress ?? DEFAULTS.perAddress,
        },
        this.now,
      );
    this.maxActivityBytes = options.maxActivityBytes ?? DEFAULTS.maxActivityBytes;
  }

  /** tokens/generate: a new conversation, not started yet, and a token for it. `owner`: who asks (a hashed address), for the caps. */
  async generate(start: StartProperties = {}, owner?: string): Promise<ConversationGrant> {
    let conversation: Conversation;
    try {
      conversation = await this.conversations.create(newUserId(), start, owner);
    } catch (error) {
      if (!(error instanceof ConversationRefused)) throw this.unavailable('generate', error);
      if (error.reason === 'owner') throw new DirectLineError(429, 'too many conversations from this address, try again later');
      throw new DirectLineError(503, 'too many conversations, try again later');
    }
    const issued = await this.guarded('generate', () => this.tokens.issue(conversation.id, conversation.userId));
    return { conversationId: conversation.id, token: issued.token, expires_in: issued.expiresIn, userId: conversation.userId };
  }

  /** conversations: starts the token's conversation (or a new one without a token) and tells the bot once. */
  start(bearer: string | undefined, start: StartProperties = {}, owner?: string): Promise<StartedConversation> {
    return this.guarded('start', () => this.startNow(bearer, start, owner));
  }

  private async startNow(bearer: string | undefined, start: StartProperties, owner?: string): Promise<StartedConversation> {
    let grant: ConversationGrant;
    if (bearer === undefined) grant = await this.generate(start, owner);
    else {
      const found = await this.authorize(bearer, undefined);
      grant = this.describe(bearer, found);
    }
    await this.ensureStarted(await this.existing(grant.conversationId));
    return { ...grant, streamTicket: await this.tokens.issueTicket(grant.conversationId, 0) };
  }

  refresh(bearer: string | undefined): Promise<ConversationGrant> {
    return this.guarded('refresh', async () => {
      const grant = await this.authorize(bearer, undefined);
      const issued = await this.tokens.issue(grant.conversationId, grant.userId);
      return { conversationId: grant.conversationId, token: issued.token, expires_in: issued.expiresIn, userId: grant.userId };
    });
  }

  /**
   * GET conversations/:id: a fresh stream ticket that replays from the watermark. Also how a client
   * given the conversationId up front (Web Chat with `conversationId`) connects the first time, so it
   * starts the conversation too.
   */
  reconnect(bearer: string | undefined, conversationId: string, watermark: number): Promise<StartedConversation> {
    return this.guarded('reconnect', async () => {
      const grant = await this.authorize(bearer, conversationId);
      await this.conversations.touch(conversationId);
      await this.ensureStarted(await this.existing(conversationId));
      return { ...this.describe(bearer!, grant), streamTicket: await this.tokens.issueTicket(conversationId, watermark) };
    });
  }

  /**
   * A client's activity: checked, stamped, echoed into the history, then delivered to the bot.
   * With storage unreachable it still reaches the bot (the risk check and the fail-safe need nothing
   * stored): the token is verified without storage, and the activity goes on unstored.
   */
  async post(bearer: string | undefined, conversationId: string, body: unknown): Promise<{ id: string }> {
    const grant = await this.grantFor(bearer);
    if (grant.conversationId !== conversationId) throw new DirectLineError(403, 'the token is not for this conversation');
    let conversation: Conversation | undefined;
    let reachable = true;
    try {
      conversation = await this.conversations.get(conversationId);
    } catch (error) {
      reachable = false;
      this.options.onDegraded?.('post', error);
    }
    if (reachable && !conversation) throw new DirectLineError(403, 'the token is missing, unknown or expired');
    const start = conversation?.start ?? {};
    const checked = clientActivity(body, {
      conversationId,
      userId: grant.userId,
      serviceUrl: this.options.serviceUrl(),
      maxBytes: this.maxActivityBytes,
      defaultLocale: start.locale,
      now: new Date(this.now()),
    });
    if (checked.problem !== undefined) throw new DirectLineError(400, checked.problem);
    // The serviceUrl (this process's connector, with its secret) goes to the bot only, never into what clients are sent.
    const { serviceUrl, ...activity } = checked.activity;
    if (start.org) {
      const channelData = (activity.channelData ?? {}) as Record<string, unknown>;
      activity.channelData = { org: start.org, ...channelData };
    }
    let stored: ChannelActivity = { ...activity, id: `${conversationId}|u${newToken().slice(0, 12)}` };
    if (reachable) {
      try {
        stored = (await this.conversations.append(conversationId, activity)) ?? stored;
      } catch (error) {
        this.options.onDegraded?.('post', error);
      }
    }
    try {
      await this.options.deliver({ ...stored, serviceUrl });
    } catch {
      throw new DirectLineError(502, 'the bot could not handle this activity');
    }
    return { id: stored.id! };
  }

  activities(bearer: string | undefined, conversationId: string, watermark: number): Promise<ActivitySet> {
    return this.guarded('activities', async () => {
      await this.authorize(bearer, conversationId);
      await this.conversations.touch(conversationId);
      const page = await this.conversations.after(conversationId, watermark);
      if (!page) throw new DirectLineError(403, 'the token is missing, unknown or expired');
      return page;
    });
  }

  /**
   * The bot's side (connector): appended in the order received, pushed to the conversation's streams.
   * With storage unreachable the reply still goes to a stream this process holds; without one it is
   * held and appended (and so pushed to every stream) once storage answers again.
   */
  async fromBot(conversationId: string, body: unknown): Promise<{ id: string }> {
    const checked = botActivity(body, conversationId, new Date(this.now()));
    if (checked.problem !== undefined) throw new DirectLineError(400, checked.problem);
    // The serviceUrl (this process's connector, with its secret) goes to the bot only, never into what clients are sent.
    const { serviceUrl, ...activity } = checked.activity;
    try {
      if (!(await this.conversations.get(conversationId))) throw new DirectLineError(404, 'no such conversation');
      // A reply to something the client never saw (the conversationUpdate) would make Web Chat wait for it.
      if (activity.replyToId && !(await this.conversations.hasActivity(conversationId, activity.replyToId))) delete activity.replyToId;
      const stored = await this.conversations.append(conversationId, activity);
      if (!stored) throw new DirectLineError(404, 'no such conversation');
      return { id: stored.id! };
    } catch (error) {
      if (error instanceof DirectLineError) throw error;
      this.options.onDegraded?.('reply', error);
      delete activity.replyToId;
      return { id: this.deliverWithoutStorage(conversationId, activity) };
    }
  }

  members(conversationId: string): Promise<Array<{ id: string; name: string; role: string }>> {
    return this.guarded('members', async () => {
      const conversation = await this.conversations.get(conversationId);
      if (!conversation) throw new DirectLineError(404, 'no such conversation');
      return [
        { id: 'bot', name: 'Bot', role: 'bot' },
        { id: conversation.userId, name: '', role: 'user' },
      ];
    });
  }

  /** A stream this process holds, for replies that storage cannot take. Returns the unregister function. */
  holdStream(conversationId: string, push: (activity: ChannelActivity) => void): () => void {
    let streams = this.localStreams.get(conversationId);
    if (!streams) this.localStreams.set(conversationId, (streams = new Set()));
    streams.add(push);
    return () => {
      streams.delete(push);
      if (!streams.size) this.localStreams.delete(conversationId);
    };
  }

  /** "Delete my data" for the Direct Line history (registered with the erasure service). */
  async eraseByKey(key: string): Promise<void> {
    for (const id of await this.conversations.ids()) if (conversationKey(CHANNEL_ID, id) === key) await this.conversations.eraseHistory(id);
    for (let i = this.held.length - 1; i >= 0; i--) if (conversationKey(CHANNEL_ID, this.held[i].conversationId) === key) this.held.splice(i, 1);
  }

  async sweep(): Promise<void> {
    for (const id of await this.conversations.sweep()) await this.tokens.revokeConversation(id);
    await this.tokens.sweep();
  }

  async close(): Promise<void> {
    clearTimeout(this.retrying);
    this.localStreams.clear();
    await this.conversations.close();
  }

  /** Replies held while storage was unreachable. */
  get heldReplies(): number {
    return this.held.length;
  }

  private deliverWithoutStorage(conversationId: string, activity: ChannelActivity): string {
    const id = `${conversationId}|b${newToken().slice(0, 12)}`;
    const streams = this.localStreams.get(conversationId);
    if (streams?.size) {
      for (const push of streams) push({ ...activity, id });
      return id;
    }
    if (this.held.length < HOLD_LIMIT) this.held.push({ conversationId, activity, until: this.now() + HOLD_MS });
    this.scheduleRetry();
    return id;
  }

  private scheduleRetry(): void {
    if (this.retrying) return;
    this.retrying = setTimeout(() => {
      this.retrying = undefined;
      void this.appendHeld();
    }, 500);
    this.retrying.unref();
  }

  /** In order, one at a time: stops at the first failure and tries again later; drops what waited too long. */
  private async appendHeld(): Promise<void> {
    while (this.held.length) {
      const next = this.held[0];
      if (next.until <= this.now()) {
        this.held.shift();
        continue;
      }
      try {
        await this.conversations.append(next.conversationId, next.activity);
        this.held.shift();
      } catch {
        this.scheduleRetry();
        return;
      }
    }
  }

  /** Tells the bot once that the user joined (as the service does when a client first connects), so it welcomes. */
  private async ensureStarted(conversation: Conversation): Promise<void> {
    if (conversation.started || !(await this.conversations.markStarted(conversation.id))) return;
    const { locale, org } = conversation.start;
    const update = conversationUpdate(conversation.id, conversation.userId, this.options.serviceUrl(), new Date(this.now()), locale, org);
    // The conversation still starts if the welcome fails; the bot also welcomes on the first message.
    await this.options.deliver(update).catch(() => undefined);
  }

  private async grantFor(bearer: string | undefined): Promise<Grant> {
    const grant = await this.tokens.verify(bearer).catch((error: unknown) => {
      throw this.unavailable('token', error);
    });
    if (!grant) throw new DirectLineError(403, 'the token is missing, unknown or expired');
    return grant;
  }

  /** A live token for this conversation (any, when undefined) whose conversation still exists: a token dies with its conversation. */
  private async authorize(bearer: string | undefined, conversationId: string | undefined): Promise<Grant> {
    const grant = await this.grantFor(bearer);
    if (conversationId !== undefined && grant.conversationId !== conversationId) throw new DirectLineError(403, 'the token is not for this conversation');
    if (!(await this.conversations.get(grant.conversationId))) throw new DirectLineError(403, 'the token is missing, unknown or expired');
    return grant;
  }

  private async existing(conversationId: string): Promise<Conversation> {
    const conversation = await this.conversations.get(conversationId);
    if (!conversation) throw new DirectLineError(404, 'the conversation has ended');
    return conversation;
  }

  /** Storage failing (unreachable, past its budget) is a 503 the client retries, never a 500 with internal text. */
  private async guarded<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DirectLineError) throw error;
      throw this.unavailable(what, error);
    }
  }

  private unavailable(what: string, error: unknown): DirectLineError {
    this.options.onDegraded?.(what, error);
    return new DirectLineError(503, 'the service is busy, try again shortly');
  }

  private describe(token: string, grant: Grant): ConversationGrant {
    return {
      conversationId: grant.conversationId,
      token,
      expires_in: Math.max(0, Math.round((grant.expiresAt - this.now()) / 1000)),
      userId: grant.userId,
    };
  }
}
