/**
 * Server-side sessions: a random 32-byte id (the cookie), the advisor it
 * belongs to and its CSRF token. A session unused for `idleMs` is gone;
 * signing out destroys it at once. In memory here (kept in a file across
 * restarts of the embedded process); on Redis (redisSessions.ts) when a
 * console is load-balanced across instances.
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

/** A session as kept across restarts: plain JSON (the held set as a list). */
export type StoredSession = Omit<Session, 'held'> & { held: string[] };

/** Where sessions are kept across restarts of the embedded process (a file beside the accounts, owner-only). */
export interface SessionKeeper {
  load(): StoredSession[] | undefined;
  save(sessions: StoredSession[]): void;
}

/** What the console's routes need of a session store, in memory or shared. */
export interface AdvisorSessions {
  create(identity: AdvisorIdentity, role: Role): Promise<Session>;
  /** The live session for an id; `touch` (the default) counts this as activity. */
  get(id: string | undefined, touch?: boolean): Promise<Session | undefined>;
  /** This console now holds (or no longer holds) a conversation: only held ones get message text. Also changes `session.held`. */
  hold(session: Session, conversationKey: string, held: boolean): Promise<void>;
  destroy(id: string): Promise<void>;
  /** Ends every idle session: run now and then so idle advisors are signed off the desk. */
  sweep(): Promise<void>;
  /** Every session of one advisor (one may sign in on two machines). */
  countFor(advisorId: string): Promise<number>;
  /** Ends every session of one advisor now (removed or disabled by an admin), each reported once; how many this call ended. */
  endFor(advisorId: string): Promise<number>;
  /** Writes what is not written yet (a graceful stop). */
  keep(): void;
}

/** Told about every session that ends, by sign-out or by idling, e.g. to sign the advisor off the desk. */
export type SessionEnded = (session: Session) => void;

/** How often quiet changes (last seen, conversations held) are written. */
const KEEP_EVERY_MS = 5_000;

export class SessionStore implements AdvisorSessions {
  private readonly sessions = new Map<string, Session>();
  private kept = '';

  constructor(
    private readonly idleMs: number,
    private readonly clock: () => number,
    /** Told about every session that ends, by sign-out or by idling, e.g. to sign the advisor off the desk. */
    private readonly onEnd: SessionEnded = () => undefined,
    /** Signed-in consoles survive a restart: read back now, written on every sign-in and sign-out and every few seconds. */
    private readonly keeper?: SessionKeeper,
  ) {
    if (!keeper) return;
    for (const stored of keeper.load() ?? []) this.sessions.set(stored.id, { ...stored, held: new Set(stored.held) });
    this.kept = this.document();
    setInterval(() => this.keep(), KEEP_EVERY_MS).unref();
  }

  // Each applies at once, before returning; `get` hands out the live object, so `held` is always current.
  async create(identity: AdvisorIdentity, role: Role): Promise<Session> {
    const now = this.clock();
    const session: Session = { id: randomToken(), csrfToken: randomToken(), identity, role, createdAt: now, lastSeen: now, held: new Set() };
    this.sessions.set(session.id, session);
    this.keep();
    return session;
  }

  async hold(session: Session, conversationKey: string, held: boolean): Promise<void> {
    if (held) session.held.add(conversationKey);
    else session.held.delete(conversationKey);
  }

  /** Writes the sessions if they changed (also at a graceful stop). */
  keep(): void {
    if (!this.keeper) return;
    const document = this.document();
    if (document === this.kept) return;
    try {
      this.keeper.save(JSON.parse(document) as StoredSession[]);
      this.kept = document;
    } catch {
      // Kept in memory; the next change tries again.
    }
  }

  private document(): string {
    return JSON.stringify([...this.sessions.values()].map((s) => ({ ...s, held: [...s.held] })));
  }

  async get(id: string | undefined, touch = true): Promise<Session | undefined> {
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

  async destroy(id: string): Promise<void> {
    const session = this.sessions.get(id);
    if (session) this.end(session);
  }

  async sweep(): Promise<void> {
    const now = this.clock();
    for (const session of [...this.sessions.values()]) if (now - session.lastSeen >= this.idleMs) this.end(session);
  }

  async countFor(advisorId: string): Promise<number> {
    return [...this.sessions.values()].filter((s) => s.identity.id === advisorId).length;
  }

  async endFor(advisorId: string): Promise<number> {
    const theirs = [...this.sessions.values()].filter((s) => s.identity.id === advisorId);
    for (const session of theirs) this.end(session);
    return theirs.length;
  }

  get size(): number {
    return this.sessions.size;
  }

  private end(session: Session): void {
    if (!this.sessions.delete(session.id)) return;
    this.keep();
    this.onEnd(session);
  }
}
