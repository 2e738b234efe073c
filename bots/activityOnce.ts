/**
 * An activity is handled once: channels retry a delivery they think failed, and a repeat
 * answered again would repeat replies and count a turn twice. A message id seen in the last
 * 24 hours gets 200 and no reply. When the record cannot be reached the message is handled
 * (answered twice beats never answered: it may carry risk).
 */
import type { Middleware, TurnContext } from 'botbuilder';
import { conversationKeyOf } from './conversationKeys';

/** How long an activity id is remembered. */
export const SEEN_FOR_MS = 24 * 60 * 60 * 1000;

/** Storage/seenActivities.ts and storage/redisSeenActivities.ts implement it (wired in app.ts, within the storage budget). */
export interface SeenActivities {
  /** True the first time a key is offered within `SEEN_FOR_MS`, false for a repeat. */
  firstSighting(key: string): Promise<boolean>;
}

export class OncePerActivityMiddleware implements Middleware {
  constructor(
    private readonly seen: SeenActivities,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { id, type } = context.activity;
    if (type !== 'message' || !id) return next();
    let first = true;
    try {
      first = await this.seen.firstSighting(`${conversationKeyOf(context)}:${id}`);
    } catch (error) {
      this.onError(error);
    }
    if (first) await next();
  }
}
