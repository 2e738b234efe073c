/**
 * The one place that reads process.env. Everything else receives a typed,
 * validated Config. A bad value stops the boot with a message naming the variable.
 * (index.ts loads a local .env file into process.env before calling loadConfig.)
 */

import { parseTrustProxy, type TrustProxy } from './ops/trustProxy';
import type { SecondOpinionThresholds } from './risk/secondOpinion';
import type { CluConfig } from './understanding/clu';

export type { CluConfig };
export type AppType = 'SingleTenant' | 'UserAssignedMSI';
export type StorageKind = 'lowdb' | 'memory' | 'redis';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface BotIdentity {
  appType: AppType;
  appId: string;
  appPassword?: string;
  tenantId?: string;
}

export interface Config {
  port: number;
  production: boolean;
  /** Present when the bot is registered with Azure Bot Service: JWTs are then checked. */
  identity?: BotIdentity;
  /** Production without an identity: only with an explicit opt-in. */
  allowUnauthenticated: boolean;
  /** `timeoutMs`: budget of every storage call (STORAGE_TIMEOUT_MS), after which the fail-safe runs. */
  storage: { kind: StorageKind; dir: string; redisUrl?: string; timeoutMs: number };
  /** Idle time after which conversation state expires. */
  stateIdleMs: number;
  /** Longer messages are still risk-assessed, then politely refused. */
  maxMessageChars: number;
  logLevel: LogLevel;
  defaultOrg: string;
  /** INSIGHT_OPERATOR_ORG: the organisation that runs the service; its admins also see the national insight view. */
  insightOperatorOrg?: string;
  /** Public base URL, for links the bot sends (plans). */
  publicUrl: string;
  clu?: CluConfig;
  /** CONTENT_SAFETY_*: a second opinion on risk from Azure AI Content Safety; off unless endpoint and key are set. */
  contentSafety?: ContentSafetyConfig;
  handoff: HandoffConfig;
  advisor: AdvisorConfig;
  directLine: DirectLineConfig;
  notify?: NotifyConfig;
  /** TRUST_PROXY: how far X-Forwarded-For is believed for rate limits (hops or proxy ranges); unset: not at all. */
  trustProxy?: TrustProxy;
  /** CATALOGUE_FEEDS: ORUK feeds merged under the national core (catalogue/feeds/). */
  catalogueFeeds?: CatalogueFeedsConfig;
}

export interface ContentSafetyConfig {
  endpoint: string;
  key: string;
  /** The whole call's budget; past it the embedded assessment stands alone. At most 1000 ms, so that with the
   *  storage budget (2000 ms at most) a crisis reply still goes out within 3 s. */
  timeoutMs: number;
  /** Severities (0-7) at or above which SelfHarm and Violence raise the level to urgent. */
  thresholds: SecondOpinionThresholds;
}

export interface CatalogueFeedsConfig {
  urls: string[];
  everyMs: number;
  /** CATALOGUE_FEEDS_ALLOW_PRIVATE: private and loopback addresses (and http://) allowed, for intranets and tests. */
  allowPrivate: boolean;
}

export interface HandoffConfig {
  /** After this long in the queue the person is told what to do if nobody is free. */
  waitMs: number;
  /** A claimed conversation whose advisor console is silent this long goes back to the queue. */
  heartbeatTimeoutMs: number;
  /** Call-back numbers are deleted after this many days. */
  callbackKeepDays: number;
  /** Emit the Bot Framework `handoff.initiate` event for an agent hub (never on Teams). */
  emitInitiate: boolean;
  /** DEMO_LINE_ALWAYS_OPEN: demonstration organisations' lines open round the clock, so a newcomer can try the hand-off at once. */
  demoLineAlwaysOpen: boolean;
}

export interface AdvisorConfig {
  /** Where advisor accounts and the transcript-view audit log are kept. */
  dir: string;
  sessionIdleMs: number;
}

export type DirectLineMode = 'local' | 'azure' | 'off';

export interface DirectLineConfig {
  /** local: this server speaks Direct Line 3.0 itself; azure: it exchanges DIRECTLINE_SECRET for tokens. */
  mode: DirectLineMode;
  /** Azure mode only: never sent to a browser. */
  secret?: string;
  /** Azure mode: the Direct Line service (regional endpoints differ). */
  endpoint: string;
  /** Token requests allowed per client address per minute. */
  tokensPerMinute: number;
}

