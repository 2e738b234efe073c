/**
 * An activity is handled once: channels retry a delivery they think failed, and a repeat
 * answered again would repeat replies and count a turn twice. A message id seen in the last
 * 24 hours gets 200 and no reply. When the record cannot be reached the message is handled
 * (answered twice beats never answered: it may carry risk).
 *
 * On Redis the record is written by the turn lease's start script (turnLease.ts), in the same
 * round trip as the lease and the state: this middleware then leaves the id on the turn for it.
 * A repeat is still dropped before any reply, only after the turns queued before it in this process.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import { conversationKeyOf } from './conversationKeys';

/** How long an activity id is remembered. */
export const SEEN_FOR_MS = 24 * 60 * 60 * 1000;

/** Storage/seenActivities.ts and storage/redisSeenActivities.ts implement it (wired in app.ts, within the storage budget). */
export interface SeenActivities {
  /** True the first time a key is offered within `SEEN_FOR_MS`, false for a repeat. */
  firstSighting(key: string): Promise<boolean>;
  /** The turn lease records the id when it starts the turn (TurnLeaseMiddleware, which must then run after this). */
  readonly recordedAtTurnStart?: boolean;
}

/** An activity id the turn lease is to record (or, if its script cannot run, `check` alone). */
export interface PendingSighting {
  key: string;
  check(): Promise<boolean>;
}

const PENDING = Symbol('pendingSighting');

/** The id left for the turn lease to record, taken once. */
export function takePendingSighting(context: TurnContext): PendingSighting | undefined {
  const pending = context.turnState.get(PENDING) as PendingSighting | undefined;
  context.turnState.delete(PENDING);
  return pending;
}

export class OncePerActivityMiddleware implements Middleware {
  constructor(
    private readonly seen: SeenActivities,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { id, type } = context.activity;
    if (type !== 'message' || !id) return next();
    const key = `${conversationKeyOf(context)}:${id}`;
    if (this.seen.recordedAtTurnStart) {
      context.turnState.set(PENDING, { key, check: () => this.seen.firstSighting(key) } satisfies PendingSighting);
      return next();
    }
    if (await firstSightingOrAnyway(() => this.seen.firstSighting(key), this.onError)) await next();
  }
}

/** The record's answer; true (handle it) when it cannot be reached. */
export async function firstSightingOrAnyway(check: () => Promise<boolean>, onError: (error: unknown) => void): Promise<boolean> {
  try {
    return await check();
  } catch (error) {
    onError(error);
    return true;
  }
}
