/**
 * What the results add when we know where the person lives: their council's way to ask for a
 * carer's assessment, a local support service the catalogue search did not already show, and,
 * when nothing local fits, a plain "I couldn't find anything local" with the national finders.
 * Unverified details carry "please check"; a council with no known route is named with its
 * adult social care team, never with a number we have not checked.
 */
import { localHelpFor, type LocalHelp, type ServiceMatch } from '../catalogue';
import type { ServiceView } from '../channels/content';
import type { TopicId } from '../core/topics';
import type { GuideContext } from './context';
import type { Situation } from './state';

/** Topics where the council's assessment is the way in (breaks, help at home, being heard). */
const ASSESSMENT_TOPICS: ReadonlySet<TopicId> = new Set(['assessment', 'break', 'daily_care', 'navigation', 'feelings']);
/** Topics where a local carers' service is no help (facts about the illness). */
const NOT_LOCAL_TOPICS: ReadonlySet<TopicId> = new Set(['illness_info', 'human']);

export interface LocalAddition {
  services: ServiceView[];
  lines: string[];
}

function contact(phone: string | undefined, url: string | undefined): string {
  return [phone, url].filter(Boolean).join(' · ');
}

function helpFor(s: Situation): LocalHelp | undefined {
  const codes = s.councilCodes ?? (s.council ? [s.council] : []);
  if (codes.length === 0) return undefined;
  return localHelpFor(codes, s.crownDependency ?? s.nation ?? null, { district: s.district });
}

function assessmentLine(help: LocalHelp, ctx: GuideContext, nation: Situation['nation']): string | undefined {
  const { t } = ctx;
  const main = help.councils[0];
  // A district shared by councils: the main council's own way in, never a neighbour's said as theirs.
  const first = help.assessment.find((route) => route.council === main?.code);
  // Scotland's way in is an adult carer support plan, asked of the council's social work team.
  const key = (name: string) => (nation === 'scotland' ? `local.${name}_scotland` : `local.${name}`);
  if (first) {
    const how = contact(first.route.phone, first.route.url);
    const line = t(key('assessment'), { council: first.councilName, how });
    return first.route.verified ? line : `${line} ${t('local.checkFirst')}`;
  }
  if (!main) return undefined;
  return main.website ? t(key('assessmentNoRouteSite'), { council: main.name, url: main.website }) : t(key('assessmentNoRoute'), { council: main.name });
}

/**
 * The main council's way in as a contact among the services, phone first: on SMS, where a turn fits
 * three texts, the services outlast the lines after them, and this one must not be lost.
 */
function routeView(help: LocalHelp, ctx: GuideContext, nation: Situation['nation']): ServiceView | undefined {
  const main = help.councils[0];
  const route = help.assessment.find((r) => r.council === main?.code)?.route;
  if (!main || !(route?.phone || route?.url)) return undefined;
  const name = ctx.t(nation === 'scotland' ? 'local.routeName_scotland' : 'local.routeName', { council: main.name });
  return { name, phone: route.phone, url: route.url, why: ctx.t('local.routeWhy'), caution: route.verified ? undefined : ctx.t('topics.results.caution') };
}

export function localAddition(topic: TopicId, s: Situation, ctx: GuideContext, matches: readonly ServiceMatch[]): LocalAddition {
  const out: LocalAddition = { services: [], lines: [] };
  if (NOT_LOCAL_TOPICS.has(topic)) return out;
  const help = helpFor(s);
  if (!help || help.councils.length === 0) return out;
  const { t } = ctx;
  const shown = new Set([...matches.map((m) => m.id), ...s.shownServices]);
  const extra = help.services.find((service) => !shown.has(service.id));
  const council = help.councils.find((c) => c.code === extra?.council)?.name ?? help.councils[0]?.name ?? '';
  if (extra) {
    out.services.push({
      name: extra.name,
      phone: extra.phone,
      url: extra.url,
      why: t('local.why', { council }),
      caution: extra.verified ? undefined : t('topics.results.caution'),
    });
    s.shownServices.push(extra.id);
  }
  if (ASSESSMENT_TOPICS.has(topic)) {
    const line = assessmentLine(help, ctx, s.nation);
    if (line) out.lines.push(line);
    const route = routeView(help, ctx, s.nation);
    if (route) out.services.push(route);
  }
  // The council's own way in is no local support service: "nothing local" is still said beside it.
  const localShown = matches.some((m) => m.local) || extra !== undefined;
  if (!localShown && help.nothingLocal) {
    const place = s.district ?? help.councils[0]?.name ?? '';
    out.lines.push(t('local.nothingLocal', { place }));
    const council = s.councilCodes?.[0] ?? help.councils[0]?.code;
    if (council) ctx.noteNothingLocal?.(topic, council);
    const finders = help.national.filter((f) => !shown.has(f.id) && (f.phone || f.url)).map((f) => `${f.name}: ${contact(f.phone, f.url)}`);
    if (finders.length) out.lines.push(t('local.finders', { list: finders.join('; ') }));
  }
  return out;
}
