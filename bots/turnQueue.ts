/**
 * Turns of one conversation run one at a time. botbuilder saves state with
 * eTag "*", so two overlapping turns of one conversation would silently
 * overwrite each other's state; different conversations still run in parallel.
 */
import type { Middleware, TurnContext } from 'botbuilder';

export class SerialTurnsMiddleware implements Middleware {
  private readonly tails = new Map<string, Promise<void>>();

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`;
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    try {
      await next();
    } finally {
      release();
      // Forget the queue once nothing waits behind this turn, so the map stays small.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Resolves when every queued turn has finished (graceful shutdown). */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }

  get activeConversations(): number {
    return this.tails.size;
  }
}
