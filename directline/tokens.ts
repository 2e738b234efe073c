/**
 * Bearer tokens, stored server-side: a token is only a random key into the store, so it carries
 * nothing readable, can be revoked, and grants exactly one conversation as exactly one user.
 * Stream tickets are the short-lived, single-use `t=` of a WebSocket streamUrl, so the bearer
 * token itself never appears in a URL. In process here; redisTokens.ts shares them between instances.
 */
import { newToken } from './ids';

export interface Grant {
  conversationId: string;
  userId: string;
  expiresAt: number;
}

export interface IssuedToken {
  token: string;
  /** Seconds, as the Direct Line service reports it. */
  expiresIn: number;
}

export interface StreamTicket {
  conversationId: string;
  /** Activities after this watermark are replayed when the socket opens. */
  watermark: number;
  expiresAt: number;
}

/** What the service needs of its tokens (test/directline/tokensContract.ts states the behaviour). */
export interface DirectLineTokens {
  issue(conversationId: string, userId: string): Promise<IssuedToken>;
  /** The grant of a live token, or undefined for an unknown or expired one. */
  verify(token: string | undefined): Promise<Grant | undefined>;
  /** A new token for the same conversation and user; the old one still runs to its own expiry. */
  refresh(token: string | undefined): Promise<IssuedToken | undefined>;
  issueTicket(conversationId: string, watermark: number): Promise<string>;
  /** Single use: a leaked streamUrl is worthless once the socket has opened. */
  redeemTicket(ticket: string | undefined): Promise<StreamTicket | undefined>;
  revokeConversation(conversationId: string): Promise<void>;
  /** Forgets expired tokens and tickets (the shared store lets Redis expire them). */
  sweep(): Promise<void>;
}

export class TokenStore implements DirectLineTokens {
  private readonly grants = new Map<string, Grant>();
  private readonly tickets = new Map<string, StreamTicket>();

  constructor(
    private readonly tokenTtlMs: number,
    private readonly ticketTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async issue(conversationId: string, userId: string): Promise<IssuedToken> {
    const token = newToken();
    this.grants.set(token, { conversationId, userId, expiresAt: this.now() + this.tokenTtlMs });
    return { token, expiresIn: Math.round(this.tokenTtlMs / 1000) };
  }

  async verify(token: string | undefined): Promise<Grant | undefined> {
    if (!token) return undefined;
    const grant = this.grants.get(token);
    if (!grant) return undefined;
    if (grant.expiresAt <= this.now()) {
      this.grants.delete(token);
      return undefined;
    }
    return grant;
  }

  async refresh(token: string | undefined): Promise<IssuedToken | undefined> {
    const grant = await this.verify(token);
    return grant && this.issue(grant.conversationId, grant.userId);
  }

  async issueTicket(conversationId: string, watermark: number): Promise<string> {
    const ticket = newToken();
    this.tickets.set(ticket, { conversationId, watermark, expiresAt: this.now() + this.ticketTtlMs });
    return ticket;
  }

  async redeemTicket(ticket: string | undefined): Promise<StreamTicket | undefined> {
    if (!ticket) return undefined;
    const found = this.tickets.get(ticket);
    this.tickets.delete(ticket);
    return found && found.expiresAt > this.now() ? found : undefined;
  }

  async revokeConversation(conversationId: string): Promise<void> {
    for (const [token, grant] of this.grants) if (grant.conversationId === conversationId) this.grants.delete(token);
    for (const [ticket, found] of this.tickets) if (found.conversationId === conversationId) this.tickets.delete(ticket);
  }

  async sweep(): Promise<void> {
    const now = this.now();
    for (const [token, grant] of this.grants) if (grant.expiresAt <= now) this.grants.delete(token);
    for (const [ticket, found] of this.tickets) if (found.expiresAt <= now) this.tickets.delete(ticket);
  }

  get size(): number {
    return this.grants.size;
  }
}
