/**
 * Live changes for the advisor consoles, per organisation. In process here; on Redis
 * (redisDeskEvents.ts) an event published by any instance reaches the consoles whose event
 * stream another instance holds.
 */
import type { DeskEvent } from './advisorDesk';

export interface DeskEvents {
  /** Fire and forget: a lost event only delays a console's refresh. */
  publish(event: DeskEvent): void;
  /** Returns the unsubscribe. */
  subscribe(org: string, listener: (event: DeskEvent) => void): () => void;
  close?(): Promise<void>;
}

/** The listeners of this process, by organisation: delivery for both implementations. */
export class LocalListeners {
  private readonly listeners = new Map<string, Set<(event: DeskEvent) => void>>();

  constructor(private readonly onError: (what: string, error: unknown) => void = () => undefined) {}

  add(org: string, listener: (event: DeskEvent) => void): () => void {
    const set = this.listeners.get(org) ?? new Set();
    set.add(listener);
    this.listeners.set(org, set);
    return () => void set.delete(listener);
  }

  deliver(event: DeskEvent): void {
    for (const listener of [...(this.listeners.get(event.org) ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        this.onError('listener', error);
      }
    }
  }
}

export class InProcessDeskEvents implements DeskEvents {
  private readonly local: LocalListeners;

  constructor(onError?: (what: string, error: unknown) => void) {
    this.local = new LocalListeners(onError);
  }

  publish(event: DeskEvent): void {
    this.local.deliver(event);
  }

  subscribe(org: string, listener: (event: DeskEvent) => void): () => void {
    return this.local.add(org, listener);
  }
}
