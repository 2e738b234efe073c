/**
 * Which advisors have a console open, and what languages they speak: the queue
 * matches people to them. In-process here; redisPresence.ts shares it between
 * instances (a sorted set by last heartbeat, keys with a time to live).
 */
import type { AdvisorIdentity } from './advisorDesk';

export interface AdvisorPresence {
  seen(advisor: AdvisorIdentity, now: number): Promise<void>;
  gone(advisorId: string): Promise<void>;
  /** Advisors of one organisation seen within the timeout. */
  online(org: string, now: number): Promise<AdvisorIdentity[]>;
  lastSeen(advisorId: string): Promise<number | undefined>;
}

export class InProcessPresence implements AdvisorPresence {
  private readonly advisors = new Map<string, { advisor: AdvisorIdentity; at: number }>();

  constructor(private readonly timeoutMs: number) {}

  // Each applies at once, before returning: a caller that does not await still finds it done.
  seen(advisor: AdvisorIdentity, now: number): Promise<void> {
    // A copy in and out, as a shared store would give: callers share no objects with it.
    this.advisors.set(advisor.id, { advisor: copy(advisor), at: now });
    return Promise.resolve();
  }

  gone(advisorId: string): Promise<void> {
    this.advisors.delete(advisorId);
    return Promise.resolve();
  }

  async online(org: string, now: number): Promise<AdvisorIdentity[]> {
    return [...this.advisors.values()].filter((x) => x.advisor.org === org && now - x.at <= this.timeoutMs).map((x) => copy(x.advisor));
  }

  async lastSeen(advisorId: string): Promise<number | undefined> {
    return this.advisors.get(advisorId)?.at;
  }

  /** Who was seen when, for a restart (handoff/durable.ts). */
  snapshot(): { advisor: AdvisorIdentity; at: number }[] {
    return [...this.advisors.values()].map((x) => ({ advisor: copy(x.advisor), at: x.at }));
  }

  restore(seen: { advisor: AdvisorIdentity; at: number }[]): void {
    for (const x of seen) if (!this.advisors.has(x.advisor.id)) this.advisors.set(x.advisor.id, { advisor: copy(x.advisor), at: x.at });
  }
}

function copy(advisor: AdvisorIdentity): AdvisorIdentity {
  return { ...advisor, languages: [...advisor.languages] };
}

/** Someone online can advise in this language; with nobody online yet, the queue waits for whoever signs in. */
export function languageCovered(language: string, online: AdvisorIdentity[]): boolean {
  if (online.length === 0) return true;
  return online.some((advisor) => advisor.languages.includes(language));
}