export interface NotifyConfig {
  url: string;
  /** json: a generic body; teams: the Teams Workflows (Power Automate) webhook's Adaptive Card message. */
  format: 'json' | 'teams';
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Configuration error in ${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function flag(env: Env, name: string): boolean {
  const raw = text(env, name);
  if (raw === undefined) return false;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function identityFrom(env: Env): BotIdentity | undefined {
  const appId = text(env, 'MicrosoftAppId');
  if (!appId) {
    // Half an identity would silently run unauthenticated: refuse it.
    const partial = ['MicrosoftAppType', 'MicrosoftAppPassword', 'MicrosoftAppTenantId'].filter((name) => text(env, name));
    if (partial.length) throw new ConfigError('MicrosoftAppId', `is required when ${partial.join(', ')} is set`);
    return undefined;
  }
  const appType = text(env, 'MicrosoftAppType');
  if (appType !== 'SingleTenant' && appType !== 'UserAssignedMSI') {
    // New multi-tenant bots can no longer be created in Azure Bot Service.
    throw new ConfigError('MicrosoftAppType', `must be SingleTenant or UserAssignedMSI when MicrosoftAppId is set, got "${appType ?? ''}"`);
  }
  const tenantId = text(env, 'MicrosoftAppTenantId');
  if (!tenantId) throw new ConfigError('MicrosoftAppTenantId', `is required for ${appType}`);
  const appPassword = text(env, 'MicrosoftAppPassword');
  if (appType === 'SingleTenant' && !appPassword) {
    throw new ConfigError('MicrosoftAppPassword', 'is required for SingleTenant');
  }
  return { appType, appId, appPassword, tenantId };
}

function cluFrom(env: Env): CluConfig | undefined {
  const endpoint = text(env, 'CLU_ENDPOINT');
  if (!endpoint) return undefined;
  if (!/^https:\/\//.test(endpoint) || !URL.canParse(endpoint)) throw new ConfigError('CLU_ENDPOINT', 'must be an https:// URL');
  const key = text(env, 'CLU_KEY');
  if (!key) throw new ConfigError('CLU_KEY', 'is required when CLU_ENDPOINT is set');
  const projectName = text(env, 'CLU_PROJECT');
  if (!projectName) throw new ConfigError('CLU_PROJECT', 'is required when CLU_ENDPOINT is set');
  return {
    endpoint,
    key,
    projectName,
    deploymentName: text(env, 'CLU_DEPLOYMENT') ?? 'production',
    timeoutMs: integer(env, 'CLU_TIMEOUT_MS', 800, 50, 10_000),
  };
}

function contentSafetyFrom(env: Env): ContentSafetyConfig | undefined {
  const endpoint = text(env, 'CONTENT_SAFETY_ENDPOINT');
  const key = text(env, 'CONTENT_SAFETY_KEY');
  const timeoutMs = integer(env, 'CONTENT_SAFETY_TIMEOUT_MS', 700, 100, 1000);
  const thresholds = {
    selfHarm: integer(env, 'CONTENT_SAFETY_SELF_HARM_THRESHOLD', 4, 1, 7),
    violence: integer(env, 'CONTENT_SAFETY_VIOLENCE_THRESHOLD', 4, 1, 7),
  };
  if (!endpoint && !key) return undefined;
  if (!endpoint) throw new ConfigError('CONTENT_SAFETY_ENDPOINT', 'is required when CONTENT_SAFETY_KEY is set');
  if (!/^https:\/\//.test(endpoint) || !URL.canParse(endpoint)) throw new ConfigError('CONTENT_SAFETY_ENDPOINT', 'must be an https:// URL');
  if (!key) throw new ConfigError('CONTENT_SAFETY_KEY', 'is required when CONTENT_SAFETY_ENDPOINT is set');
  return { endpoint, key, timeoutMs, thresholds };
}

function directLineFrom(env: Env, production: boolean, identity: BotIdentity | undefined): DirectLineConfig {
  const secret = text(env, 'DIRECTLINE_SECRET');
  const endpoint = text(env, 'DIRECTLINE_ENDPOINT') ?? 'https://directline.botframework.com/v3/directline';
  if (!/^https:\/\//.test(endpoint) || !URL.canParse(endpoint)) throw new ConfigError('DIRECTLINE_ENDPOINT', 'must be an https:// URL');
  const requested = oneOf(env, 'DIRECTLINE_MODE', ['auto', 'local', 'azure', 'off'], 'auto');
  // auto: Azure when a secret is set; the local endpoint only in local mode (no identity, not production).
  let mode: DirectLineMode;
  if (requested === 'auto') mode = secret ? 'azure' : production || identity ? 'off' : 'local';
  else mode = requested;
  if (mode === 'azure' && !secret) throw new ConfigError('DIRECTLINE_SECRET', 'is required when DIRECTLINE_MODE=azure');
  return { mode, secret, endpoint: endpoint.replace(/\/$/, ''), tokensPerMinute: integer(env, 'DIRECTLINE_TOKENS_PER_MINUTE', 20, 1, 10_000) };
}

function notifyFrom(env: Env): NotifyConfig | undefined {
  const url = text(env, 'NOTIFY_WEBHOOK_URL');
  const format = oneOf(env, 'NOTIFY_WEBHOOK_FORMAT', ['json', 'teams'], 'json');
  if (!url) return undefined;
  if (!/^https?:\/\//.test(url) || !URL.canParse(url)) throw new ConfigError('NOTIFY_WEBHOOK_URL', 'must be an http:// or https:// URL');
  return { url, format };
}

function catalogueFeedsFrom(env: Env): CatalogueFeedsConfig | undefined {
  const urls = (text(env, 'CATALOGUE_FEEDS') ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  const allowPrivate = flag(env, 'CATALOGUE_FEEDS_ALLOW_PRIVATE');
  const everyMs = integer(env, 'CATALOGUE_FEED_MINUTES', 60, 5, 7 * 24 * 60) * 60_000;
  if (urls.length === 0) return undefined;
  for (const url of urls) {
    const ok = URL.canParse(url) && (/^https:\/\//.test(url) || (allowPrivate && /^http:\/\//.test(url)));
    if (!ok) throw new ConfigError('CATALOGUE_FEEDS', `"${url}" must be an https:// URL (http:// only with CATALOGUE_FEEDS_ALLOW_PRIVATE=1)`);
  }
  return { urls, everyMs, allowPrivate };
}

function trustProxyFrom(env: Env): TrustProxy | undefined {
  const value = text(env, 'TRUST_PROXY');
  if (!value) return undefined;
  try {
    return parseTrustProxy(value);
  } catch {
    throw new ConfigError('TRUST_PROXY', 'must be a number of proxy hops or comma-separated address ranges (10.0.0.0/8)');
  }
}

export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const identity = identityFrom(env);
  const allowUnauthenticated = flag(env, 'ALLOW_UNAUTHENTICATED');
  if (production && !identity && !allowUnauthenticated) {
    throw new ConfigError(
      'MicrosoftAppId',
      'NODE_ENV=production needs a bot identity (MicrosoftAppType, MicrosoftAppId, MicrosoftAppTenantId), ' +
        'or ALLOW_UNAUTHENTICATED=true to accept unsigned requests on purpose',
    );
  }
  const storageKind = oneOf<StorageKind>(env, 'STORAGE', ['lowdb', 'memory', 'redis'], 'lowdb');
  const redisUrl = text(env, 'REDIS_URL');
  if (storageKind === 'redis' && !redisUrl) throw new ConfigError('REDIS_URL', 'is required when STORAGE=redis');
  const port = integer(env, 'PORT', 3978, 0, 65535);
  const publicUrl = text(env, 'PUBLIC_URL') ?? `http://localhost:${port}`;
  if (!/^https?:\/\//.test(publicUrl) || !URL.canParse(publicUrl)) throw new ConfigError('PUBLIC_URL', 'must be an http:// or https:// URL');
  return {
    port,
    production,
    identity,
    allowUnauthenticated,
    storage: {
      kind: storageKind,
      dir: text(env, 'STATE_DIR') ?? '.data/state',
      redisUrl,
      timeoutMs: integer(env, 'STORAGE_TIMEOUT_MS', 2000, 50, 2000),
    },
    stateIdleMs: integer(env, 'STATE_IDLE_HOURS', 24, 1, 24 * 90) * 3_600_000,
    maxMessageChars: integer(env, 'MAX_MESSAGE_CHARS', 2000, 100, 100_000),
    logLevel: oneOf<LogLevel>(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    defaultOrg: text(env, 'DEFAULT_ORG') ?? 'demo',
    insightOperatorOrg: text(env, 'INSIGHT_OPERATOR_ORG'),
    publicUrl: publicUrl.replace(/\/$/, ''),
    clu: cluFrom(env),
    contentSafety: contentSafetyFrom(env),
    handoff: {
      waitMs: integer(env, 'HANDOFF_WAIT_MINUTES', 10, 1, 240) * 60_000,
      heartbeatTimeoutMs: integer(env, 'ADVISOR_HEARTBEAT_TIMEOUT_SECONDS', 45, 5, 3600) * 1000,
      callbackKeepDays: integer(env, 'CALLBACK_KEEP_DAYS', 7, 1, 90),
      emitInitiate: flag(env, 'HANDOFF_INITIATE_EVENT'),
      demoLineAlwaysOpen: flag(env, 'DEMO_LINE_ALWAYS_OPEN'),
    },
    advisor: {
      dir: text(env, 'ADVISOR_DIR') ?? '.data/advisor',
      sessionIdleMs: integer(env, 'ADVISOR_SESSION_IDLE_MINUTES', 30, 1, 24 * 60) * 60_000,
    },
    directLine: directLineFrom(env, production, identity),
    notify: notifyFrom(env),
    trustProxy: trustProxyFrom(env),
    catalogueFeeds: catalogueFeedsFrom(env),
  };
}
