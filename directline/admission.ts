/**
 * Who may start a new conversation, so a flood cannot lock out new people (someone in crisis
 * among them): a global cap, a per-address cap, and a reserve at the top of the global cap kept
 * for addresses that hold no conversation yet. Token-only conversations expire in minutes
 * (ConversationLimits.unstartedIdleMs), so what a flood takes comes back soon. Pure: the
 * in-process store and the Redis script (redisConversations.ts) apply the same rule.
 */

export interface Admission {
  maxConversations: number;
  reserve: number;
  /** 0: no per-address limit. */
  perOwner: number;
}

/** Live conversations in all, and those of the address asking. */
export interface OwnerCount {
  live: number;
  mine: number;
}

/** undefined: admitted; otherwise why not. */
export function admit(limits: Admission, { live, mine }: OwnerCount): 'full' | 'owner' | 'reserve' | undefined {
  if (live >= limits.maxConversations) return 'full';
  if (limits.perOwner > 0 && mine >= limits.perOwner) return 'owner';
  if (live >= limits.maxConversations - limits.reserve && mine > 0) return 'reserve';
  return undefined;
}
