/**
 * Direct Line, by mode (config DIRECTLINE_MODE): `local` mounts this server's own Direct Line 3.0
 * endpoint (REST, WebSocket stream, connector routes for the bot's replies) and the token route;
 * `azure` mounts only the token route, which exchanges the secret; `off` mounts nothing.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Activity, CloudAdapter, Middleware } from 'botbuilder';
import type { Server } from 'restify';
import { localRateLimit, RateLimiter, type RateLimit } from '../directline/rateLimiter';
import { DEFAULTS, DirectLineService, type DirectLineOptions } from '../directline/service';
import { RedisConversationStore, type DirectLineRedis } from '../directline/redisConversations';
import { RedisRateLimit } from '../directline/redisRateLimit';
import { RedisTokenStore } from '../directline/redisTokens';
import { withRequestId } from '../ops/requestId';
import { mountConnectorRoutes, CONNECTOR_PATH, CONNECTOR_URL, newConnectorSecret } from './directLineConnector';
import { mountLocalRoutes } from './directLineLocal';
import { attachStream } from './directLineStream';
import { trustProxyFor } from './directLineHttp';
import { mountTokenRoute } from './directLineToken';
import type { MountedRoutes, RouteContext } from './routes';

const SWEEP_MS = 60_000;

/** Where this process reaches itself: the bound port on loopback. */
function loopbackUrl(server: Server): string {
  const address = server.address() as AddressInfo | null;
  if (!address) throw new Error('the server is not listening yet');
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Shared by every instance when the state is on Redis: conversations, their streams (pub/sub), tokens, rate limits. */
interface Shared {
  conversations: RedisConversationStore;
  tokens: RedisTokenStore;
  limiter: RateLimit;
}

function sharedOnRedis(redis: DirectLineRedis, tokensPerMinute: number, tuning: DirectLineTuning): Shared {
  const { client, guard } = redis;
  const tokens = new RedisTokenStore({
    client,
    guard,
    now: tuning.now,
    tokenTtlMs: tuning.tokenTtlMs ?? DEFAULTS.tokenTtlMs,
    ticketTtlMs: tuning.ticketTtlMs ?? DEFAULTS.ticketTtlMs,
  });
  // Loaded now, so tokens verify without Redis later (a message still reaches the bot's fail-safe with Redis down).
  void tokens.signingKey().catch(() => undefined);
  const conversations = new RedisConversationStore({
    client,
    subscriber: redis.subscriber(),
    guard,
    now: tuning.now,
    limits: {
      historyLimit: tuning.historyLimit ?? DEFAULTS.historyLimit,
      idleMs: tuning.idleMs ?? DEFAULTS.idleMs,
      unstartedIdleMs: tuning.unstartedIdleMs ?? DEFAULTS.unstartedIdleMs,
      maxConversations: tuning.maxConversations ?? DEFAULTS.maxConversations,
      reserve: tuning.reserve ?? DEFAULTS.reserve,
      perOwner: tuning.perAddress ?? DEFAULTS.perAddress,
    },
  });
  return { conversations, tokens, limiter: new RedisRateLimit({ client, guard, now: tuning.now, limit: tokensPerMinute }) };
}

/** What botbuilder keeps in a turn to make connector clients (its type is not exported). */
interface ConnectorFactoryLike {
  create(serviceUrl: string, audience?: string): Promise<unknown>;
}

/**
 * The bot's replies on the local Direct Line go to this process's own connector routes: a
 * conversation reference kept from a turn on another instance (the hand-off keeps one for the
 * advisor's replies) names that instance's loopback address, which may be dead or on another host,
 * while every instance's connector serves every conversation; one kept across a restart names
 * the earlier process's connector secret.
 */
function ownConnector(adapter: CloudAdapter, own: () => string): Middleware {
  return {
    async onTurn(context, next) {
      const url = context.activity.serviceUrl;
      if (context.activity.channelId === 'directline' && url && url !== own() && CONNECTOR_URL.test(url)) {
        const factory = context.turnState.get(adapter.ConnectorFactoryKey) as ConnectorFactoryLike | undefined;
        if (factory) {
          context.turnState.set(adapter.ConnectorClientKey, await factory.create(own(), context.turnState.get(adapter.OAuthScopeKey) as string | undefined));
          context.activity.serviceUrl = own();
        }
      }
      await next();
    },
  };
}

/** Test seams: shorter lifetimes and a clock. */
export type DirectLineTuning = Partial<Omit<DirectLineOptions, 'deliver' | 'serviceUrl'>> & { fetch?: typeof fetch; keepAliveMs?: number };

export function createDirectLineModule(tuning: DirectLineTuning = {}) {
  return (server: Server, { app, logger }: RouteContext): MountedRoutes | void => {
    const { directLine, publicUrl } = app.config;
    if (directLine.mode === 'off') return;
    const shared =
      directLine.mode === 'local' && !app.config.identity && app.directLineRedis
        ? sharedOnRedis(app.directLineRedis, directLine.tokensPerMinute, tuning)
        : undefined;
    const limiter: RateLimit = shared?.limiter ?? localRateLimit(new RateLimiter(directLine.tokensPerMinute, 60_000, tuning.now));
    trustProxyFor(limiter, app.config.trustProxy);

    if (directLine.mode === 'azure') {
      mountTokenRoute(server, { kind: 'azure', endpoint: directLine.endpoint, secret: directLine.secret ?? '', fetch: tuning.fetch }, limiter, logger);
      const sweep = setInterval(() => limiter.sweep(), SWEEP_MS).unref();
      return { close: () => clearInterval(sweep) };
    }

    if (app.config.identity) {
      // The bot's replies would need Azure-signed calls; the local endpoint is for an unauthenticated bot.
      logger.error('DIRECTLINE_MODE=local needs a bot without MicrosoftAppId; the local Direct Line endpoint is not mounted');
      return;
    }
    const secret = newConnectorSecret();
    const connectorUrl = () => `${loopbackUrl(server)}${CONNECTOR_PATH}/${secret}`;
    const service = new DirectLineService({
      ...tuning,
      // Generous, like /api/messages: a long paste still reaches the bot, which risk-checks it and kindly asks for less.
      maxActivityBytes: tuning.maxActivityBytes ?? 1024 * 1024,
      serviceUrl: connectorUrl,
      // In process, as an unsigned request (no app id): the replies come back through the connector routes.
      deliver: (activity) => withRequestId(randomUUID(), () => app.adapter.processActivityDirect('', activity as Activity, app.logic)),
      conversations: shared?.conversations,
      tokens: shared?.tokens,
      // No text: which step, and the error's name.
      onDegraded: (what, error) => logger.warn({ what, err: error instanceof Error ? error.name : 'error' }, 'direct line: storage unreachable, degraded path'),
    });
    app.erasure.register({ storeName: 'directline-history', erase: (subject) => service.eraseByKey(subject.conversationKey) });
    // Always: a reference kept across a restart (the hand-off's) names an earlier process's secret.
    app.adapter.use(ownConnector(app.adapter, connectorUrl));
    mountLocalRoutes(server, { service, limiter, logger, publicUrl });
    mountConnectorRoutes(server, service, logger, secret);
    mountTokenRoute(server, { kind: 'local', service, publicUrl }, limiter, logger);
    const stream = attachStream(server.server, service, { publicUrl, keepAliveMs: tuning.keepAliveMs });
    const sweep = setInterval(() => {
      void service.sweep().catch(() => undefined);
      limiter.sweep();
    }, SWEEP_MS).unref();
    logger.info(shared ? 'local Direct Line endpoint on /v3/directline, shared on Redis' : 'local Direct Line endpoint on /v3/directline');
    return {
      async close() {
        clearInterval(sweep);
        stream.close();
        await service.close();
      },
    };
  };
}

export const mountDirectLine = createDirectLineModule();
