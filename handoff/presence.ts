/**
 * Which advisors have a console open, and what languages they speak: the queue
 * matches people to them. In-process; a shared implementation (Redis keys with
 * a time to live) can implement the same interface for several instances.
 */
import type { AdvisorIdentity } from './advisorDesk';

export interface AdvisorPresence {
  seen(advisor: AdvisorIdentity, now: number): void;
  gone(advisorId: string): void;
  /** Advisors of one organisation seen within the timeout. */
  online(org: string, now: number): AdvisorIdentity[];
  lastSeen(advisorId: string): number | undefined;
}

export class InProcessPresence implements AdvisorPresence {
  private readonly advisors = new Map<string, { advisor: AdvisorIdentity; at: number }>();

  constructor(private readonly timeoutMs: number) {}

  seen(advisor: AdvisorIdentity, now: number): void {
    // A copy in and out, as a shared store would give: callers share no objects with it.
    this.advisors.set(advisor.id, { advisor: copy(advisor), at: now });
  }

  gone(advisorId: string): void {
    this.advisors.delete(advisorId);
  }

  online(org: string, now: number): AdvisorIdentity[] {
    return [...this.advisors.values()].filter((x) => x.advisor.org === org && now - x.at <= this.timeoutMs).map((x) => copy(x.advisor));
  }

  lastSeen(advisorId: string): number | undefined {
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
