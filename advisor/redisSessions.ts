/**
 * Console sessions shared by every instance, on Redis, so a console load-balanced across them
 * stays signed in: one hash per session (its account fields, CSRF token, last use) and a set of
 * the conversations it holds, both under the SHA-256 of the session id (the cookie itself is
 * never a key name), expiring a little after the idle time. Ending is one DEL: of several
 * instances seeing an idle session, exactly one reports its end (and signs the advisor off).
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { AdvisorIdentity } from '../handoff/advisorDesk';
import type { Role } from './accounts';
import { randomToken, type AdvisorSessions, type Session, type SessionEnded } from './sessions';

/** Redis's own expiry comes after the idle check by the caller's clock, never before it. */
const EXPIRY_MARGIN_MS = 60_000;

type Fields = Omit<Session, 'held' | 'lastSeen'>;

export class RedisAdvisorSessions implements AdvisorSessions {
  constructor(
    private readonly client: Redis,
    private readonly idleMs: number,
    private readonly clock: () => number,
    private readonly onEnd: SessionEnded = () => undefined,
    private readonly prefix = 'carers-bot:advisor-sessions:',
  ) {}

  async create(identity: AdvisorIdentity, role: Role): Promise<Session> {
    const now = this.clock();
    const session: Session = { id: randomToken(), csrfToken: randomToken(), identity, role, createdAt: now, lastSeen: now, held: new Set() };
    const key = this.key(session.id);
    const fields: Fields = { id: session.id, csrfToken: session.csrfToken, identity, role, createdAt: now };
    await this.client
      .multi()
      .hset(key, 'fields', JSON.stringify(fields), 'lastSeen', String(now))
      .pexpire(key, this.ttl())
      .sadd(this.allKey(), key)
      .sadd(this.advisorKey(identity.id), key)
      .exec();
    return session;
  }

  async get(id: string | undefined, touch = true): Promise<Session | undefined> {
    if (!id) return undefined;
    const key = this.key(id);
    const session = await this.read(key);
    if (!session) return undefined;
    const now = this.clock();
    if (now - session.lastSeen >= this.idleMs) {
      await this.end(key, session);
      return undefined;
    }
    if (touch) {
      session.lastSeen = now;
      await this.client.multi().hset(key, 'lastSeen', String(now)).pexpire(key, this.ttl()).pexpire(this.heldKey(key), this.ttl()).exec();
    }
    return session;
  }

  async hold(session: Session, conversationKey: string, held: boolean): Promise<void> {
    const heldKey = this.heldKey(this.key(session.id));
    if (held) {
      session.held.add(conversationKey);
      await this.client.multi().sadd(heldKey, conversationKey).pexpire(heldKey, this.ttl()).exec();
    } else {
      session.held.delete(conversationKey);
      await this.client.srem(heldKey, conversationKey);
    }
  }

  async destroy(id: string): Promise<void> {
    const key = this.key(id);
    const session = await this.read(key);
    if (session) await this.end(key, session);
  }

  async sweep(): Promise<void> {
    const now = this.clock();
    for (const key of await this.client.smembers(this.allKey())) {
      const session = await this.read(key);
      if (!session) await this.client.srem(this.allKey(), key);
      else if (now - session.lastSeen >= this.idleMs) await this.end(key, session);
    }
  }

  async countFor(advisorId: string): Promise<number> {
    let count = 0;
    for (const key of await this.client.smembers(this.advisorKey(advisorId))) {
      if (await this.client.exists(key)) count++;
      else await this.client.srem(this.advisorKey(advisorId), key);
    }
    return count;
  }

  async endFor(advisorId: string): Promise<number> {
    let ended = 0;
    for (const key of await this.client.smembers(this.advisorKey(advisorId))) {
      const session = await this.read(key);
      if (!session) await this.client.srem(this.advisorKey(advisorId), key);
      else if (await this.end(key, session)) ended++;
    }
    return ended;
  }

  /** Written as it changes: nothing waits to be kept. */
  keep(): void {}

  private async read(key: string): Promise<Session | undefined> {
    const [fields, lastSeen] = await this.client.hmget(key, 'fields', 'lastSeen');
    if (!fields || !lastSeen) return undefined;
    const held = await this.client.smembers(this.heldKey(key));
    return { ...(JSON.parse(fields) as Fields), lastSeen: Number(lastSeen), held: new Set(held) };
  }

  /** True when this call's DEL removed it (of several instances ending one session, exactly one). */
  private async end(key: string, session: Session): Promise<boolean> {
    const [deleted] = (await this.client
      .multi()
      .del(key)
      .del(this.heldKey(key))
      .srem(this.allKey(), key)
      .srem(this.advisorKey(session.identity.id), key)
      .exec()) ?? [[null, 0]];
    // Only the instance whose DEL removed it reports the end.
    if (deleted?.[1] !== 1) return false;
    this.onEnd(session);
    return true;
  }

  private ttl(): number {
    return this.idleMs + EXPIRY_MARGIN_MS;
  }

  private key(id: string): string {
    return `${this.prefix}s:${createHash('sha256').update(id).digest('hex')}`;
  }

  private heldKey(key: string): string {
    return `${key}:held`;
  }

  private allKey(): string {
    return `${this.prefix}all`;
  }

  private advisorKey(advisorId: string): string {
    return `${this.prefix}advisor:${advisorId}`;
  }
}
