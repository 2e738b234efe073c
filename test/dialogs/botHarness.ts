/**
 * Drives the real bot in-process through botbuilder's TestAdapter, one
 * message at a time, and returns what the person would see on that channel.
 */
import { ActivityTypes, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { createBotApp, type AppOverrides, type BotApp } from '../../app';
import { conversationKeyOf } from '../../bots/conversationKeys';
import { flattenCard, type AdaptiveCard } from '../../channels/cards';
import { loadConfig, type ContentSafetyConfig } from '../../config';
import { createLogger } from '../../ops/logger';
import { MemoryStateStorage, type StateStorage } from '../../storage';

/** Monday 23 November 2026, 14:30 London: the demo advice line is open. */
export const OPEN = new Date('2026-11-23T14:30:00Z');
/** Monday 23 November 2026, 21:00 London: closed. */
export const CLOSED = new Date('2026-11-23T21:00:00Z');

export interface Seen {
  activities: Partial<Activity>[];
  /** All text of the turn, card text flattened, one reply a line. */
  text: string;
  /** Suggested actions, card buttons and numbered lines. */
  choices: string[];
}

export interface Harness {
  app: BotApp;
  adapter: TestAdapter;
  storage: StateStorage;
  say(text: string | Partial<Activity>): Promise<Seen>;
  /** What reached the person outside their own turns (an advisor's messages, a long wait). */
  inbox(): Seen;
  /** This conversation's hand-off key. */
  conversationKey: string;
  update(): Promise<Seen>;
  data(): Promise<Record<string, unknown> | undefined>;
  storageKey: string;
  close(): Promise<void>;
}

export function seen(activities: Partial<Activity>[]): Seen {
  const texts: string[] = [];
  const choices: string[] = [];
  for (const a of activities) {
    const cards = (a.attachments ?? []).map((x) => x.content as AdaptiveCard);
    texts.push([a.text, ...cards.map((c) => (c.body ? flattenCard(c) : ''))].filter(Boolean).join('\n'));
    choices.push(...(a.suggestedActions?.actions ?? []).map((x) => String(x.title)));
    for (const c of cards) choices.push(...(c.actions ?? []).filter((x) => x.type === 'Action.Submit').map((x) => x.title));
    for (const m of (a.text ?? '').matchAll(/^\d{1,2}\. (.+)$/gm)) choices.push(m[1]);
  }
  return { activities, text: texts.filter(Boolean).join('\n'), choices };
}

export interface HarnessOptions extends AppOverrides {
  channelId?: string;
  conversationType?: string;
  locale?: string;
  now?: Date;
  maxMessageChars?: number;
  /** Emit handoff.initiate for an agent hub (HANDOFF_INITIATE_EVENT). */
  emitHandoffInitiate?: boolean;
  /** CONTENT_SAFETY_*: the second opinion as configured (app.ts builds the Azure client; tests stub fetch). */
  contentSafety?: ContentSafetyConfig;
}

let counter = 0;

export async function startBot(options: HarnessOptions = {}): Promise<Harness> {
  const config = { ...loadConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent' }), defaultOrg: 'demo' };
  if (options.maxMessageChars) config.maxMessageChars = options.maxMessageChars;
  if (options.emitHandoffInitiate) config.handoff = { ...config.handoff, emitInitiate: true };
  if (options.contentSafety) config.contentSafety = options.contentSafety;
  const storage = options.storage ?? new MemoryStateStorage();
  const now = options.now ?? OPEN;
  // The hand-off reaches the person outside their turn: run that turn on the test adapter, through its middleware.
  const continueConversation = async (
    reference: Parameters<typeof TurnContext.applyConversationReference>[1],
    logic: (context: TurnContext) => Promise<void>,
  ) => {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'ContinueConversation' }, reference, true);
    await (adapter as unknown as { runMiddleware(c: TurnContext, l: (c: TurnContext) => Promise<void>): Promise<void> }).runMiddleware(
      new TurnContext(adapter, activity),
      logic,
    );
  };
  const app = createBotApp(config, createLogger('silent'), { clock: () => now, continueConversation, ...options, storage });
  if (options.storage) app.close = async () => app.turns.drain(); // a storage passed in belongs to the test
  const channelId = options.channelId ?? 'webchat';
  const conversationId = `conv-${++counter}`;
  const adapter = new TestAdapter(app.logic, {
    channelId,
    conversation: { id: conversationId, conversationType: options.conversationType ?? 'personal', isGroup: false, name: '' },
    from: { id: 'person', name: 'Person' },
    recipient: { id: 'bot', name: 'Bot' },
    serviceUrl: 'http://127.0.0.1/unused',
    locale: options.locale ?? 'en-GB',
  });
  const drain = (): Partial<Activity>[] => {
    const out: Partial<Activity>[] = [];
    while (adapter.activeQueue.length) out.push(adapter.activeQueue.shift()!);
    return out.filter((a) => a.type !== ActivityTypes.Typing);
  };
  const storageKey = `${channelId}/conversations/${conversationId}/`;
  return {
    app,
    adapter,
    storage,
    storageKey,
    async say(input) {
      const activity: Partial<Activity> = typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', ...input };
      if (options.locale) activity.locale = options.locale;
      await adapter.processActivity(activity);
      return seen(drain());
    },
    inbox() {
      return seen(drain());
    },
    conversationKey: conversationKeyOf({ activity: { channelId, conversation: { id: conversationId } } } as TurnContext),
    async update() {
      await adapter.processActivity({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'person', name: 'Person' }] });
      return seen(drain());
    },
    async data() {
      const stored = (await storage.read([storageKey]))[storageKey] as { data?: Record<string, unknown> } | undefined;
      return stored?.data;
    },
    close: () => app.close(),
  };
}

/**
 * Runs a whole Web Chat conversation through one shared app (cheaper than a harness per row in big
 * tables) and returns what the bot sent in the last turn, typing indicators left out.
 */
export async function lastTurnOf(app: BotApp, conversationId: string, locale: string, texts: readonly string[]): Promise<Partial<Activity>[]> {
  const adapter = new TestAdapter(app.logic, {
    channelId: 'webchat',
    conversation: { id: conversationId, conversationType: 'personal', isGroup: false, name: '' },
    from: { id: 'person', name: 'Person' },
    recipient: { id: 'bot', name: 'Bot' },
    serviceUrl: 'http://127.0.0.1/unused',
    locale,
  });
  let last: Partial<Activity>[] = [];
  for (const text of texts) {
    adapter.activeQueue.splice(0);
    await adapter.processActivity({ type: 'message', text, locale });
    last = adapter.activeQueue.splice(0).filter((a) => a.type !== ActivityTypes.Typing);
  }
  return last;
}
