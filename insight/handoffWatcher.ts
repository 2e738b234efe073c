/**
 * Hand-offs and their outcome, from the desk's own events (the ones the console listens to):
 * a conversation that joins the queue was requested; one that goes from waiting to connected
 * was taken (and how long it waited, in buckets); one that leaves the queue before anyone took
 * it was left. Call backs are counted by the turn that asks for one (facts.ts). What is seen
 * here (which conversation is where) is held in memory only, as the desk itself holds it.
 */
import { waitBucket, type InsightEvent } from './model';
import { ALWAYS_LEADS, type Leadership } from './leadership';
import type { InsightRecorder } from './recorder';

/** The part of the hand-off desk watched (handoff/advisorDesk.ts's AdvisorDesk fits it). */
export interface WatchedDesk {
  subscribe(org: string, listener: (event: { type: string }) => void): () => void;
  list(org: string): Promise<ReadonlyArray<{ conversationKey: string; phase: 'queued' | 'connected'; joinedAt: number }>>;
}

interface Seen {
  phase: 'queued' | 'connected';
  taken: boolean;
}

export class HandoffWatcher {
  private readonly known = new Map<string, Map<string, Seen>>();
  private readonly chains = new Map<string, Promise<void>>();
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    private readonly desk: WatchedDesk,
    private readonly recorder: InsightRecorder,
    private readonly now: () => number,
    private readonly onError: (error: unknown) => void = () => undefined,
    /** Several instances: only the one holding the lease records (leadership.ts). */
    private readonly leads: Leadership = ALWAYS_LEADS,
  ) {}

  /** Starts from what the desk holds now (restored after a restart: not counted again). */
  async watch(orgs: readonly string[]): Promise<void> {
    for (const org of orgs) {
      if (this.known.has(org)) continue;
      this.known.set(org, new Map());
      await this.refresh(org, false);
      this.unsubscribe.push(
        this.desk.subscribe(org, (event) => {
          if (event.type === 'queue' || event.type === 'ended') this.queueRefresh(org);
        }),
      );
    }
  }

  /** Resolves once every refresh asked for so far has run (tests). */
  async settled(): Promise<void> {
    await Promise.all([...this.chains.values()]);
  }

  stop(): void {
    for (const off of this.unsubscribe.splice(0)) off();
  }

  private queueRefresh(org: string): void {
    const next = (this.chains.get(org) ?? Promise.resolve()).then(() => this.refresh(org, true)).catch((error: unknown) => this.onError(error));
    this.chains.set(org, next);
  }

  private async refresh(org: string, count: boolean): Promise<void> {
    const known = this.known.get(org) ?? new Map<string, Seen>();
    const listed = await this.desk.list(org);
    const events: InsightEvent[] = [];
    const current = new Map<string, Seen>();
    for (const item of listed) {
      const before = known.get(item.conversationKey);
      const seen: Seen = { phase: item.phase, taken: before?.taken ?? !count };
      if (!before && count) events.push({ metric: 'handoff', category: 'requested' });
      if (item.phase === 'connected' && !seen.taken) {
        seen.taken = true;
        events.push({ metric: 'handoff', category: 'taken' }, { metric: 'wait', category: waitBucket(this.now() - item.joinedAt) });
      }
      current.set(item.conversationKey, seen);
    }
    for (const [key, seen] of known) if (!current.has(key) && !seen.taken && count) events.push({ metric: 'handoff', category: 'left' });
    this.known.set(org, current);
    if (events.length && (await this.leads())) this.recorder.record(org, events);
  }
}
