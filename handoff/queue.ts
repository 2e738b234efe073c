/**
 * The queue of people waiting for an advisor: the most at risk first, then
 * who has waited longest. In-process; a shared implementation for several
 * instances can implement the same interface.
 */
import { riskRank, type RiskLevel } from '../core/risk';

export interface QueueEntry {
  conversationKey: string;
  org: string;
  risk: RiskLevel;
  language: string;
  joinedAt: number;
}

export interface HandoffQueue {
  join(entry: QueueEntry): Promise<number>;
  position(conversationKey: string): Promise<number | undefined>;
  leave(conversationKey: string): Promise<boolean>;
  list(org: string): Promise<QueueEntry[]>;
  /** Rejects when a shared queue cannot be reached (readiness); in-process queues omit it. */
  ping?(): Promise<void>;
}

function order(a: QueueEntry, b: QueueEntry): number {
  return riskRank(b.risk) - riskRank(a.risk) || a.joinedAt - b.joinedAt;
}

export class InProcessQueue implements HandoffQueue {
  private readonly entries = new Map<string, QueueEntry>();

  async join(entry: QueueEntry): Promise<number> {
    const existing = this.entries.get(entry.conversationKey);
    // Joining again keeps the place, but a higher risk moves the person up. Copies in and out: callers share nothing with the queue.
    this.entries.set(
      entry.conversationKey,
      existing ? { ...existing, risk: riskRank(entry.risk) > riskRank(existing.risk) ? entry.risk : existing.risk } : { ...entry },
    );
    return (await this.position(entry.conversationKey)) ?? 1;
  }

  async position(conversationKey: string): Promise<number | undefined> {
    const entry = this.entries.get(conversationKey);
    if (!entry) return undefined;
    return (await this.list(entry.org)).findIndex((e) => e.conversationKey === conversationKey) + 1;
  }

  async leave(conversationKey: string): Promise<boolean> {
    return this.entries.delete(conversationKey);
  }

  async list(org: string): Promise<QueueEntry[]> {
    return [...this.entries.values()]
      .filter((e) => e.org === org)
      .sort(order)
      .map((e) => ({ ...e }));
  }
}
