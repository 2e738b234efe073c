/**
 * Printable plans behind unguessable links that expire. A plan holds what
 * the person chose to see (topics, services, what to say), so it is erased
 * with "delete my data" and never outlives the conversation's idle time.
 */
import { randomBytes } from 'node:crypto';
import type { PlanView } from '../channels/content';

export interface StoredPlan {
  plan: PlanView;
  language: string;
  rightToLeft: boolean;
  conversationKey: string;
  expiresAt: number;
}

export class PlanStore {
  private readonly plans = new Map<string, StoredPlan>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** 192 random bits, URL-safe: not guessable, not derived from anything about the person. */
  save(plan: Omit<StoredPlan, 'expiresAt'>): string {
    this.purge();
    const token = randomBytes(24).toString('base64url');
    this.plans.set(token, { ...plan, expiresAt: this.clock() + this.ttlMs });
    return token;
  }

  get(token: string): StoredPlan | undefined {
    const plan = this.plans.get(token);
    if (!plan) return undefined;
    if (plan.expiresAt <= this.clock()) {
      this.plans.delete(token);
      return undefined;
    }
    return plan;
  }

  eraseConversation(conversationKey: string): number {
    let removed = 0;
    for (const [token, plan] of this.plans) {
      if (plan.conversationKey === conversationKey) {
        this.plans.delete(token);
        removed++;
      }
    }
    return removed;
  }

  private purge(): void {
    const now = this.clock();
    for (const [token, plan] of this.plans) if (plan.expiresAt <= now) this.plans.delete(token);
  }
}
