/**
 * What the results add when we know where the person lives: their council's way to ask for a
 * carer's assessment, a local support service the catalogue search did not already show, and,
 * when nothing local fits, a plain "I couldn't find anything local" with the national finders.
 * Unverified details carry "please check"; a council with no known route is named with its
 * adult social care team, never with a number we have not checked.
 */
import { councilByCode, localHelpFor, type LocalHelp, type LocalHelpService, type LocalHelpServiceKind, type ServiceMatch } from '../catalogue';
import type { ServiceView } from '../channels/content';
import type { TopicId } from '../core/topics';
import type { GuideContext } from './context';
import type { Situation } from './state';

/** Topics where the council's assessment is the way in (breaks, help at home, being heard). */
export const ASSESSMENT_TOPICS: ReadonlySet<TopicId> = new Set(['assessment', 'break', 'daily_care', 'navigation', 'feelings']);
/** Hospice UK's finder (data/catalogue/services.json, hospice-uk-finder): every UK hospice, by postcode. */
const HOSPICE_FINDER_URL = 'https://www.hospiceuk.org/hospice-care-finder';
/** Topics where a local carers' service is no help (facts about the illness). */
const NOT_LOCAL_TOPICS: ReadonlySet<TopicId> = new Set(['illness_info', 'human']);

/**
 * Which local places answer a topic first: a hospice near the end of life, a carers' centre (which runs
 * the groups) for meeting others, a cancer centre for somewhere to talk; a carers' service for the rest.
 */
const KIND_ORDER: Partial<Record<TopicId, readonly LocalHelpServiceKind[]>> = {
  end_of_life: ['hospice', 'macmillan_centre', 'maggies_centre', 'council_carers_service', 'carers_centre', 'catalogue'],
  bereavement: ['hospice', 'council_carers_service', 'carers_centre', 'catalogue', 'maggies_centre', 'macmillan_centre'],
  // A hospice is no answer to "is there a group near me?" or "somewhere to talk" while the person is still being treated.
  peer_support: ['council_carers_service', 'carers_centre', 'catalogue', 'maggies_centre', 'macmillan_centre'],
  feelings: ['maggies_centre', 'macmillan_centre', 'council_carers_service', 'carers_centre', 'catalogue'],
};
/** Every other topic: the carers' service first, a hospice last (catalogue/localHelp.ts's own order). */
const DEFAULT_ORDER: readonly LocalHelpServiceKind[] = [
  'council_carers_service',
  'carers_centre',
  'catalogue',
  'maggies_centre',
  'macmillan_centre',
  'hospice',
];
/** Topics where a second local place of another kind is worth its room (the hospice and the carers' centre). */
const TWO_PLACES: ReadonlySet<TopicId> = new Set(['end_of_life', 'peer_support', 'feelings']);

export interface LocalAddition {
  services: ServiceView[];
  lines: string[];
}

function contact(phone: string | undefined, url: string | undefined): string {
  return [phone, url].filter(Boolean).join(' · ');
}

/** The council's name as the person reads it: Welsh councils by their Welsh name in Welsh. */
export function councilName(code: string | undefined, name: string, ctx: GuideContext): string {
  if (ctx.language !== 'cy' || !code) return name;
  return councilByCode(code)?.nameCy ?? name;
}

