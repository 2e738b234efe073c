/**
 * Console events across instances: every event is published on one Redis channel, and each
 * instance delivers what it receives to the consoles whose event stream it holds
 * (web/advisorEvents.ts). Its own events come back the same way, so every console sees one
 * order. The subscriber needs its own connection (a subscribed connection runs no other command).
 */
import type { Redis } from 'ioredis';
import type { DeskEvent } from './advisorDesk';
import { LocalListeners, type DeskEvents } from './deskEvents';

export class RedisDeskEvents implements DeskEvents {
  private readonly local: LocalListeners;
  /** Resolves once subscribed: an event published before that would not come back to this instance. */
  readonly ready: Promise<void>;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly channel = 'carers-bot:handoff:events',
    private readonly onError: (what: string, error: unknown) => void = () => undefined,
  ) {
    this.local = new LocalListeners(onError);
    subscriber.on('message', (from: string, message: string) => {
      if (from !== this.channel) return;
      try {
        this.local.deliver(JSON.parse(message) as DeskEvent);
      } catch (error) {
        onError('event unreadable', error);
      }
    });
    this.ready = subscriber.subscribe(channel).then(
      () => undefined,
      (error: unknown) => onError('event subscription', error),
    );
  }

  publish(event: DeskEvent): void {
    this.publisher.publish(this.channel, JSON.stringify(event)).catch((error: unknown) => this.onError('event not published', error));
  }

  subscribe(org: string, listener: (event: DeskEvent) => void): () => void {
    return this.local.add(org, listener);
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
  }
}
