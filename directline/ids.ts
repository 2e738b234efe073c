/** Unguessable identifiers: tokens and conversation ids come from the CSPRNG, never from a counter. */
import { createHash, randomBytes } from 'node:crypto';

/** 256 bits: a bearer token. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** 144 bits: knowing a conversation id alone grants nothing, but it should not be guessable either. */
export const newConversationId = (): string => randomBytes(18).toString('base64url');

/** The user id a token speaks as; the `dl_` prefix is the Direct Line convention for generated ids. */
export const newUserId = (): string => `dl_${randomBytes(12).toString('base64url')}`;

/**
 * The erasure service's key for a conversation. Must equal `conversationKeyOf` in bots/carerBot.ts
 * (a test checks it) so "delete my data" reaches the Direct Line history too.
 */
export function conversationKey(channelId: string, conversationId: string): string {
  return createHash('sha256').update(`${channelId}\u0000${conversationId}`).digest('hex').slice(0, 32);
}
