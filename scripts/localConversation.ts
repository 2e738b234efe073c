/**
 * Talks to the real bot the way a channel does, in-process: starts the
 * server on a free port and posts activities with deliveryMode
 * "expectReplies", so the replies come back in the HTTP response.
 * Used by `converse` (scripted) and `chat` (a person at a terminal).
 */
import type { Activity } from 'botbuilder';
import { ADAPTIVE_CARD, flattenCard, type AdaptiveCard } from '../channels/cards';
import { loadConfig } from '../config';
import { startServer, type RunningApp } from '../index';
import { createLogger, type Logger } from '../ops/logger';
import { MemoryStateStorage } from '../storage';

export interface ReplySummary {
  type: string;
  name?: string;
  text?: string;
  suggestedActions?: string[];
  buttons?: number;
  attachments?: string[];
}

export interface StateSummary {
  language: string;
  risk: string;
  handoff: string;
  topics: string[];
}

export type TurnInput = string | { text?: string; value?: unknown };

export interface LocalConversationOptions {
  channel: string;
  locale?: string | null;
  org?: string;
  now?: Date;
  /** Where the bot's logs go; by default standard error at LOG_LEVEL (warn), never standard output. */
  logger?: Logger;
}

export function summarise(activity: Partial<Activity>): ReplySummary {
  if (activity.type !== 'message') return { type: activity.type ?? 'unknown', name: activity.name };
  const cards = (activity.attachments ?? []).filter((a) => a.contentType === ADAPTIVE_CARD).map((a) => a.content as AdaptiveCard);
  const text = [activity.text, ...cards.map(flattenCard)].filter((t) => t && t.trim()).join('\n');
  return {
    type: 'message',
    text,
    suggestedActions: (activity.suggestedActions?.actions ?? []).map((a) => a.title ?? String(a.value)),
    buttons: cards.reduce((n, c) => n + (c.actions?.length ?? 0), 0),
    attachments: (activity.attachments ?? []).map((a) => a.contentType),
  };
}

export class LocalConversation {
  private tick = 0;
  /** The language the latest replies were written in (each carries its locale). */
  private repliedIn?: string;
  private readonly conversationId = `local-${process.pid}-${Date.now()}`;

  private constructor(
    private readonly running: RunningApp,
    private readonly options: LocalConversationOptions,
    private readonly clock: () => Date,
  ) {}

  /** Fresh, isolated state: memory storage, nothing carried over from an earlier run. */
  static async start(options: LocalConversationOptions): Promise<LocalConversation> {
    const env = { PORT: '0', STORAGE: 'memory', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
    const config = { ...loadConfig(env), defaultOrg: options.org ?? 'demo' };
    const start = options.now;
    const holder: { conversation?: LocalConversation } = {};
    // A scripted clock stands still but for a second a turn, so the order of turns is kept.
    const clock = start ? () => new Date(start.getTime() + (holder.conversation?.tick ?? 0) * 1000) : () => new Date();
    const logger = options.logger ?? createLogger(config.logLevel);
    const running = await startServer(config, logger, { storage: new MemoryStateStorage(), clock });
    holder.conversation = new LocalConversation(running, options, clock);
    return holder.conversation;
  }

  async send(turn: TurnInput): Promise<ReplySummary[]> {
    const input = typeof turn === 'string' ? { text: turn } : turn;
    const { channel, locale, org } = this.options;
    const activity: Partial<Activity> = {
      type: 'message',
      id: `m${this.tick}`,
      text: input.text ?? '',
      value: input.value,
      channelId: channel,
      serviceUrl: 'http://127.0.0.1:9/unused',
      locale: locale ?? undefined,
      from: { id: 'local-user', name: 'Person' },
      recipient: { id: 'bot', name: 'Bot' },
      conversation: { id: this.conversationId, conversationType: 'personal', isGroup: false, name: '' },
      channelData: org ? { org } : undefined,
      deliveryMode: 'expectReplies',
      timestamp: this.clock(),
    };
    const response = await fetch(`${this.running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const body = (await response.json().catch(() => ({}))) as { activities?: Partial<Activity>[] };
    this.tick++;
    this.repliedIn = body.activities?.find((a) => a.type === 'message' && a.locale)?.locale ?? this.repliedIn;
    return (body.activities ?? []).map(summarise);
  }

  /** What the bot holds after the latest turn (CONTRACTS.md `state`). */
  async state(): Promise<StateSummary> {
    const key = `${this.options.channel}/conversations/${this.conversationId}/`;
    const stored = (await this.running.app.storage.read([key]))[key] as
      { data?: { language?: string; risk?: string; handoff?: string; situation?: { topics?: string[] } } } | undefined;
    const data = stored?.data;
    // After "delete my data" nothing is stored: the language is then the one the bot just answered in.
    return {
      language: data?.language ?? this.repliedIn ?? 'en',
      risk: data?.risk ?? 'none',
      handoff: data?.handoff ?? 'none',
      topics: data?.situation?.topics ?? [],
    };
  }

  stop(): Promise<void> {
    return this.running.stop();
  }
}
