/**
 * What the baseline bot replays: for each scripted step, the replies the project sent
 * (as the connector received them) and the conversation state it saved afterwards.
 */
export interface ReplayStep {
  replies: Array<Record<string, unknown>>;
  /** ConversationState properties as stored (without the eTag). */
  state: Record<string, unknown>;
}

export type ReplayTable = Record<string, ReplayStep>;

/** Set by the adapter from the conversation reference on every send: the baseline's adapter sets them again. */
const REFERENCE_FIELDS = ['id', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient', 'replyToId'];

export function replayableReply(body: string): Record<string, unknown> {
  const activity = JSON.parse(body) as Record<string, unknown>;
  for (const field of REFERENCE_FIELDS) delete activity[field];
  return activity;
}

export function replayableState(item: Record<string, unknown> | undefined): Record<string, unknown> {
  const { eTag: _eTag, ...state } = item ?? {};
  return state;
}
