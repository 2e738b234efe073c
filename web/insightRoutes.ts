/**
 * The insight dashboard at /advisor/insight, for the console's admins (role admin, TOTP):
 * the page, its script, style and chart library (Chart.js, served from node_modules), the
 * report as JSON and as CSV. An admin sees only their own organisation; the admins of the
 * organisation that runs the service (INSIGHT_OPERATOR_ORG) may also ask for the national
 * view. Advisors get 403. Only suppressed tables (insight/suppress.ts) ever leave.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { AccountStore } from '../advisor/accounts';
import { isoWeek, WEEK, weeksBetween, weeksEnding } from '../insight/model';
import { buildReport, reportCsv, type InsightReport } from '../insight/report';
import type { CounterStore } from '../insight/store';
import { sendAsset, sendError, sendJson, sendPage } from './advisorHttp';
import { adminHeaders, adminSession } from './adminHttp';
import { consoleSessionsOf } from './adminSessions';
import { labelFor, TABLE_TITLES } from './insightLabels';
import { insightPageHtml } from './insightPage';
import type { MountedRoutes, RouteContext, RouteModule } from './routes';

/** The default period: the last 12 weeks; at most a year and a week at once. */
const DEFAULT_WEEKS = 12;
const MAX_WEEKS = 53;

const chartLibrary = (): string => join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');
const own = (name: string): string => readFileSync(new URL(`./static/insight/${name}`, import.meta.url), 'utf8');

export interface InsightRouteOptions {
  accounts?: AccountStore;
  store?: CounterStore;
  clock?: () => Date;
}

interface Period {
  weeks: string[];
  national: boolean;
}

export function insightRoutes(options: InsightRouteOptions = {}): RouteModule {
  return (server: Server, context: RouteContext): MountedRoutes => {
    const { app, logger } = context;
    const config = app.config;
    const clock = options.clock ?? (() => new Date());
    const store = () => options.store ?? app.insight.store;
    const accounts = options.accounts ?? app.advisorAccounts ?? AccountStore.inDir(config.advisor.dir);
    const operator = config.insightOperatorOrg;
    const gate = {
      sessions: () => consoleSessionsOf(app),
      accounts,
      publicUrl: config.publicUrl,
      hasOrganisation: (org: string) => app.organisations.has(org),
    };
    const assets: Record<string, { type: string; body: () => string }> = {
      'insight.js': { type: 'text/javascript; charset=utf-8', body: () => own('insight.js') },
      'insight.css': { type: 'text/css; charset=utf-8', body: () => own('insight.css') },
      'chart.umd.min.js': { type: 'text/javascript; charset=utf-8', body: () => readFileSync(chartLibrary(), 'utf8') },
    };
    const cache = new Map<string, string>();

    const route = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
      adminHeaders(res);
      try {
        await handler(req, res);
      } catch (error) {
        logger.error({ err: error instanceof Error ? error.name : 'error', path: req.path() }, 'insight request failed');
        if (!res.headersSent) sendError(res, 503, 'The dashboard cannot show this right now.');
      }
    };

    /** The weeks asked for (ISO weeks, `from` to `to`) and the view, or an answer already sent. */
    function periodOf(req: Request, res: Response, org: string): Period | undefined {
      const query = (req.query ?? {}) as Record<string, unknown>;
      const to = typeof query.to === 'string' && query.to ? query.to : isoWeek(clock());
      const from = typeof query.from === 'string' && query.from ? query.from : weeksEnding(to, DEFAULT_WEEKS)[0];
      if (!WEEK.test(from) || !WEEK.test(to)) return void sendError(res, 400, 'Weeks are written like 2026-W49.');
      const weeks = weeksBetween(from, to, MAX_WEEKS + 1);
      if (weeks.length === 0) return void sendError(res, 400, 'The first week must not come after the last.');
      if (weeks.length > MAX_WEEKS) return void sendError(res, 400, `At most ${MAX_WEEKS} weeks at once.`);
      const national = query.scope === 'national';
      if (national && org !== operator) return void sendError(res, 403, 'Only the service’s own admins see the national view.');
      return { weeks, national };
    }

    /** The admin's organisation and the period asked for, or undefined when an answer was already sent (401/403/400). */
    async function askedFor(req: Request, res: Response): Promise<{ org: string; period: Period } | undefined> {
      const session = await adminSession(req, res, gate, false);
      if (!session) return undefined;
      const org = session.identity.org;
      const period = periodOf(req, res, org);
      return period && { org, period };
    }

    async function reportFor(org: string, period: Period): Promise<InsightReport> {
      const orgs = period.national ? [...app.organisations.keys()] : [org];
      return buildReport(await store().read(orgs, period.weeks), period.weeks);
    }

    server.get(
      '/advisor/insight',
      route(async (_req, res) => sendPage(res, insightPageHtml())),
    );

    server.get(
      '/advisor/insight/static/:name',
      route(async (req, res) => {
        const name = String(req.params.name ?? '');
        const found = assets[name];
        if (found && !cache.has(name)) cache.set(name, found.body());
        sendAsset(res, found && { type: found.type, body: cache.get(name)! });
      }),
    );

    server.get(
      '/advisor/insight/api/report',
      route(async (req, res) => {
        const asked = await askedFor(req, res);
        if (!asked) return;
        const { org, period } = asked;
        const report = await reportFor(org, period);
        sendJson(res, 200, {
          org: { id: org, name: app.organisations.get(org)?.name ?? org },
          scope: period.national ? 'national' : 'org',
          nationalAllowed: org === operator,
          from: period.weeks[0],
          to: period.weeks[period.weeks.length - 1],
          tables: report.tables.map((t) => ({
            id: t.id,
            title: TABLE_TITLES[t.id],
            columnKind: t.columnKind,
            rows: t.rows.map((code) => ({ code, label: labelFor(t.id, 'row', code) })),
            columns: t.columns.map((code) => ({ code, label: labelFor(t.id, 'column', code) })),
            ...t.table,
          })),
        });
      }),
    );

    server.get(
      '/advisor/insight/report.csv',
      route(async (req, res) => {
        const asked = await askedFor(req, res);
        if (!asked) return;
        const { org, period } = asked;
        const csv = reportCsv(await reportFor(org, period), labelFor);
        const name = `insight-${period.national ? 'national' : org}-${period.weeks[0]}-${period.weeks[period.weeks.length - 1]}.csv`;
        res.status(200);
        res.header('Content-Type', 'text/csv; charset=utf-8');
        res.header('Content-Disposition', `attachment; filename="${name}"`);
        res.end(csv);
      }),
    );

    return {};
  };
}

/** The module web/routes.ts mounts: the app's own counters. */
export default insightRoutes();
