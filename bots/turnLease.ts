/**
 * Turns of one conversation one at a time across instances: each turn holds the conversation's
 * lease (storage/redisTurnLease.ts: SET NX PX with a token) while it loads, answers and saves, so
 * two instances never load the same state and overwrite each other's save. Within one process
 * turnQueue.ts already orders them; this runs after it. If the lease cannot be had (Redis down,
 * another instance stuck) the turn runs anyway: an answer, the crisis reply above all, comes first.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import { conversationKeyOf } from './conversationKeys';

export interface TurnLease {
  /** Waits for the conversation's lease; resolves with its release. Rejects when it cannot be had in time. */
  acquire(conversationKey: string): Promise<() => Promise<void>>;
}

export class TurnLeaseMiddleware implements Middleware {
  constructor(
    private readonly lease: TurnLease,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    let release: (() => Promise<void>) | undefined;
    try {
      release = await this.lease.acquire(conversationKeyOf(context));
    } catch (error) {
      this.onError(error);
    }
    try {
      await next();
    } finally {
      // Not awaited: the turn is done, and this process's next turn of the conversation sends its
      // SET NX on the same connection after the release, so Redis frees the lease before it asks.
      void release?.().catch((error: unknown) => this.onError(error));
    }
  }
}
