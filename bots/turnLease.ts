/**
 * Turns of one conversation one at a time across instances: each turn holds the conversation's
 * lease (storage/redisTurnLease.ts: SET NX PX with a token) while it loads, answers and saves, so
 * two instances never load the same state and overwrite each other's save. Within one process
 * turnQueue.ts already orders them; this runs after it. If the lease cannot be had (Redis down,
 * another instance stuck) the turn runs anyway: an answer, the crisis reply above all, comes first.
 *
 * The lease's start is one round trip: with it the activity id is recorded (activityOnce.ts), the
 * state read (handed to the storage for the turn's load) and the hand-off session's existence
 * checked, so a turn with no hand-off does not ask for it again (handoffProvedAbsent).
 */
import type { Middleware, TurnContext } from 'botbuilder';
import { firstSightingOrAnyway, takePendingSighting } from './activityOnce';
import { conversationKeyOf } from './conversationKeys';

export interface TurnStart {
  /** The activity was handled before: no lease was taken. */
  repeat: boolean;
  /** The conversation has no hand-off session (proved, not assumed). */
  handoffAbsent: boolean;
  release(): Promise<void>;
}

export interface TurnLease {
  /** Waits for the conversation's lease, doing what `keys` asks with it. Rejects when it cannot be had in time. */
  begin(conversationKey: string, keys: { seen?: string; stateKey?: string; handoffKey?: string }): Promise<TurnStart>;
}

export interface TurnLeaseKeys {
  /** The state's storage key (ConversationState.getStorageKey), read with the lease. */
  stateKeyOf?(context: TurnContext): string | undefined;
  /** The key whose existence means the conversation has a hand-off session. */
  handoffKeyOf?(conversationKey: string): string;
}

const HANDOFF_ABSENT = Symbol('handoffAbsent');

/** True when the turn's start proved the conversation has no hand-off session. */
export function handoffProvedAbsent(context: TurnContext): boolean {
  return context.turnState.get(HANDOFF_ABSENT) === true;
}

export class TurnLeaseMiddleware implements Middleware {
  constructor(
    private readonly lease: TurnLease,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly keys: TurnLeaseKeys = {},
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const sighting = takePendingSighting(context);
    const conversationKey = conversationKeyOf(context);
    let start: TurnStart | undefined;
    try {
      start = await this.lease.begin(conversationKey, {
        seen: sighting?.key,
        stateKey: this.keys.stateKeyOf?.(context),
        handoffKey: this.keys.handoffKeyOf?.(conversationKey),
      });
    } catch (error) {
      this.onError(error);
    }
    // Without the script the record is asked on its own, as before (and the message handled if that fails too).
    if (!start && sighting && !(await firstSightingOrAnyway(() => sighting.check(), this.onError))) return;
    if (start?.repeat) return;
    if (start?.handoffAbsent) context.turnState.set(HANDOFF_ABSENT, true);
    try {
      await next();
    } finally {
      // Not awaited: the turn is done, and this process's next turn of the conversation sends its
      // start script on the same connection after the release, so Redis frees the lease before it asks.
      void start?.release().catch((error: unknown) => this.onError(error));
    }
  }
}
