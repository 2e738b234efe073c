/**
 * The advisor console at /advisor: the page, its script and style, and the
 * JSON API under /advisor/api. Every state-changing request needs the CSRF
 * token and, when the browser sends one, our own Origin. Advisors only ever
 * see and act on their own organisation's conversations.
 */
import { readFileSync } from 'node:fs';
import type { Request, Response, Server } from 'restify';
import { AccountStore, identityOf } from '../advisor/accounts';
import { auditPath, JsonLinesAuditLog, type AuditEntry, type AuditLog } from '../advisor/audit';
import { CSRF_HEADER, originAllowed, tokensMatch } from '../advisor/csrf';
import { randomToken, SessionStore, type AdvisorSessions, type Session } from '../advisor/sessions';
import { SignInService, type SignInPolicies } from '../advisor/signIn';
import type { AdvisorDesk, ClaimResult } from '../handoff/advisorDesk';
import { EventStreams, KEEP_ALIVE_MS } from './advisorEvents';
import {
  bodyFlag,
  bodyString,
  clientAddress,
  cookie,
  isHttps,
  LOGIN_COOKIE,
  ownOrigins,
  readCookies,
  securityHeaders,
  sendAsset,
  sendError,
  sendJson,
  sendPage,
  SESSION_COOKIE,
  setCookies,
} from './advisorHttp';
import { advisorPageHtml } from './advisorPage';
import { activeAccount, registerConsoleSessions } from './adminSessions';
import type { MountedRoutes, RouteContext, RouteModule } from './routes';

export interface AdvisorRouteOptions {
  /** Defaults to `app.desk`. */
  desk?: AdvisorDesk;
  /** Defaults to accounts.json in `config.advisor.dir`. */
  accounts?: AccountStore;
  /** Defaults to audit.log in `config.advisor.dir`. */
  audit?: AuditLog;
  /** Milliseconds since the epoch: sessions, lockout and codes. */
  clock?: () => number;
  policies?: SignInPolicies;
  keepAliveMs?: number;
}

const MAX_KEY_CHARS = 300;
const MAX_REPLY_CHARS = 2000;
const SIGN_IN_REFUSED = 'The username, password or code is not right.';
const SIGN_IN_LOCKED = 'Too many attempts. Please wait 15 minutes and try again.';

const asset = (name: string): string => readFileSync(new URL(`./static/advisor/${name}`, import.meta.url), 'utf8');
const ASSETS: Record<string, { type: string; body: string }> = {
  'console.js': { type: 'text/javascript; charset=utf-8', body: asset('console.js') },
  'console.css': { type: 'text/css; charset=utf-8', body: asset('console.css') },
};

const CLAIM_STATUS: Record<ClaimResult, number> = { claimed: 200, taken: 409, gone: 410, forbidden: 403 };
const CLAIM_MESSAGE: Record<ClaimResult, string> = {
  claimed: 'claimed',
  taken: 'Another advisor claimed this conversation first.',
  gone: 'This conversation is no longer waiting.',
  forbidden: 'You cannot take this conversation.',
};

function deskOf(context: RouteContext, options: AdvisorRouteOptions): () => AdvisorDesk {
  return () => options.desk ?? context.app.desk;
}

