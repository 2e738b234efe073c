/**
 * The adapter's authentication, with its outbound clients kept across turns. CloudAdapter asks
 * for a new ConnectorClient and a new UserTokenClient on every turn, each building an HTTP
 * pipeline of a dozen policies (about a tenth of a turn's CPU here); they hold no per-turn
 * state, so one per bot app id, service URL and audience serves every turn, as the older
 * BotFrameworkAdapter kept one per service URL. Authentication itself still runs every turn.
 * Each cache is small and drops its oldest entry when full: service URLs come from activities.
 */
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type AuthenticateResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ClaimsIdentity = AuthenticateResult['claimsIdentity'];
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** How many clients of each kind are kept (a bot sees a handful of service URLs). */
export const MAX_KEPT_CLIENTS = 32;

/** The bot's app id a request was for, as botframework-connector reads it (audience claim, else appid). */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';
}

/** A promise per key, the oldest dropped past `MAX_KEPT_CLIENTS`; a failed creation is forgotten. */
class Kept<T> {
  private readonly entries = new Map<string, Promise<T>>();

  get(key: string, create: () => Promise<T>): Promise<T> {
    const kept = this.entries.get(key);
    if (kept) return kept;
    if (this.entries.size >= MAX_KEPT_CLIENTS) this.entries.delete(this.entries.keys().next().value as string);
    const made = create();
    this.entries.set(key, made);
    made.catch(() => this.entries.get(key) === made && this.entries.delete(key));
    return made;
  }
}

export class KeptClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Kept<ConnectorClient>();
  private readonly userTokens = new Kept<UserTokenClient>();

  override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>): Promise<AuthenticateResult> {
    const result = await super.authenticateRequest(...args);
    const { connectorFactory } = result;
    return connectorFactory ? { ...result, connectorFactory: this.keptFactory(connectorFactory, appIdOf(result.claimsIdentity)) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.keptFactory(super.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokens.get(appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private keptFactory(factory: ConnectorFactory, appId: string): ConnectorFactory {
    return new KeptFactory(this.connectors, factory, appId);
  }
}

/**
 * A turn's connector factory whose clients are the kept ones. botbuilder only calls `create` on it.
 * A small object of one class, not Object.create(factory): making each turn's new factory a
 * prototype cost V8 a prototype map per turn (19 us a turn in a profiled bench:turn run).
 */
class KeptFactory {
  constructor(
    private readonly connectors: Kept<ConnectorClient>,
    private readonly factory: ConnectorFactory,
    private readonly appId: string,
  ) {}

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.connectors.get(JSON.stringify([this.appId, serviceUrl, audience ?? null]), () => this.factory.create(serviceUrl, audience));
  }
}
