/**
 * The organisation admin space at /advisor/admin: the page and its files, the JSON API under
 * /advisor/api/admin (settings, logo, local services, feeds; advisors in adminAdvisors.ts) and
 * the uploaded logos at /static/uploads/. Signed-in admins of the organisation only (adminHttp.ts);
 * every change is checked (admin/), kept in the admin store, audited with before and after, and
 * applied to the running bot at once (here, and on other instances by the store's notification).
 */
import { readFileSync } from 'node:fs';
import type { Request, Response, Server } from 'restify';
import { AccountStore } from '../advisor/accounts';
import {
  adminAuditPath,
  applySettings,
  buildService,
  checkLogo,
  JsonLinesAdminAudit,
  outboundUrlProblem,
  redactWebhook,
  settingsOf,
  type AdminAction,
  type AdminAudit,
  type LocalService,
  type Resolve,
} from '../admin';
import { SERVICE_KINDS } from '../catalogue';
import { resolveAll } from '../catalogue/feeds/pinnedFetch';
import { LANGUAGES } from '../core/languages';
import { TOPIC_IDS } from '../core/topics';
import type { Organisation } from '../handoff/orgs';
import type { Session } from '../advisor/sessions';
import type { AdvisorIdentity } from '../handoff/advisorDesk';
import { sendAsset, sendJson, sendPage } from './advisorHttp';
import { mountAdminAdvisors } from './adminAdvisors';
import { adminHeaders, adminSession, body, refuse, sendError, type AdminGateDeps } from './adminHttp';
import { adminPageHtml } from './adminPage';
import { consoleSessionsOf, type ConsoleSessions } from './adminSessions';
import type { MountedRoutes, RouteContext, RouteModule } from './routes';

export interface AdminRouteOptions {
  accounts?: AccountStore;
  audit?: AdminAudit;
  /** DNS for the webhook and feed checks (tests give their own). */
  resolve?: Resolve;
  clock?: () => number;
  /** Who is online now, from the desk's presence. */
  online?: (org: string) => Promise<AdvisorIdentity[]>;
  sessions?: ConsoleSessions;
}

const asset = (name: string): string => readFileSync(new URL(`./static/admin/${name}`, import.meta.url), 'utf8');
const ASSETS: Record<string, { type: string; body: string }> = {
  'admin.js': { type: 'text/javascript; charset=utf-8', body: asset('admin.js') },
  'admin.css': { type: 'text/css; charset=utf-8', body: asset('admin.css') },
};
const MAX_FEEDS = 5;

export function embedSnippet(publicUrl: string, org: Organisation): string {
  return `<script src="${new URL('/embed.js', publicUrl).href}" data-org="${org.id}" data-lang="${org.languages[0] ?? 'en'}" async></script>`;
}