export function advisorRoutes(options: AdvisorRouteOptions = {}): RouteModule {
  return (server: Server, context: RouteContext): MountedRoutes => {
    const { app, logger } = context;
    const config = app.config;
    const clock = options.clock ?? Date.now;
    const desk = deskOf(context, options);
    const accounts = options.accounts ?? app.advisorAccounts ?? AccountStore.inDir(config.advisor.dir);
    const audit = options.audit ?? new JsonLinesAuditLog(auditPath(config.advisor.dir));
    const signIn = new SignInService(accounts, clock, options.policies);
    const ended = (session: Session): void => {
      streams.closeSession(session.id);
      // Another open session of the same advisor keeps their conversations.
      void sessions
        .countFor(session.identity.id)
        .then((open) => (open === 0 ? desk().signOff(session.identity) : undefined))
        .catch((error: unknown) => logger.warn({ err: String(error) }, 'advisor sign-off failed'));
    };
    // Shared on Redis when the app has it (several instances), else in memory and kept in a file.
    const sessions: AdvisorSessions =
      app.sharedAdvisorSessions?.(config.advisor.sessionIdleMs, clock, ended) ??
      new SessionStore(config.advisor.sessionIdleMs, clock, ended, app.advisorSessions);
    registerConsoleSessions(app, sessions);
    const streams = new EventStreams(desk, sessions, options.keepAliveMs ?? KEEP_ALIVE_MS);
    const sweep = setInterval(() => void sessions.sweep().catch(() => undefined), 60_000);
    sweep.unref();

    const record = (session: Session, action: AuditEntry['action'], outcome: AuditEntry['outcome'], conversationKey?: string) =>
      audit.record({ at: new Date(clock()).toISOString(), action, advisorId: session.identity.id, org: session.identity.org, conversationKey, outcome });

    const secureCookies = (req: Request) => isHttps(req, config.publicUrl);

    /** What the page shows about the signed-in advisor: never the hash or the secret. */
    const advisorView = (session: Session) => ({
      name: session.identity.name,
      org: session.identity.org,
      orgName: app.organisations.get(session.identity.org)?.name,
      role: session.role,
      languages: session.identity.languages,
      totp: Boolean(accounts.findById(session.identity.id)?.totpSecret),
    });

    /** The signed-in session, or an answer already sent. State-changing requests also pass the CSRF checks. */
    async function sessionFor(req: Request, res: Response, { changes, touch = true }: { changes: boolean; touch?: boolean }): Promise<Session | undefined> {
      if (changes && !originAllowed(req.header('origin'), ownOrigins(req, config.publicUrl))) {
        sendError(res, 403, 'This request did not come from the console.');
        return undefined;
      }
      const session = await sessions.get(readCookies(req).get(SESSION_COOKIE), touch && changes);
      // An admin removed or disabled the account: its sessions end at their next request (web/adminRoutes.ts).
      if (session && !activeAccount(accounts, session.identity.id)) await sessions.destroy(session.id);
      if (!session || !activeAccount(accounts, session.identity.id)) {
        sendError(res, 401, 'Please sign in.');
        return undefined;
      }
      if (changes && !tokensMatch(req.header(CSRF_HEADER), session.csrfToken)) {
        sendError(res, 403, 'This request did not come from the console.');
        return undefined;
      }
      // Reading counts as activity too, but not the background calls (heartbeat, events).
      if (!changes && touch) await sessions.get(session.id, true);
      return session;
    }

    /** A conversation key from the request that belongs to the advisor's own organisation. */
    async function ownConversation(session: Session, key: string | undefined, res: Response): Promise<string | undefined> {
      if (!key) {
        sendError(res, 400, 'conversationKey is required');
        return undefined;
      }
      const listed = await desk().list(session.identity.org);
      if (!listed.some((c) => c.conversationKey === key && c.org === session.identity.org)) {
        sendError(res, 404, 'No such conversation in your organisation.');
        return undefined;
      }
      return key;
    }

    const route = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
      securityHeaders(res);
      try {
        await handler(req, res);
      } catch (error) {
        logger.error({ err: error instanceof Error ? error.message : String(error), path: req.path() }, 'advisor console request failed');
        if (!res.headersSent) sendError(res, 503, 'The console cannot do that right now.');
      }
    };

    server.get(
      '/advisor',
      route(async (_req, res) => sendPage(res, advisorPageHtml())),
    );

    server.get(
      '/advisor/static/:name',
      route(async (req, res) => sendAsset(res, ASSETS[String(req.params.name ?? '')])),
    );

    server.get(
      '/advisor/api/me',
      route(async (req, res) => {
        const cookies = readCookies(req);
        const session = await sessions.get(cookies.get(SESSION_COOKIE), false);
        if (session) {
          return sendJson(res, 200, { signedIn: true, csrfToken: session.csrfToken, advisor: advisorView(session) });
        }
        // Before sign-in: a pre-session token, in an HttpOnly cookie and in this answer that only our page can read.
        const loginToken = cookies.get(LOGIN_COOKIE) ?? randomToken();
        setCookies(res, [cookie(LOGIN_COOKIE, loginToken, secureCookies(req), 3600)]);
        sendJson(res, 200, { signedIn: false, csrfToken: loginToken });
      }),
    );

    server.post(
      '/advisor/api/sign-in',
      route(async (req, res) => {
        const cookies = readCookies(req);
        if (!originAllowed(req.header('origin'), ownOrigins(req, config.publicUrl)) || !tokensMatch(req.header(CSRF_HEADER), cookies.get(LOGIN_COOKIE))) {
          return sendError(res, 403, 'This request did not come from the console. Reload the page and try again.');
        }
        const username = bodyString(req, 'username', 200) ?? '';
        const password = bodyString(req, 'password', 1000) ?? '';
        const code = bodyString(req, 'code', 20);
        const result = await signIn.attempt({ username, password, code, address: clientAddress(req) });
        if (result.outcome === 'locked') return sendError(res, 429, SIGN_IN_LOCKED);
        if (result.outcome === 'refused') return sendError(res, 401, SIGN_IN_REFUSED);
        // A fresh session id on every sign-in, so a planted cookie cannot be carried over.
        const previous = cookies.get(SESSION_COOKIE);
        if (previous) await sessions.destroy(previous);
        const session = await sessions.create(identityOf(result.account), result.account.role);
        const secure = secureCookies(req);
        setCookies(res, [cookie(SESSION_COOKIE, session.id, secure), cookie(LOGIN_COOKIE, '', secure, 0)]);
        await record(session, 'sign-in', 'ok');
        sendJson(res, 200, { signedIn: true, csrfToken: session.csrfToken, advisor: advisorView(session) });
      }),
    );

    server.post(
      '/advisor/api/sign-out',
      route(async (req, res) => {
        const session = await sessionFor(req, res, { changes: true });
        if (!session) return;
        await sessions.destroy(session.id);
        setCookies(res, [cookie(SESSION_COOKIE, '', secureCookies(req), 0)]);
        await record(session, 'sign-out', 'ok');
        sendJson(res, 200, { signedIn: false });
      }),
    );

    server.get(
      '/advisor/api/queue',
      route(async (req, res) => {
        // The page refreshes the queue on every desk event: background, so not activity that keeps the session.
        const session = await sessionFor(req, res, { changes: false, touch: false });
        if (!session) return;
        const conversations = (await desk().list(session.identity.org)).filter((c) => c.org === session.identity.org);
        sendJson(res, 200, { now: clock(), conversations: conversations.map((c) => ({ ...c, mine: c.advisorId === session.identity.id })) });
      }),
    );

    server.post(
      '/advisor/api/claim',
      route(async (req, res) => {
        const session = await sessionFor(req, res, { changes: true });
        if (!session) return;
        const key = await ownConversation(session, bodyString(req, 'conversationKey', MAX_KEY_CHARS), res);
        if (!key) return;
        const result = await desk().claim(key, session.identity);
        if (result === 'claimed') await sessions.hold(session, key, true);
        await record(session, 'conversation.claim', result === 'claimed' ? 'ok' : 'refused', key);
        if (result === 'claimed') return sendJson(res, 200, { result });
        sendJson(res, CLAIM_STATUS[result], { result, error: CLAIM_MESSAGE[result] });
      }),
    );

    server.get(
      '/advisor/api/transcript',
      route(async (req, res) => {
        const session = await sessionFor(req, res, { changes: false });
        if (!session) return;
        const query = req.query as Record<string, unknown> | undefined;
        const raw = query?.conversation;
        const key = await ownConversation(session, typeof raw === 'string' && raw.length <= MAX_KEY_CHARS ? raw : undefined, res);
        if (!key) return;
        const lines = await desk().transcript(key, session.identity);
        // Written before any text leaves: no audit line, no transcript.
        await record(session, 'transcript.view', lines ? 'ok' : 'refused', key);
        if (!lines) return sendError(res, 404, 'This conversation is not yours to read.');
        await sessions.hold(session, key, true);
        sendJson(res, 200, { conversationKey: key, lines });
      }),
    );

    server.post(
      '/advisor/api/send',
      route(async (req, res) => {
        const session = await sessionFor(req, res, { changes: true });
        if (!session) return;
        const key = bodyString(req, 'conversationKey', MAX_KEY_CHARS);
        const text = bodyString(req, 'text', MAX_REPLY_CHARS)?.trim();
        if (!key || !text) return sendError(res, 400, `conversationKey and a text of 1 to ${MAX_REPLY_CHARS} characters are required`);
        if (!(await ownConversation(session, key, res))) return;
        if (!(await desk().send(key, session.identity, text))) return sendError(res, 409, 'You are not connected to this conversation.');
        sendJson(res, 200, { sent: true });
      }),
    );

    server.post(
      '/advisor/api/end',
      route(async (req, res) => {
        const session = await sessionFor(req, res, { changes: true });
        if (!session) return;
        const key = await ownConversation(session, bodyString(req, 'conversationKey', MAX_KEY_CHARS), res);
        if (!key) return;
        const ended = await desk().end(key, session.identity);
        await sessions.hold(session, key, false);
        await record(session, 'conversation.end', ended ? 'ok' : 'refused', key);
        if (!ended) return sendError(res, 409, 'You are not connected to this conversation.');
        sendJson(res, 200, { ended: true });
      }),
    );

    server.post(
      '/advisor/api/heartbeat',
      route(async (req, res) => {
        // The page beats every ~10 s; only a beat that reports keyboard or pointer use keeps the session from idling out.
        const session = await sessionFor(req, res, { changes: true, touch: bodyFlag(req, 'active') });
        if (!session) return;
        await desk().heartbeat(session.identity);
        sendJson(res, 200, { ok: true, idleMs: config.advisor.sessionIdleMs });
      }),
    );

    server.get(
      '/advisor/api/events',
      route(async (req, res) => {
        const session = await sessionFor(req, res, { changes: false, touch: false });
        if (!session) return;
        streams.open(session, res);
      }),
    );

    return {
      close() {
        sessions.keep();
        clearInterval(sweep);
        streams.closeAll();
      },
    };
  };
}

/** The module web/routes.ts mounts: the real desk from `app.desk`. */
export default advisorRoutes();
