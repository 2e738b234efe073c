/**
 * Turns of one conversation run one at a time. botbuilder saves state with
 * eTag "*", so two overlapping turns of one conversation would silently
 * overwrite each other's state; different conversations still run in parallel.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import { KeyedMutex } from '../core/keyedMutex';
import { conversationKeyOf } from './conversationKeys';

export class SerialTurnsMiddleware implements Middleware {
  private readonly queue = new KeyedMutex();

  onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    return this.queue.run(conversationKeyOf(context), next);
  }

  /** Resolves when every queued turn has finished (graceful shutdown). */
  drain(): Promise<void> {
    return this.queue.drained();
  }

  get activeConversations(): number {
    return this.queue.activeKeys;
  }
}
