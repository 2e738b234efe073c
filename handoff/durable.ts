/**
 * The hand-off kept across restarts of the one embedded process: who waits (and where in the
 * queue), who is connected to whom, advisors' presence and call-back requests are written to a
 * snapshot after every change (and checked every second for quiet changes such as a bot line in
 * the transcript), and read back at start before any turn runs. A person waiting when the
 * process stopped is still waiting after it starts; the sweep tells them if it took long.
 */
import type { CallbackRequest, InProcessCallbackStore } from './callbacks';
import type { HandoffService } from './handoffService';
import type { AdvisorIdentity } from './advisorDesk';
import type { InProcessPresence } from './presence';
import type { InProcessSessionStore, StoredHandoff } from './sessionStore';

export interface HandoffSnapshot {
  version: 1;
  savedAt: number;
  handoffs: StoredHandoff[];
  presence: { advisor: AdvisorIdentity; at: number }[];
  callbacks: CallbackRequest[];
}

/** Where the snapshot lives (storage/snapshotFile.ts in the embedded set-up). */
export interface SnapshotSink<T> {
  load(onError?: (error: unknown) => void): T | undefined;
  save(value: T): void;
}

export interface DurableHandoffParts {
  desk: HandoffService;
  /** The desk's own store (the in-process one): what is snapshotted. */
  sessions: InProcessSessionStore;
  presence: InProcessPresence;
  callbacks: InProcessCallbackStore;
  /** Organisations whose desk events mean something changed. */
  orgs: string[];
  sink: SnapshotSink<HandoffSnapshot>;
  now: () => number;
  /** How often quiet changes are looked for; default every second. */
  everyMs?: number;
  onError?: (what: string, error: unknown) => void;
}

export class DurableHandoff {
  private last = '';
  private scheduled = false;
  private timer?: NodeJS.Timeout;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly parts: DurableHandoffParts) {}

  /** Reads the snapshot back: how many hand-offs were restored. */
  async restore(): Promise<number> {
    const snapshot = this.parts.sink.load((error) => this.parts.onError?.('snapshot unreadable', error));
    if (!snapshot || snapshot.version !== 1) return 0;
    this.parts.presence.restore(snapshot.presence ?? []);
    this.parts.callbacks.restore(snapshot.callbacks ?? []);
    await this.parts.desk.restore(snapshot.handoffs ?? []);
    this.last = this.document();
    return snapshot.handoffs?.length ?? 0;
  }

  /** Writes after every change from now on. */
  start(): void {
    for (const org of this.parts.orgs) this.unsubscribe.push(this.parts.desk.subscribe(org, () => this.schedule()));
    this.parts.callbacks.onChange = () => this.schedule();
    this.timer = setInterval(() => this.write(), this.parts.everyMs ?? 1000);
    this.timer.unref();
  }

  /** The last write, at a graceful stop. */
  stop(): void {
    clearInterval(this.timer);
    for (const off of this.unsubscribe.splice(0)) off();
    this.write();
  }

  /** After the change being made now has finished (one write for several events of one step). */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.write();
    });
  }

  private write(): void {
    try {
      const document = this.document();
      if (document === this.last) return;
      this.parts.sink.save({ ...(JSON.parse(document) as Omit<HandoffSnapshot, 'savedAt'>), savedAt: this.parts.now() });
      this.last = document;
    } catch (error) {
      this.parts.onError?.('snapshot not written', error);
    }
  }

  /** The snapshot as text, without its time, so an unchanged hand-off is not rewritten. */
  private document(): string {
    return JSON.stringify({
      version: 1,
      handoffs: this.parts.sessions.snapshot(),
      presence: this.parts.presence.snapshot(),
      callbacks: this.parts.callbacks.snapshot(),
    });
  }
}
