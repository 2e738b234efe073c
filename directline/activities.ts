/**
 * What goes into a conversation, both ways, checked and stamped here (pure functions):
 * a client's activity keeps only the fields a client may set and always speaks as the
 * token's user; a bot's activity is addressed to the conversation it was posted to.
 */
import type { ChannelActivity } from './conversations';

export const CHANNEL_ID = 'directline';
export const BOT_ACCOUNT = { id: 'bot', name: 'Bot', role: 'bot' } as const;

/** The types Web Chat sends; anything else (conversationUpdate, invoke…) is the service's or the bot's to send. */
const CLIENT_TYPES = new Set(['message', 'event', 'typing']);
/** Fields a client may set; identity, addressing and timing are the service's. */
const CLIENT_FIELDS = ['text', 'textFormat', 'locale', 'channelData', 'value', 'name', 'attachments', 'entities', 'attachmentLayout'] as const;

export interface ClientActivityContext {
  conversationId: string;
  userId: string;
  /** Where the bot's replies go: this server's connector routes. */
  serviceUrl: string;
  /** Larger serialised activities are refused (the bot itself asks for shorter text well below this). */
  maxBytes: number;
  /** The conversation's locale, for activities that carry none. */
  defaultLocale?: string;
  now: Date;
}

export type Checked = { activity: ChannelActivity; problem?: undefined } | { activity?: undefined; problem: string };

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;
export const isLocale = (value: unknown): value is string => typeof value === 'string' && LOCALE.test(value);

export function clientActivity(body: unknown, context: ClientActivityContext): Checked {
  if (!isPlainObject(body)) return { problem: 'the body must be a JSON activity' };
  if (Buffer.byteLength(JSON.stringify(body)) > context.maxBytes) return { problem: `the activity is larger than ${context.maxBytes} bytes` };
  if (typeof body.type !== 'string' || !CLIENT_TYPES.has(body.type)) return { problem: 'the activity type must be message, event or typing' };
  if (body.text != null && typeof body.text !== 'string') return { problem: 'the activity text must be a string' };
  if (body.locale != null && !isLocale(body.locale)) return { problem: 'the activity locale must be a language tag' };
  if (body.channelData != null && !isPlainObject(body.channelData)) return { problem: 'the activity channelData must be an object' };
  if (body.attachments != null && !Array.isArray(body.attachments)) return { problem: 'the activity attachments must be a list' };
  if (body.entities != null && !Array.isArray(body.entities)) return { problem: 'the activity entities must be a list' };
  const kept: Record<string, unknown> = {};
  for (const field of CLIENT_FIELDS) if (body[field] != null) kept[field] = body[field];
  const sender = isPlainObject(body.from) && typeof body.from.name === 'string' ? body.from.name.slice(0, 100) : undefined;
  const activity: ChannelActivity = {
    ...kept,
    type: body.type,
    timestamp: context.now,
    channelId: CHANNEL_ID,
    serviceUrl: context.serviceUrl,
    conversation: { id: context.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    // Whatever from.id the client sent, it speaks as the token's user.
    from: { id: context.userId, name: sender ?? '', role: 'user' },
    recipient: { ...BOT_ACCOUNT },
    locale: typeof kept.locale === 'string' ? kept.locale : context.defaultLocale,
  };
  return { activity };
}

/** The conversationUpdate the service sends when a client starts a conversation, so the bot can welcome. */
export function conversationUpdate(conversationId: string, userId: string, serviceUrl: string, now: Date, locale?: string, org?: string): ChannelActivity {
  return {
    type: 'conversationUpdate',
    id: `${conversationId}|start`,
    timestamp: now,
    channelId: CHANNEL_ID,
    serviceUrl,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: userId, name: '', role: 'user' },
    recipient: { ...BOT_ACCOUNT },
    membersAdded: [{ ...BOT_ACCOUNT }, { id: userId, name: '', role: 'user' }],
    locale,
    ...(org ? { channelData: { org } } : {}),
  };
}

/** A bot's activity as the client will see it: in this conversation, from the bot, no serviceUrl. */
export function botActivity(body: unknown, conversationId: string, now: Date): Checked {
  if (!isPlainObject(body)) return { problem: 'the body must be a JSON activity' };
  if (typeof body.type !== 'string' || !body.type) return { problem: 'the activity has no type' };
  const { serviceUrl: _serviceUrl, id: _id, ...rest } = body;
  const from = isPlainObject(body.from) ? body.from : {};
  const activity: ChannelActivity = {
    ...(rest as ChannelActivity),
    channelId: CHANNEL_ID,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { ...BOT_ACCOUNT, ...from, role: 'bot' } as ChannelActivity['from'],
    timestamp: now,
  };
  return { activity };
}