export function adminRoutes(options: AdminRouteOptions = {}): RouteModule {
  return (server: Server, context: RouteContext): MountedRoutes => {
    const { app, logger } = context;
    const config = app.config;
    const clock = options.clock ?? Date.now;
    const accounts = options.accounts ?? app.advisorAccounts ?? AccountStore.inDir(config.advisor.dir);
    const audit = options.audit ?? new JsonLinesAdminAudit(adminAuditPath(config.advisor.dir));
    const resolve = options.resolve ?? resolveAll;
    const admin = () => app.admin;
    const gate: AdminGateDeps = {
      sessions: () => options.sessions ?? consoleSessionsOf(app),
      accounts,
      publicUrl: config.publicUrl,
      hasOrganisation: (org) => app.organisations.has(org),
    };
    const today = () => new Date(clock()).toISOString().slice(0, 10);

    const record = (session: Session, action: AdminAction, fields: { target?: string; before?: unknown; after?: unknown }) =>
      audit.record({ at: new Date(clock()).toISOString(), action, adminId: session.identity.id, org: session.identity.org, ...fields });

    /** Settings as audited: the webhook cut to its origin. */
    const audited = (org: Organisation | undefined) => org && { ...settingsOf(org), notifyWebhook: redactWebhook(org.notifyWebhook), logo: org.logo };

    const route = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
      adminHeaders(res);
      try {
        await handler(req, res);
      } catch (error) {
        logger.error({ err: error instanceof Error ? error.name : 'error', path: req.path() }, 'admin request failed');
        if (!res.headersSent) sendError(res, 503, 'The admin space cannot do that right now. Nothing was changed.');
      }
    };
    /** An admin route: the gate first, then the handler with the session. */
    const api = (changes: boolean, handler: (session: Session, req: Request, res: Response) => Promise<void>) =>
      route(async (req, res) => {
        const session = await adminSession(req, res, gate, changes);
        if (session) await handler(session, req, res);
      });

    const servicesOf = (org: string): LocalService[] => admin().live.record(org).services ?? [];

    const view = (org: string) => {
      const current = admin().live.editable(org)!;
      const record = admin().live.record(org);
      return {
        org,
        settings: settingsOf(current),
        logo: current.logo ? `/static/${current.logo}` : undefined,
        snippet: embedSnippet(config.publicUrl, current),
        previewUrl: `/chat?org=${encodeURIComponent(org)}`,
        languages: LANGUAGES,
        topics: TOPIC_IDS,
        kinds: SERVICE_KINDS,
        services: (record.services ?? []).map((s) => ({ ...s.service, checkedBy: s.checkedBy, checkedAt: s.checkedAt })),
        feeds: record.feeds ?? [],
      };
    };

    server.get(
      '/advisor/admin',
      route(async (_req, res) => sendPage(res, adminPageHtml())),
    );

    server.get(
      '/advisor/admin/static/:name',
      route(async (req, res) => sendAsset(res, ASSETS[String(req.params.name ?? '')])),
    );

    // Uploaded logos: public like web/static/orgs/, only while an organisation uses them; SVGs can run nothing.
    server.get('/static/uploads/:file', async (req: Request, res: Response) => {
      const logo = admin().live.logo(`uploads/${String(req.params.file ?? '')}`);
      if (!logo) return sendError(res, 404, 'not found');
      res.writeHead(200, {
        'Content-Type': logo.contentType,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'public, max-age=31536000, immutable',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      });
      res.end(Buffer.from(logo.base64, 'base64'));
    });

    server.get(
      '/advisor/api/admin/org',
      api(false, async (session, _req, res) => sendJson(res, 200, view(session.identity.org))),
    );

    server.post(
      '/advisor/api/admin/settings',
      api(true, async (session, req, res) => {
        const org = session.identity.org;
        const before = admin().live.editable(org)!;
        const result = await applySettings(before, body(req).settings, { resolve, allowPrivate: admin().allowPrivate });
        if (!result.ok) return refuse(res, result.problems, 'The settings were not saved.');
        await admin().store.write(org, 'settings', result.org);
        await admin().live.refresh(org);
        await record(session, 'settings.update', { before: audited(before), after: audited(result.org) });
        sendJson(res, 200, view(org));
      }),
    );

    server.post(
      '/advisor/api/admin/logo',
      api(true, async (session, req, res) => {
        const org = session.identity.org;
        const { type, data } = body(req);
        const checked = checkLogo(org, typeof type === 'string' ? type : '', typeof data === 'string' ? data : '');
        if (!checked.ok) return refuse(res, [checked.problem], 'The logo was not saved.');
        const before = admin().live.editable(org)!;
        await admin().store.write(org, 'logo', checked.logo);
        await admin().store.write(org, 'settings', { ...before, logo: checked.logo.path });
        await admin().live.refresh(org);
        await record(session, 'logo.update', { before: before.logo, after: checked.logo.path });
        sendJson(res, 200, view(org));
      }),
    );

    server.post(
      '/advisor/api/admin/services/save',
      api(true, async (session, req, res) => {
        const org = session.identity.org;
        const existing = servicesOf(org);
        const live = admin().live;
        const result = buildService(org, body(req).service, existing, admin().core, live.localCatalogues(org), today());
        if (!result.ok) return refuse(res, result.problems, 'The service was not saved.');
        const previous = existing.find((s) => s.service.id === result.service.id);
        const saved: LocalService = { service: result.service, checkedBy: session.identity.name, checkedAt: today() };
        await admin().store.write(org, 'services', previous ? existing.map((s) => (s === previous ? saved : s)) : [...existing, saved]);
        await live.refresh(org);
        await record(session, previous ? 'service.edit' : 'service.add', { target: result.service.id, before: previous?.service, after: result.service });
        sendJson(res, 200, view(org));
      }),
    );

    /** Retire or mark checked: a change to one of the organisation's own services (404 for any other id). */
    const serviceChange = (action: 'service.retire' | 'service.check', change: (s: LocalService, session: Session) => LocalService) =>
      api(true, async (session, req, res) => {
        const org = session.identity.org;
        const id = body(req).id;
        const existing = servicesOf(org);
        const found = existing.find((s) => s.service.id === id);
        if (!found) return sendError(res, 404, 'No such service in your organisation.');
        const changed = change(found, session);
        await admin().store.write(
          org,
          'services',
          existing.map((s) => (s === found ? changed : s)),
        );
        await admin().live.refresh(org);
        await record(session, action, {
          target: found.service.id,
          before: { status: found.service.status, checkedAt: found.checkedAt },
          after: { status: changed.service.status, checkedAt: changed.checkedAt },
        });
        sendJson(res, 200, view(org));
      });

    server.post(
      '/advisor/api/admin/services/retire',
      serviceChange('service.retire', (s) => ({ ...s, service: { ...s.service, status: 'inactive' } })),
    );
    server.post(
      '/advisor/api/admin/services/check',
      serviceChange('service.check', (s, session) => ({
        ...s,
        service: { ...s.service, assured_date: today() },
        checkedBy: session.identity.name,
        checkedAt: today(),
      })),
    );

    server.post(
      '/advisor/api/admin/feeds/subscribe',
      api(true, async (session, req, res) => {
        const org = session.identity.org;
        const url = typeof body(req).url === 'string' ? String(body(req).url).trim() : '';
        const feeds = admin().live.record(org).feeds ?? [];
        const problem =
          (await outboundUrlProblem('The feed address', url, resolve, admin().allowPrivate)) ??
          (feeds.includes(url) ? 'This feed is already subscribed.' : undefined);
        if (problem) return refuse(res, [problem], 'The feed was not added.');
        if (feeds.length >= MAX_FEEDS) return refuse(res, [`At most ${MAX_FEEDS} feeds.`], 'The feed was not added.');
        await admin().store.write(org, 'feeds', [...feeds, url]);
        await admin().live.refresh(org);
        await record(session, 'feed.subscribe', { target: url, before: feeds, after: [...feeds, url] });
        sendJson(res, 200, view(org));
      }),
    );

    server.post(
      '/advisor/api/admin/feeds/unsubscribe',
      api(true, async (session, req, res) => {
        const org = session.identity.org;
        const url = body(req).url;
        const feeds = admin().live.record(org).feeds ?? [];
        if (typeof url !== 'string' || !feeds.includes(url)) return sendError(res, 404, 'No such feed in your organisation.');
        const after = feeds.filter((f) => f !== url);
        await admin().store.write(org, 'feeds', after);
        await admin().live.refresh(org);
        await record(session, 'feed.unsubscribe', { target: url, before: feeds, after });
        sendJson(res, 200, view(org));
      }),
    );

    const endSessions = async (advisorId: string) => (await gate.sessions()?.endFor?.(advisorId)) ?? 0;
    const online = options.online ?? (async (org: string) => app.desk.options.presence.online(org, clock()));
    mountAdminAdvisors(server, { api, accounts, record, clock, online, endSessions });
    return {};
  };
}

/** The module web/routes.ts mounts. */
export default adminRoutes();
