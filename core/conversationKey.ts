/**
 * The one opaque key of a conversation, shared by every store that is not
 * botbuilder's own state (the turn queue, the hand-off, plans, call backs,
 * Direct Line history, erasure). A hash, because a channel's conversation id
 * can be personal (on SMS it is the phone number) and this key reaches logs,
 * advisors and webhooks. botbuilder's state keeps its own storage key
 * (ConversationState.getStorageKey), which nothing re-derives.
 */
import { createHash } from 'node:crypto';

export function conversationKey(channelId: string, conversationId: string): string {
  return createHash('sha256').update(`${channelId}\u0000${conversationId}`).digest('hex').slice(0, 32);
}
