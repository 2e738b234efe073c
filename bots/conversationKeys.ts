/** The conversation's opaque key, read off a turn's activity (core/conversationKey.ts says why it is a hash). */
import type { Activity, TurnContext } from 'botbuilder';
import { conversationKey } from '../core/conversationKey';

/** Per activity, its key and what it was made from: a turn asks four times (queue, record, lease, turn), hashing once. */
const keys = new WeakMap<Partial<Activity>, { channelId: string; conversationId: string; key: string }>();

export function conversationKeyOf(context: Pick<TurnContext, 'activity'>): string {
  const { activity } = context;
  const channelId = activity.channelId ?? '';
  const conversationId = activity.conversation?.id ?? '';
  const known = keys.get(activity);
  if (known && known.channelId === channelId && known.conversationId === conversationId) return known.key;
  const key = conversationKey(channelId, conversationId);
  keys.set(activity, { channelId, conversationId, key });
  return key;
}
