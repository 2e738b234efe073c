/**
 * Direct Line tokens shared by every instance on Redis. A token is signed, not stored:
 * `<payload>.<HMAC-SHA256>` where the payload is the conversation id, the generated user id and
 * the expiry (no personal text). Any instance verifies it without a Redis call, so with Redis
 * down a person's message is still accepted and reaches the bot's risk check and fail-safe.
 * The signing key is made once per deployment and kept in Redis (SET NX: whichever instance
 * comes first makes it, every instance loads the same one), so no extra secret has to be
 * configured. A token dies with its conversation: the service refuses the token of a
 * conversation that is gone (swept or ended), which is the revocation. Stream tickets need
 * Redis: single use across instances (GETDEL).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import { newToken } from './ids';
import type { Guard } from './redisConversations';
import type { DirectLineTokens, Grant, IssuedToken, StreamTicket } from './tokens';

export interface RedisTokensOptions {
  client: Redis;
  tokenTtlMs: number;
  ticketTtlMs: number;
  now?: () => number;
  prefix?: string;
  guard?: Guard;
}

interface Payload {
  c: string;
  u: string;
  e: number;
}

export class RedisTokenStore implements DirectLineTokens {
  private readonly client: Redis;
  private readonly now: () => number;
  private readonly prefix: string;
  private readonly guard: Guard;
  private key?: Buffer;

  constructor(private readonly options: RedisTokensOptions) {
    this.client = options.client;
    this.now = options.now ?? Date.now;
    this.prefix = options.prefix ?? 'carers-bot:dl:';
    this.guard = options.guard ?? ((_what, call) => call());
  }

  /** The deployment's signing key: made by the first instance, loaded by every other (once; kept in memory). */
  async signingKey(): Promise<Buffer> {
    if (this.key) return this.key;
    const name = `${this.prefix}signing-key`;
    const stored = await this.run('key', async () => {
      await this.client.set(name, randomBytes(32).toString('base64url'), 'NX');
      return this.client.get(name);
    });
    if (!stored) throw new Error('the Direct Line signing key is missing');
    this.key = Buffer.from(stored, 'base64url');
    return this.key;
  }

  async issue(conversationId: string, userId: string): Promise<IssuedToken> {
    const ttl = this.options.tokenTtlMs;
    const payload = Buffer.from(JSON.stringify({ c: conversationId, u: userId, e: this.now() + ttl } satisfies Payload)).toString('base64url');
    return { token: `${payload}.${this.sign(await this.signingKey(), payload)}`, expiresIn: Math.round(ttl / 1000) };
  }

  async verify(token: string | undefined): Promise<Grant | undefined> {
    if (!token) return undefined;
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return undefined;
    // Loaded at start and kept: only an instance that never reached Redis has no key (and then refuses).
    const key = await this.signingKey().catch(() => undefined);
    if (!key) return undefined;
    const expected = Buffer.from(this.sign(key, payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    let parsed: Payload;
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Payload;
    } catch {
      return undefined;
    }
    if (typeof parsed.c !== 'string' || typeof parsed.u !== 'string' || typeof parsed.e !== 'number') return undefined;
    return parsed.e > this.now() ? { conversationId: parsed.c, userId: parsed.u, expiresAt: parsed.e } : undefined;
  }

  async refresh(token: string | undefined): Promise<IssuedToken | undefined> {
    const grant = await this.verify(token);
    return grant && this.issue(grant.conversationId, grant.userId);
  }

  async issueTicket(conversationId: string, watermark: number): Promise<string> {
    const ticket = newToken();
    const ttl = this.options.ticketTtlMs;
    const found: StreamTicket = { conversationId, watermark, expiresAt: this.now() + ttl };
    await this.run('ticket', () => this.client.set(this.ticketKey(ticket), JSON.stringify(found), 'PX', ttl));
    return ticket;
  }

  async redeemTicket(ticket: string | undefined): Promise<StreamTicket | undefined> {
    if (!ticket) return undefined;
    const stored = await this.run('redeem', () => this.client.getdel(this.ticketKey(ticket)));
    if (!stored) return undefined;
    const found = JSON.parse(stored) as StreamTicket;
    return found.expiresAt > this.now() ? found : undefined;
  }

  /** Nothing to do: the service refuses a token whose conversation is gone. */
  async revokeConversation(): Promise<void> {}

  /** Tokens are not stored; Redis expires the tickets. */
  async sweep(): Promise<void> {}

  private sign(key: Buffer, payload: string): string {
    return createHmac('sha256', key).update(payload).digest('base64url');
  }

  private run<T>(what: string, call: () => Promise<T>): Promise<T> {
    return this.guard(`directline tokens ${what}`, call);
  }

  private ticketKey(ticket: string): string {
    return `${this.prefix}k:${createHmac('sha256', 'ticket').update(ticket).digest('base64url')}`;
  }
}
