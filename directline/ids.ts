/** Unguessable identifiers: tokens and conversation ids come from the CSPRNG, never from a counter. */
import { randomBytes } from 'node:crypto';

/** 256 bits: a bearer token. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** 144 bits: knowing a conversation id alone grants nothing, but it should not be guessable either. */
export const newConversationId = (): string => randomBytes(18).toString('base64url');

/** The user id a token speaks as; the `dl_` prefix is the Direct Line convention for generated ids. */
export const newUserId = (): string => `dl_${randomBytes(12).toString('base64url')}`;
