/**
 * "What about at night?" after a card or local help: a question about WHEN help is there, answered from
 * what the conversation just showed (the opening hours of the services shown), then who answers when they
 * are closed: NHS 111 and, through it, the out-of-hours GP; the 24-hour number of the district nurses,
 * palliative team or hospice when someone is dying at home; Samaritans, day and night. Every number comes from
 * the catalogue (cited there), never from here. Asked with nothing shown yet, it is left to the rest.
 */
import type { Content, ServiceView } from '../channels/content';
import { formatSchedule, type Service } from '../catalogue';
import { isAlwaysOpen, isOpenAt } from '../core/hours';
import { isHan } from '../understanding/match-text';
import type { GuideContext } from './context';
import type { Situation } from './state';
import { foldAnswer } from './vaguePlace';
import { WHEN_FILLERS, WHEN_FILLER_HAN, WHEN_TIMES } from './whenWords';

const TIMES = [...new Set(WHEN_TIMES.map(foldAnswer))].sort((a, b) => b.length - a.length);
const SPACED_TIMES = TIMES.filter((p) => !isHan(p[0] ?? ''));
const HAN_TIMES = TIMES.filter((p) => isHan(p[0] ?? ''));
const FILLERS: ReadonlySet<string> = new Set(WHEN_FILLERS.flatMap((w) => foldAnswer(w).split(' ')));
const FILLER_HAN: ReadonlySet<string> = new Set([...WHEN_FILLER_HAN]);
/** Beside the time, at most this many little words ("what about", "is it open"). */
const MAX_OTHER_WORDS = 4;

/** True when the message asks only about when: a time outside office hours, and nothing but a follow-up's little words. */
export function asksWhen(text: string): boolean {
  const folded = foldAnswer(text);
  if (!folded) return false;
  let rest = ` ${folded} `;
  let found = false;
  for (const time of SPACED_TIMES)
    while (rest.includes(` ${time} `)) {
      rest = rest.replace(` ${time} `, ' ');
      found = true;
    }
  for (const time of HAN_TIMES)
    while (rest.includes(time)) {
      rest = rest.replace(time, ' ');
      found = true;
    }
  if (!found) return false;
  const words = rest.split(' ').filter(Boolean);
  const other = words.flatMap((w) => (isHan(w[0] ?? '') ? [...w] : [w]));
  return other.length <= MAX_OTHER_WORDS && other.every((w) => FILLERS.has(w) || FILLER_HAN.has(w));
}

/** Whoever answers when offices are closed, by where they live: the nation's 111 (none in Northern Ireland or the islands). */
const NHS_111: Partial<Record<NonNullable<Situation['nation']>, string>> = { england: 'nhs-111', wales: 'nhs-111-wales', scotland: 'nhs-24' };
const SAMARITANS = 'samaritans';
/** The shown services whose hours are said again, most recent first: a few, not the whole list. */
const MAX_SHOWN = 3;

function view(service: Service, ctx: GuideContext): ServiceView {
  const voice = service.phones.find((p) => p.type === 'voice');
  const hours = formatSchedule(service.schedules, ctx.dateLocale ?? ctx.language, {
    always: ctx.t('topics.results.always'),
    closed: ctx.t('topics.results.closed'),
  });
  const open = isAlwaysOpen(service.schedules) ? null : isOpenAt(service.schedules, ctx.now);
  return {
    name: service.name,
    // No "why" here: the question is when, and the intro says it.
    why: '',
    ...(voice ? { phone: voice.number } : {}),
    ...(hours ? { hours } : {}),
    ...(open === null ? {} : { openNow: ctx.t(open ? 'topics.results.openNow' : 'topics.results.closedNow') }),
    ...(service.verification ? { caution: ctx.t('topics.results.caution') } : {}),
  };
}

/** Someone is dying at home: the card about it, or the end of life, was what they came about. */
function dyingAtHome(s: Situation): boolean {
  return s.card?.startsWith('eol.') === true || s.focus === 'end_of_life' || s.topics.includes('end_of_life');
}

/** The answer, or undefined when nothing was shown yet to ask the hours of. */
export function whenReply(s: Situation, ctx: GuideContext): Content[] | undefined {
  if (s.shownServices.length === 0 && !s.card) return undefined;
  const byId = (id: string) => ctx.catalogue.services.find((x) => x.id === id && x.status === 'active');
  // The services just shown that can be phoned, with the hours they keep.
  const shown = [...s.shownServices]
    .reverse()
    .map(byId)
    .filter((x): x is Service => x !== undefined && x.phones.some((p) => p.type === 'voice') && x.schedules.length > 0)
    .slice(0, MAX_SHOWN)
    .reverse();
  const nhs = s.nation ? NHS_111[s.nation] : s.crownDependency ? undefined : 'nhs-111';
  const always = [nhs, SAMARITANS].map((id) => (id ? byId(id) : undefined)).filter((x): x is Service => x !== undefined && !shown.includes(x));
  const out: Content[] = [];
  if (dyingAtHome(s)) out.push({ kind: 'text', text: ctx.t('when.dying') });
  // The lines open day and night first: they answer "at night?", and a text message (three at most) keeps the first.
  out.push({ kind: 'services', intro: ctx.t('when.intro'), services: [...always, ...shown].map((x) => view(x, ctx)) });
  if (nhs) out.push({ kind: 'text', text: ctx.t('when.gp') });
  return out;
}