/** A place's name compared loosely, as a key beside ids in a set of places shown. */
const nameKey = (name: string): string =>
  `name:${name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;

/** The place as a person names it ("Isle of Man", "Oldham"), for "nothing near …". */
function placeName(code: string | undefined, name: string, ctx: GuideContext): string {
  const council = code ? councilByCode(code) : undefined;
  if (!council) return name;
  return (ctx.language === 'cy' ? council.shortNameCy : undefined) ?? council.shortName ?? name;
}

/**
 * The local places to add for a topic, best first: the topic's kinds lead (a hospice for the end of life), and a
 * place already shown comes again when it is still the best answer ("is there a group near me?" after the
 * carers' centre was named), unless only new ones are wanted ("that doesn't fit me").
 */
export function localPicks(
  topic: TopicId,
  help: LocalHelp,
  shownNow: ReadonlySet<string>,
  shownBefore: readonly string[],
  onlyNew: boolean,
): LocalHelpService[] {
  const order = KIND_ORDER[topic] ?? DEFAULT_ORDER;
  // Their own council's places: a neighbour's carers' centre (Carers Bucks for Windsor's SL4) is not theirs to call.
  const main = help.councils[0]?.code;
  const candidates = help.services
    .filter((x) => x.council === main)
    .filter((x) => !shownNow.has(x.id) && !shownNow.has(nameKey(x.name)) && !(onlyNew && shownBefore.includes(x.id)) && order.includes(x.kind))
    .map((service, index) => ({ service, index }))
    .sort((a, b) => order.indexOf(a.service.kind) - order.indexOf(b.service.kind) || a.index - b.index)
    .map((x) => x.service);
  const first = candidates[0];
  if (!first) return [];
  const second = TWO_PLACES.has(topic) ? candidates.find((x) => x.kind !== first.kind) : undefined;
  return second ? [first, second] : [first];
}

export function helpFor(s: Situation): LocalHelp | undefined {
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
    const line = t(key('assessment'), { council: councilName(first.council, first.councilName, ctx), how });
    return first.route.verified ? line : `${line} ${t('local.checkFirst')}`;
  }
  if (!main) return undefined;
  const council = councilName(main.code, main.name, ctx);
  return main.website ? t(key('assessmentNoRouteSite'), { council, url: main.website }) : t(key('assessmentNoRoute'), { council });
}

/** Who that is, as the card says it: an HSC trust in Northern Ireland, the island's government in a Crown Dependency. */
function routeWhyKey(nation: string | null): string {
  if (nation === 'northern_ireland') return 'local.routeWhy_trust';
  return nation === 'jersey' || nation === 'guernsey' || nation === 'isle_of_man' ? 'local.routeWhy_crown' : 'local.routeWhy';
}

/**
 * The main council's way in as a contact among the services, phone first: on SMS, where a turn fits
 * three texts, the services outlast the lines after them, and this one must not be lost.
 */
function routeView(help: LocalHelp, ctx: GuideContext, nation: Situation['nation']): ServiceView | undefined {
  const main = help.councils[0];
  const route = help.assessment.find((r) => r.council === main?.code)?.route;
  if (!main || !(route?.phone || route?.url)) return undefined;
  const name = ctx.t(nation === 'scotland' ? 'local.routeName_scotland' : 'local.routeName', { council: councilName(main.code, main.name, ctx) });
  return {
    name,
    phone: route.phone,
    url: route.url,
    why: ctx.t(routeWhyKey(main.nation)),
    caution: route.verified ? undefined : ctx.t('topics.results.caution'),
  };
}

export function localAddition(
  topic: TopicId,
  s: Situation,
  ctx: GuideContext,
  matches: readonly ServiceMatch[],
  options: { onlyNew?: boolean } = {},
): LocalAddition {
  const out: LocalAddition = { services: [], lines: [] };
  if (NOT_LOCAL_TOPICS.has(topic)) return out;
  const help = helpFor(s);
  if (!help || help.councils.length === 0) return out;
  const { t } = ctx;
  // By id and by name: the register and the catalogue can hold one place twice ("Carers in Southampton").
  const shownNow = new Set(matches.flatMap((m) => [m.id, nameKey(m.name)]));
  const shown = new Set([...shownNow, ...s.shownServices]);
  // A new question gets its best local place even if an earlier answer showed it ("is there a group near me?").
  const picks = localPicks(topic, help, shownNow, s.shownServices, options.onlyNew ?? false);
  for (const extra of picks) {
    const code = help.councils.find((c) => c.code === extra.council)?.code ?? help.councils[0]?.code;
    const name = help.councils.find((c) => c.code === code)?.name ?? '';
    out.services.push({
      name: extra.name,
      phone: extra.phone,
      url: extra.url,
      why: t('local.why', { council: councilName(code, name, ctx) }),
      caution: extra.verified ? undefined : t('topics.results.caution'),
    });
    if (!s.shownServices.includes(extra.id)) s.shownServices.push(extra.id);
  }
  if (ASSESSMENT_TOPICS.has(topic)) {
    const line = assessmentLine(help, ctx, s.nation);
    if (line) out.lines.push(line);
    const route = routeView(help, ctx, s.nation);
    if (route) out.services.push(route);
  }
  const place = s.district ?? placeName(help.councils[0]?.code, help.councils[0]?.name ?? '', ctx);
  // Asked about the end of life, with no hospice known near them: said plainly, with Hospice UK's finder.
  if (
    topic === 'end_of_life' &&
    !help.nothingLocal &&
    !help.services.some((x) => x.kind === 'hospice') &&
    !matches.some((m) => m.local && m.id !== 'hospice-uk-finder' && /hospice/i.test(m.name))
  ) {
    out.lines.push(t('local.noHospice', { place, url: HOSPICE_FINDER_URL }));
  }
  // The council's own way in is no local support service: "nothing local" is still said beside it.
  // Nothing local of the kind asked for ("a group near me" where only a hospice is known) is said as plainly.
  const localShown = matches.some((m) => m.local) || picks.length > 0;
  if (!localShown) {
    out.lines.push(t('local.nothingLocal', { place }));
    const council = s.councilCodes?.[0] ?? help.councils[0]?.code;
    if (council) ctx.noteNothingLocal?.(topic, council);
    const finders = help.national.filter((f) => !shown.has(f.id) && (f.phone || f.url)).map((f) => `${f.name}: ${contact(f.phone, f.url)}`);
    if (finders.length) out.lines.push(t('local.finders', { list: finders.join('; ') }));
  }
  return out;
}
