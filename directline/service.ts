/**
 * The local Direct Line 3.0 service, without HTTP: tokens, conversations, what clients post
 * (echoed to the history, then delivered to the bot) and what the bot sends back.
 * Every client call names a bearer token; a token reaches only its own conversation.
 */
import { botActivity, clientActivity, conversationUpdate, CHANNEL_ID, isLocale } from './activities';
import {
  InProcessConversationStore,
  type ActivitySet,
  type ChannelActivity,
  type Conversation,
  type DirectLineConversations,
  type StartProperties,
} from './conversations';
import { conversationKey } from '../core/conversationKey';
import { newUserId } from './ids';
import { TokenStore, type Grant } from './tokens';

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
  now?: () => number;
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
  maxConversations: 10_000,
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

export class DirectLineService {
  readonly tokens: TokenStore;
  readonly conversations: DirectLineConversations;
  private readonly now: () => number;
  private readonly maxActivityBytes: number;

  constructor(private readonly options: DirectLineOptions) {
    this.now = options.now ?? Date.now;
    this.tokens = new TokenStore(options.tokenTtlMs ?? DEFAULTS.tokenTtlMs, options.ticketTtlMs ?? DEFAULTS.ticketTtlMs, this.now);
    this.conversations = new InProcessConversationStore(
      {
        historyLimit: options.historyLimit ?? DEFAULTS.historyLimit,
        idleMs: options.idleMs ?? DEFAULTS.idleMs,
        maxConversations: options.maxConversations ?? DEFAULTS.maxConversations,
      },
      this.now,
    );
    this.maxActivityBytes = options.maxActivityBytes ?? DEFAULTS.maxActivityBytes;
  }

  /** tokens/generate: a new conversation, not started yet, and a token for it. */
  generate(start: StartProperties = {}): ConversationGrant {
    if (this.conversations.full) throw new DirectLineError(503, 'too many conversations, try again later');
    const conversation = this.conversations.create(newUserId(), start);
    const issued = this.tokens.issue(conversation.id, conversation.userId);
    return { conversationId: conversation.id, token: issued.token, expires_in: issued.expiresIn, userId: conversation.userId };
  }

  /** conversations: starts the token's conversation (or a new one without a token) and tells the bot once. */
  async start(bearer: string | undefined, start: StartProperties = {}): Promise<StartedConversation> {
    let grant: ConversationGrant;
    if (bearer === undefined) grant = this.generate(start);
    else {
      const found = this.grantFor(bearer);
      grant = this.describe(bearer, found);
    }
    await this.ensureStarted(this.existing(grant.conversationId));
    return { ...grant, streamTicket: this.tokens.issueTicket(grant.conversationId, 0) };
  }

  refresh(bearer: string | undefined): ConversationGrant {
    const grant = this.grantFor(bearer);
    const issued = this.tokens.refresh(bearer)!;
    return { conversationId: grant.conversationId, token: issued.token, expires_in: issued.expiresIn, userId: grant.userId };
  }

  /**
   * GET conversations/:id: a fresh stream ticket that replays from the watermark. Also how a client
   * given the conversationId up front (Web Chat with `conversationId`) connects the first time, so it
   * starts the conversation too.
   */
  async reconnect(bearer: string | undefined, conversationId: string, watermark: number): Promise<StartedConversation> {
    const grant = this.authorize(bearer, conversationId);
    this.conversations.touch(conversationId);
    await this.ensureStarted(this.existing(conversationId));
    return { ...this.describe(bearer!, grant), streamTicket: this.tokens.issueTicket(conversationId, watermark) };
  }

  /** A client's activity: checked, stamped, echoed into the history, then delivered to the bot. */
  async post(bearer: string | undefined, conversationId: string, body: unknown): Promise<{ id: string }> {
    const grant = this.authorize(bearer, conversationId);
    const conversation = this.existing(conversationId);
    const checked = clientActivity(body, {
      conversationId,
      userId: grant.userId,
      serviceUrl: this.options.serviceUrl(),
      maxBytes: this.maxActivityBytes,
      defaultLocale: conversation.start.locale,
      now: new Date(this.now()),
    });
    if (checked.problem !== undefined) throw new DirectLineError(400, checked.problem);
    const activity = checked.activity;
    if (conversation.start.org) {
      const channelData = (activity.channelData ?? {}) as Record<string, unknown>;
      activity.channelData = { org: conversation.start.org, ...channelData };
    }
    const stored = this.conversations.append(conversationId, activity)!;
    try {
      await this.options.deliver(stored);
    } catch {
      throw new DirectLineError(502, 'the bot could not handle this activity');
    }
    return { id: stored.id! };
  }

  activities(bearer: string | undefined, conversationId: string, watermark: number): ActivitySet {
    this.authorize(bearer, conversationId);
    this.conversations.touch(conversationId);
    return this.conversations.after(conversationId, watermark)!;
  }

  /** The bot's side (connector): appended in the order received, pushed to the conversation's streams. */
  fromBot(conversationId: string, body: unknown): { id: string } {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new DirectLineError(404, 'no such conversation');
    const checked = botActivity(body, conversationId, new Date(this.now()));
    if (checked.problem !== undefined) throw new DirectLineError(400, checked.problem);
    const activity = checked.activity;
    // A reply to something the client never saw (the conversationUpdate) would make Web Chat wait for it.
    if (activity.replyToId && !this.conversations.hasActivity(conversationId, activity.replyToId)) delete activity.replyToId;
    return { id: this.conversations.append(conversationId, activity)!.id! };
  }

  members(conversationId: string): Array<{ id: string; name: string; role: string }> {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new DirectLineError(404, 'no such conversation');
    return [
      { id: 'bot', name: 'Bot', role: 'bot' },
      { id: conversation.userId, name: '', role: 'user' },
    ];
  }

  /** "Delete my data" for the Direct Line history (registered with the erasure service). */
  eraseByKey(key: string): void {
    for (const id of this.conversations.ids()) if (conversationKey(CHANNEL_ID, id) === key) this.conversations.eraseHistory(id);
  }

  sweep(): void {
    for (const id of this.conversations.sweep()) this.tokens.revokeConversation(id);
    this.tokens.sweep();
  }

  close(): void {
    this.conversations.clear();
  }

  /** Tells the bot once that the user joined (as the service does when a client first connects), so it welcomes. */
  private async ensureStarted(conversation: Conversation): Promise<void> {
    if (conversation.started) return;
    conversation.started = true;
    const { locale, org } = conversation.start;
    const update = conversationUpdate(conversation.id, conversation.userId, this.options.serviceUrl(), new Date(this.now()), locale, org);
    // The conversation still starts if the welcome fails; the bot also welcomes on the first message.
    await this.options.deliver(update).catch(() => undefined);
  }

  private grantFor(bearer: string | undefined): Grant {
    const grant = this.tokens.verify(bearer);
    if (!grant) throw new DirectLineError(403, 'the token is missing, unknown or expired');
    return grant;
  }

  private authorize(bearer: string | undefined, conversationId: string): Grant {
    const grant = this.grantFor(bearer);
    if (grant.conversationId !== conversationId) throw new DirectLineError(403, 'the token is not for this conversation');
    this.existing(conversationId);
    return grant;
  }

  private existing(conversationId: string): Conversation {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new DirectLineError(404, 'the conversation has ended');
    return conversation;
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
