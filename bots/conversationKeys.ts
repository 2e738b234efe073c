/** The conversation's opaque key, read off a turn's activity (core/conversationKey.ts says why it is a hash). */
import type { TurnContext } from 'botbuilder';
import { conversationKey } from '../core/conversationKey';

export function conversationKeyOf(context: Pick<TurnContext, 'activity'>): string {
  const { channelId, conversation } = context.activity;
  return conversationKey(channelId ?? '', conversation?.id ?? '');
}
