/**
 * The one opaque key of a conversation, shared by every store that is not
 * botbuilder's own state (the turn queue, the hand-off, plans, call backs,
 * Direct Line history, erasure). A hash, because a channel's conversation id
 * can be personal (on SMS it is the phone number) and this key reaches logs,
 * advisors and webhooks. botbuilder's state keeps its own storage key
 * (ConversationState.getStorageKey), which nothing re-derives.
 */
import { hash } from 'node:crypto';

/** SHA-256 in one call (crypto.hash: no Hash object per turn), the first 32 hex digits. */
export function conversationKey(channelId: string, conversationId: string): string {
  return hash('sha256', `${channelId}\u0000${conversationId}`, 'hex').slice(0, 32);
}
