/**
 * Composes the bot from its parts, the same way for the server, `converse`,
 * `chat` and the tests: config in, a ready adapter and bot out.
 */
import { CloudAdapter, type TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import { CarerBot } from './bots/carerBot';
import { TurnState } from './bots/turnState';
import { KeptClientsAuthentication } from './bots/connectorClients';
import { SerialTurnsMiddleware } from './bots/turnQueue';
import { loadCatalogue, type Catalogue } from './catalogue';
import { createCatalogueFeeds } from './catalogue/feeds';
import { resolveAll } from './catalogue/feeds/pinnedFetch';
import { ConfigError, type Config } from './config';
import { join } from 'node:path';
import type { AdvisorSessions, SessionEnded, SessionKeeper, StoredSession } from './advisor/sessions';
import { RedisAdvisorSessions } from './advisor/redisSessions';
import { AccountStore } from './advisor/accounts';
import { RedisAccountStore } from './advisor/redisAccounts';
import { InProcessCallbackStore, type CallbackStore } from './handoff/callbacks';
import { createRedisHandoff } from './handoff/redisHandoff';
import { InProcessSessionStore } from './handoff/sessionStore';
import { DurableHandoff, type HandoffSnapshot } from './handoff/durable';
import { HandoffService, type UrgentHandoff } from './handoff/handoffService';
import { InProcessPresence } from './handoff/presence';
import { createNotifier, noticeFor, type AdviceLineNotifier } from './handoff/notify';
import { createAdminSpace, FileAdminStore, MemoryAdminStore, notifyOrganisation, RedisAdminStore, type AdminSpace, type AdminStore } from './admin';
import { ProactivePersonRelay, type ContinueConversation } from './bots/personRelay';
import { loadOrganisations, openRoundTheClock, type Organisation } from './handoff/orgs';
import { InProcessQueue, type HandoffQueue } from './handoff/queue';
import { createI18n, translatorFor } from './i18n';
import type { Logger } from './ops/logger';
import { ErasureService } from './privacy/erasure';
import { PlanStore } from './plans/planStore';
import { createInsight, type CounterDocument, type Insight } from './insight';
import { isRightToLeft } from './i18n';
import type { RiskAssessment } from './risk/types';
import {
  createSeenActivities,
  createStorage,
  createTurnLease,
  RedisStorage,
  SnapshotFile,
  TimedStorage,
  withinBudget,
  type StateStorage,
  type StorageConfig,
} from './storage';
import { createRedisClient, firstConnection } from './storage/redisClient';
import type { DirectLineRedis } from './directline/redisConversations';
import { OncePerActivityMiddleware } from './bots/activityOnce';
import { TurnLeaseMiddleware } from './bots/turnLease';
import { createCluRecognizer, createEmbeddedRecognizer, supportedLocale } from './understanding';
import type { Recognizer } from './understanding/types';
import { smsShortLinks } from './channels/shortLinks';
import { createAzureContentSafety } from './contentsafety';
import type { SecondOpinionDeps } from './bots/secondOpinion';

export interface AppOverrides {
  storage?: StateStorage;
  clock?: () => Date;
  recognizer?: Recognizer;
  assess?: (text: string) => RiskAssessment;
  /** A second opinion on risk in place of the configured one (tests: a fake client). */
  secondOpinion?: SecondOpinionDeps;
  /** How the hand-off reaches a person outside their turn (tests use their own adapter's). */
  continueConversation?: ContinueConversation;
  /** Told of every urgent or emergency hand-off, besides the advice line's webhook. */
  onUrgent?: (handoff: UrgentHandoff) => void;
  notifier?: AdviceLineNotifier;
}

export interface BotApp {
  config: Config;
  adapter: CloudAdapter;
  bot: CarerBot;
  storage: StateStorage;
  turns: SerialTurnsMiddleware;
  erasure: ErasureService;
  queue: HandoffQueue;
  /** The hand-off: the person's side for the bot, the advisor's side for the console. */
  desk: HandoffService;
  callbacks: CallbackStore;
  plans: PlanStore;
  /** Aggregate counters for the organisations' dashboard (web/insightRoutes.ts): no text, no identifier. */
  insight: Insight;
  organisations: Map<string, Organisation>;
  catalogue: Catalogue;
  i18n: i18n;
  logic: (context: TurnContext) => Promise<void>;
  /** Embedded: where signed-in advisor consoles are kept across restarts (web/advisorRoutes.ts). */
  advisorSessions?: SessionKeeper;
  /** On Redis: the local Direct Line's conversations, tokens, streams and rate limits, shared by every instance (web/directLine.ts). */
  directLineRedis?: DirectLineRedis;
  /** On Redis: console sessions shared by every instance (web/advisorRoutes.ts uses it instead of the embedded store). */
  sharedAdvisorSessions?: (idleMs: number, clock: () => number, onEnd: SessionEnded) => AdvisorSessions;
  /** On Redis: advisor accounts shared by every instance, ADVISOR_DIR/accounts.json their seed (else each route reads that file). */
  advisorAccounts?: AccountStore;
  /** The organisation admin space: settings, logos, local services, feeds (web/adminRoutes.ts). */
  admin: AdminSpace;
  /** Resolves once a kept hand-off (embedded storage) is back: queue, presence, call backs. */
  restored: Promise<void>;
  /** Storage and the hand-off queue answer within the storage budget (/readyz). */
  readiness(): Promise<{ storage: Reachability; queue: Reachability }>;
  close(): Promise<void>;
}

export type Reachability = 'ok' | 'unreachable';

/** How often silent advisor consoles and long waits are checked. */
const SWEEP_MS = 5_000;

function authentication(config: Config): KeptClientsAuthentication {
  const id = config.identity;
  // No app id: the Emulator convention, unsigned requests are accepted (local mode only; config refuses it in production).
  return new KeptClientsAuthentication({
    MicrosoftAppId: id?.appId ?? '',
    MicrosoftAppPassword: id?.appPassword ?? '',
    MicrosoftAppType: id?.appType ?? '',
    MicrosoftAppTenantId: id?.tenantId ?? '',
  });
}

export function createBotApp(config: Config, logger: Logger, overrides: AppOverrides = {}): BotApp {
  // Checked before storage opens files or connections that a failed start would leave open.
  const organisations = loadOrganisations();
  // The files as they are: the admin space's seed (its overrides replace entries of `organisations` in place).
  const seedOrganisations = new Map(organisations);
  // Only the server's own configuration can set this (converse and the tests build theirs without it).
  if (config.handoff.demoLineAlwaysOpen) for (const [id, org] of organisations) organisations.set(id, openRoundTheClock(org));
  if (!organisations.has(config.defaultOrg)) throw new ConfigError('DEFAULT_ORG', `"${config.defaultOrg}" has no file in data/orgs/`);
  const storageConfig: StorageConfig = {
    kind: config.storage.kind,
    dir: config.storage.dir,
    redisUrl: config.storage.redisUrl,
    idleMs: config.stateIdleMs,
    timeoutMs: config.storage.timeoutMs,
    onError: (error) => logger.warn({ err: { name: error.name, message: error.message } }, 'redis connection problem'),
  };
  const storage = overrides.storage ?? createStorage(storageConfig);
  const seenActivities = createSeenActivities(storageConfig, storage);
  // ConversationState with a cheaper change check (bots/turnState.ts): the same writes.
  const conversationState = new TurnState(storage);
  const catalogue = loadCatalogue();
  // CATALOGUE_FEEDS: local services merged under the core; fetched in the background, never awaited.
  const feeds = config.catalogueFeeds ? createCatalogueFeeds(config.catalogueFeeds, catalogue, config.storage.dir, logger) : undefined;
  feeds?.start();
  const admin = createAdminSpace({
    store: createAdminStore(config, storageConfig),
    organisations,
    seed: seedOrganisations,
    transform: config.handoff.demoLineAlwaysOpen ? openRoundTheClock : undefined,
    core: catalogue,
    feedsConfig: config.catalogueFeeds,
    stateDir: config.storage.dir,
    logger,
  });
  const callbackKeepMs = config.handoff.callbackKeepDays * 86_400_000;
  const handoffProblem = (what: string, error: unknown) => logger.warn({ what, err: errorName(error) }, 'hand-off problem');
  // On Redis every instance shares the hand-off (queue, presence, call backs, hand-offs, console events); else it is in process.
  const redis = redisOf(storage);
  const shared = redis
    ? createRedisHandoff(redis.connection, {
        prefix: redis.prefix.replace(/state:$/, ''),
        heartbeatTimeoutMs: config.handoff.heartbeatTimeoutMs,
        callbackKeepMs,
        sessionKeepMs: Math.max(config.stateIdleMs, 86_400_000),
        onError: handoffProblem,
      })
    : undefined;
  const accounts = redis ? createRedisAccounts(config, storageConfig, redis, logger) : undefined;
  const localSessions = new InProcessSessionStore();
  const localCallbacks = new InProcessCallbackStore(callbackKeepMs);
  const localPresence = new InProcessPresence(config.handoff.heartbeatTimeoutMs);
  const queue: HandoffQueue = shared?.queue ?? new InProcessQueue();
  const callbacks: CallbackStore = shared?.callbacks ?? localCallbacks;
  const clock = overrides.clock ?? (() => new Date());
  const notifier = overrides.notifier ?? createNotifier(config.notify, logger);
  const adapter = new CloudAdapter(authentication(config));
  const relay = new ProactivePersonRelay(
    overrides.continueConversation ?? ((reference, logic) => adapter.continueConversationAsync(config.identity?.appId ?? '', reference, logic)),
  );
  const desk = new HandoffService({
    queue,
    presence: shared?.presence ?? localPresence,
    sessions: shared?.sessions ?? localSessions,
    events: shared?.events,
    relay,
    now: () => clock().getTime(),
    waitMs: config.handoff.waitMs,
    heartbeatTimeoutMs: config.handoff.heartbeatTimeoutMs,
    onUrgent: (handoff) => {
      logger.warn(
        { conversation: handoff.conversationKey, org: handoff.org, level: handoff.level, categories: handoff.categories, reason: handoff.reason },
        'urgent hand-off',
      );
      overrides.onUrgent?.(handoff);
      const notice = noticeFor(handoff, { orgName: organisations.get(handoff.org)?.name ?? handoff.org, publicUrl: config.publicUrl, at: clock() });
      // Never awaited: the person's reply must not wait for the advice line's webhook.
      if (notice) void notifier.notify(notice).catch(() => undefined);
      if (notice) void notifyOrganisation(organisations.get(handoff.org), notice, logger, resolveAll).catch(() => undefined);
    },
    onError: handoffProblem,
  });
  // Embedded: the hand-off is kept beside the state, so a restart loses nobody waiting.
  const durable =
    config.storage.kind === 'lowdb'
      ? new DurableHandoff({
          desk,
          sessions: localSessions,
          presence: localPresence,
          callbacks: localCallbacks,
          orgs: [...organisations.keys()],
          sink: new SnapshotFile<HandoffSnapshot>(join(config.storage.dir, 'handoff.json')),
          now: () => clock().getTime(),
          onError: (what, error) => logger.error({ what, err: errorName(error) }, 'hand-off snapshot problem'),
        })
      : undefined;
  const restored = (durable?.restore() ?? Promise.resolve(0)).then((count) => {
    if (count) logger.info({ handoffs: count }, 'hand-off restored');
    durable?.start();
  });
  const sweeper = setInterval(() => void desk.sweep().catch(() => undefined), SWEEP_MS);
  sweeper.unref();
  const plans = new PlanStore(config.stateIdleMs, () => clock().getTime());
  const erasure = new ErasureService();
  erasure.register({ storeName: 'plans', erase: async (s) => void plans.eraseConversation(s.conversationKey) });
  erasure.register({ storeName: 'conversation-state', erase: async (s) => storage.delete(s.storageKeys) });
  erasure.register({ storeName: 'handoff', erase: async (s) => desk.erase(s.conversationKey) });
  erasure.register({ storeName: 'callback-requests', erase: async (s) => void (await callbacks.eraseConversation(s.conversationKey)) });
  // Counted as things happen, beside the state; a failure is logged by name and never touches a turn.
  const insightRedis =
    config.storage.kind === 'redis'
      ? createRedisClient(config.storage.redisUrl, { timeoutMs: config.storage.timeoutMs, onError: storageConfig.onError })
      : undefined;
  const insight = createInsight({
    file: config.storage.kind === 'lowdb' ? new SnapshotFile<CounterDocument>(join(config.storage.dir, 'insight.json')) : undefined,
    redis: insightRedis && { client: insightRedis, connected: () => firstConnection(insightRedis) },
    clock,
    onError: (error) => logger.warn({ err: errorName(error) }, 'insight counters problem'),
  });
  // Hand-off outcomes from the desk's own events, once what a restart kept is back (not counted again).
  const watched = restored
    .then(() => insight.watch(desk, [...organisations.keys()]))
    .catch((error: unknown) => logger.warn({ err: errorName(error) }, 'insight not watching the hand-off'));
  const embedded = createEmbeddedRecognizer();
  const recognizer = overrides.recognizer ?? (config.clu ? createCluRecognizer(config.clu) : embedded);
  const i18nInstance = createI18n();
  const bot = new CarerBot({
    conversationState,
    recognizer,
    // Read on every turn: a feed refresh swaps the whole catalogue at once.
    get catalogue() {
      return admin.live.catalogue(feeds?.current() ?? catalogue);
    },
    organisations,
    defaultOrg: config.defaultOrg,
    handoff: desk,
    notifyUrgent: (handoff) => desk.options.onUrgent?.(handoff),
    erasure,
    i18n: i18nInstance,
    clock,
    logger,
    maxMessageChars: config.maxMessageChars,
    keepHours: Math.round(config.stateIdleMs / 3_600_000),
    dialogs: {
      callbacks,
      callbackKeepDays: config.handoff.callbackKeepDays,
      emitHandoffInitiate: config.handoff.emitInitiate,
      planLink: async (turn, plan) =>
        `${config.publicUrl}/plan/${plans.save({ plan, language: turn.guide.language, rightToLeft: isRightToLeft(turn.guide.language), conversationKey: turn.person.conversationKey })}`,
    },
    assess: overrides.assess,
    secondOpinion: overrides.secondOpinion ?? secondOpinionFrom(config, logger),
    insight: insight.recorder,
    shortLink: smsShortLinks(config.publicUrl),
  });
  relay.attach(bot);
  const turns = new SerialTurnsMiddleware();
  // A repeated delivery is dropped before it waits in the conversation's queue (on Redis after it: the turn lease's one start script records it).
  adapter.use(new OncePerActivityMiddleware(seenActivities, (error) => logger.warn({ err: errorName(error) }, 'activity record unreachable: handled anyway')));
  adapter.use(turns);
  // Several instances on Redis: one turn at a time per conversation across them too.
  const lease = createTurnLease(storage);
  if (lease)
    adapter.use(
      new TurnLeaseMiddleware(lease, (error) => logger.warn({ err: errorName(error) }, 'turn lease unavailable: turn run without it'), {
        // With the lease, in the same round trip: the state the turn loads and whether it has a hand-off.
        stateKeyOf: (context) => conversationState.getStorageKey(context),
        handoffKeyOf: shared && ((conversationKey) => shared.sessions.existenceKey(conversationKey)),
      }),
    );
  adapter.onTurnError = async (context, error) => {
    // The bot catches its own errors; this is for the adapter and middleware. No personal text in the log.
    logger.error({ err: { name: error.name, message: error.message } }, 'unhandled turn error');
    // In the channel's language when we have it; the 24/7 numbers always, as the turn may have carried risk.
    const locale = typeof context.activity.locale === 'string' ? supportedLocale(context.activity.locale) : undefined;
    const t = translatorFor(locale ?? 'en', i18nInstance);
    await context.sendActivity(`${t('common.error.text')} ${t('crisis.failsafe')}`).catch(() => undefined);
  };
  return {
    config,
    adapter,
    bot,
    storage,
    turns,
    erasure,
    queue,
    desk,
    callbacks,
    plans,
    insight,
    organisations,
    get catalogue() {
      return admin.live.catalogue(feeds?.current() ?? catalogue);
    },
    admin,
    i18n: i18nInstance,
    logic: (context) => bot.run(context),
    restored: restored.then(() => undefined),
    advisorSessions: durable ? new SnapshotFile<StoredSession[]>(join(config.advisor.dir, 'sessions.json')) : undefined,
    directLineRedis: directLineRedisOf(storage, config, storageConfig.onError),
    advisorAccounts: accounts?.store,
    sharedAdvisorSessions: redis
      ? (idleMs, advisorClock, onEnd) =>
          new RedisAdvisorSessions(redis.connection, idleMs, advisorClock, onEnd, `${redis.prefix.replace(/state:$/, '')}advisor-sessions:`)
      : undefined,
    async readiness() {
      const budget = config.storage.timeoutMs;
      const [stored, queued] = await Promise.allSettled([
        withinBudget(storage.ping?.() ?? Promise.resolve(), budget, 'storage'),
        withinBudget(queue.ping?.() ?? Promise.resolve(), budget, 'queue'),
      ]);
      const as = (r: PromiseSettledResult<unknown>): Reachability => (r.status === 'fulfilled' ? 'ok' : 'unreachable');
      return { storage: as(stored), queue: as(queued) };
    },
    async close() {
      clearInterval(sweeper);
      feeds?.stop();
      await admin.close();
      await accounts?.close();
      await turns.drain();
      await lease?.flush(); // the last turns' leases, given back but not yet sent
      await restored;
      await watched;
      await insight.close();
      durable?.stop();
      await shared?.events.close();
      await seenActivities.close();
      await storage.close();
    },
  };
}

/** The Redis state storage under its budget wrapper, when the state is on Redis. */
function redisOf(storage: StateStorage): RedisStorage | undefined {
  const inner = storage instanceof TimedStorage ? storage.inner : storage;
  return inner instanceof RedisStorage ? inner : undefined;
}

/** The local Direct Line's share of Redis: the state's connection, each call under the state's budget and breaker once connected. */
function directLineRedisOf(storage: StateStorage, config: Config, onError?: (error: Error) => void): DirectLineRedis | undefined {
  const timed = storage instanceof TimedStorage ? storage : undefined;
  const inner = timed?.inner ?? storage;
  if (!(inner instanceof RedisStorage)) return undefined;
  const client = inner.connection;
  return {
    client,
    subscriber: () => createRedisClient(config.storage.redisUrl, { timeoutMs: config.storage.timeoutMs, onError, extra: { enableOfflineQueue: true } }),
    guard: (what, call) => {
      const connected = async () => {
        await firstConnection(client);
        return call();
      };
      return timed ? timed.guard(what, connected) : connected();
    },
  };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'error';
}

/** Advisor accounts on Redis: commands on the state's connection, change notices on a connection of their own. */
/** Azure AI Content Safety when CONTENT_SAFETY_ENDPOINT and _KEY are set (config.ts), else no second opinion. */
function secondOpinionFrom(config: Config, logger: Logger): SecondOpinionDeps | undefined {
  const cs = config.contentSafety;
  return cs && { client: createAzureContentSafety(cs, logger), thresholds: cs.thresholds, budgetMs: cs.timeoutMs };
}

function createRedisAccounts(config: Config, storage: StorageConfig, redis: RedisStorage, logger: Logger) {
  const subscriber = createRedisClient(config.storage.redisUrl, {
    timeoutMs: storage.timeoutMs,
    onError: storage.onError,
    extra: { enableOfflineQueue: true },
  });
  const onError = (error: Error) => logger.warn({ err: errorName(error) }, 'advisor accounts on Redis: read failed');
  const store = new RedisAccountStore(redis.connection, subscriber, {
    prefix: `${redis.prefix.replace(/state:$/, '')}advisor-accounts:`,
    seed: AccountStore.inDir(config.advisor.dir),
    onError,
  });
  store.ready.catch(onError);
  return {
    store,
    close: async () => {
      await store.close();
      subscriber.disconnect();
    },
  };
}

/** The admin space's overrides beside the state: a file per organisation embedded, a hash per organisation and pub/sub on Redis. */
function createAdminStore(config: Config, storage: StorageConfig): AdminStore {
  if (config.storage.kind === 'memory') return new MemoryAdminStore();
  if (config.storage.kind !== 'redis') return new FileAdminStore(join(config.storage.dir, 'admin'));
  const client = createRedisClient(config.storage.redisUrl, { timeoutMs: storage.timeoutMs, onError: storage.onError });
  // The subscriber needs the offline queue for its SUBSCRIBE, sent before the first connection is up.
  const subscriber = createRedisClient(config.storage.redisUrl, {
    timeoutMs: storage.timeoutMs,
    onError: storage.onError,
    extra: { enableOfflineQueue: true },
  });
  return new RedisAdminStore(client, subscriber);
}
