/**
 * A person's message as a channel posts it to /api/messages, asking for the replies in the
 * answer (expectReplies), so no connector is needed: the benchmarks and the system tests
 * that drive servers over HTTP all speak this way.
 */
export interface MessageOptions {
  from?: string;
  channelId?: string;
  locale?: string;
  /** Anything else the activity should carry (channelData, a conversation type...). */
  extra?: Record<string, unknown>;
}

export function messageActivity(conversation: string, id: string, text: string, options: MessageOptions = {}): Record<string, unknown> {
  return {
    type: 'message',
    id,
    text,
    channelId: options.channelId ?? 'webchat',
    serviceUrl: 'http://127.0.0.1:9/unused',
    from: { id: options.from ?? `p-${conversation}` },
    recipient: { id: 'bot' },
    conversation: { id: conversation },
    locale: options.locale ?? 'en-GB',
    deliveryMode: 'expectReplies',
    ...options.extra,
  };
}

/** Posts one message and gives back the HTTP answer. */
export function postMessage(base: string, activity: Record<string, unknown>): Promise<Response> {
  return fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
}
