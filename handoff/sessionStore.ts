/**
 * Where hand-offs are held: who waits or is connected, which advisor holds whom, consent, the
 * lines kept for the advisor and the stored conversation reference. In process here (one
 * instance; handoff/durable.ts snapshots it on embedded storage); redisSessionStore.ts shares it
 * between instances. Every change is one atomic read-change-write, so a claim on one instance
 * and a person's message on another never lose each other's work.
 */
import type { RiskLevel } from '../core/risk';
import type { AdvisorIdentity, HandoffSummary, TranscriptLine } from './advisorDesk';

/** One hand-off as kept (plain JSON: the reference is a botbuilder ConversationReference). */
export interface StoredHandoff extends Pick<
  HandoffSummary,
  'conversationKey' | 'org' | 'phase' | 'risk' | 'categories' | 'topics' | 'language' | 'district' | 'channel' | 'joinedAt' | 'unread'
> {
  queuedRisk: RiskLevel;
  reference: unknown;
  /** Shared only with the person's consent. */
  before?: TranscriptLine[];
  /** Since the hand-off began: the advisor always sees these. */
  during: TranscriptLine[];
  advisor?: AdvisorIdentity;
  toldWaitingLong: boolean;
}

/** What a change decides: `next` is written (null deletes, undefined writes nothing); `result` goes back to the caller. */
export interface Change<T> {
  next?: StoredHandoff | null;
  result: T;
}

export interface HandoffSessionStore {
  get(conversationKey: string): Promise<StoredHandoff | undefined>;
  /** Every hand-off of one organisation, in no particular order. */
  list(org: string): Promise<StoredHandoff[]>;
  /** Every hand-off of every organisation (the sweep). */
  all(): Promise<StoredHandoff[]>;
  /**
   * Reads one hand-off, lets `change` decide, writes the decision: atomically, across instances.
   * `change` gets its own copy and may run more than once (a shared store retries on a
   * concurrent write), so it only computes; side effects follow from its result.
   */
  update<T>(conversationKey: string, change: (current: StoredHandoff | undefined) => Change<T>): Promise<T>;
  /** Rejects when a shared store cannot be reached (readiness). */
  ping?(): Promise<void>;
}

/**
 * In process: a Map. `update` runs its change at once, before returning, so a caller that does
 * not await (a bot line kept for the advisor) still finds it applied on its next call.
 */
export class InProcessSessionStore implements HandoffSessionStore {
  private readonly sessions = new Map<string, StoredHandoff>();

  async get(conversationKey: string): Promise<StoredHandoff | undefined> {
    const session = this.sessions.get(conversationKey);
    return session && structuredClone(session);
  }

  async list(org: string): Promise<StoredHandoff[]> {
    return [...this.sessions.values()].filter((s) => s.org === org).map((s) => structuredClone(s));
  }

  async all(): Promise<StoredHandoff[]> {
    return [...this.sessions.values()].map((s) => structuredClone(s));
  }

  update<T>(conversationKey: string, change: (current: StoredHandoff | undefined) => Change<T>): Promise<T> {
    try {
      const current = this.sessions.get(conversationKey);
      const { next, result } = change(current && structuredClone(current));
      if (next === null) this.sessions.delete(conversationKey);
      else if (next) this.sessions.set(conversationKey, structuredClone(next));
      return Promise.resolve(result);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Everything held, as plain copied data, for a restart (handoff/durable.ts). */
  snapshot(): StoredHandoff[] {
    return [...this.sessions.values()].map((s) => structuredClone(s));
  }
}
