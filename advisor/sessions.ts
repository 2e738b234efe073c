/**
 * Server-side sessions in memory: a random 32-byte id (the cookie), the
 * advisor it belongs to and its CSRF token. A session unused for `idleMs`
 * is gone; signing out destroys it at once.
 */
import { randomBytes } from 'node:crypto';
import type { AdvisorIdentity } from '../handoff/advisorDesk';
import type { Role } from './accounts';

export interface Session {
  id: string;
  csrfToken: string;
  identity: AdvisorIdentity;
  role: Role;
  createdAt: number;
  lastSeen: number;
  /** Conversations this console claimed: only these get message text over the event stream. */
  held: Set<string>;
}

export const randomToken = (): string => randomBytes(32).toString('base64url');

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly idleMs: number,
    private readonly clock: () => number,
    /** Told about every session that ends, by sign-out or by idling, e.g. to sign the advisor off the desk. */
    private readonly onEnd: (session: Session) => void = () => undefined,
  ) {}

  create(identity: AdvisorIdentity, role: Role): Session {
    const now = this.clock();
    const session: Session = { id: randomToken(), csrfToken: randomToken(), identity, role, createdAt: now, lastSeen: now, held: new Set() };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session for an id; `touch` (the default) counts this as activity. */
  get(id: string | undefined, touch = true): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    const now = this.clock();
    if (now - session.lastSeen >= this.idleMs) {
      this.end(session);
      return undefined;
    }
    if (touch) session.lastSeen = now;
    return session;
  }

  destroy(id: string): void {
    const session = this.sessions.get(id);
    if (session) this.end(session);
  }

  /** Ends every idle session: run now and then so idle advisors are signed off the desk. */
  sweep(): void {
    const now = this.clock();
    for (const session of [...this.sessions.values()]) if (now - session.lastSeen >= this.idleMs) this.end(session);
  }

  /** Every session of one advisor (one may sign in on two machines). */
  countFor(advisorId: string): number {
    return [...this.sessions.values()].filter((s) => s.identity.id === advisorId).length;
  }

  get size(): number {
    return this.sessions.size;
  }

  private end(session: Session): void {
    if (!this.sessions.delete(session.id)) return;
    this.onEnd(session);
  }
}
