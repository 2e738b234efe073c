/** The answer to a topic: a few plain lines of information, at most three services, and what to say. */
import { findServices } from '../catalogue';
import type { Content } from '../channels/content';
import type { TopicId } from '../core/topics';
import type { GuideContext } from './context';
import type { Situation } from './state';
import { serviceQuery } from './serviceQuery';
import { localAddition } from './localHelpReply';
import { toServiceView } from './services';
import { whatToSay, type SayKey } from './whatToSay';
import { whoPhrase } from './who';

const MAX_SERVICES = 3;

/** Information lines that depend on the answers to the follow-up questions. */
function infoKeys(topic: TopicId, s: Situation): string[] {
  const a = s.answers;
  switch (topic) {
    case 'money': {
      // Scotland's Carer Support Payment replaced Carer's Allowance there.
      const keys = a.money_work === 'working' ? ['money', 'money_working'] : ['money'];
      return s.nation === 'scotland' ? keys.map((key) => `${key}_scotland`) : keys;
    }
    case 'break':
      return a.break_length === 'days' ? ['break_long'] : a.break_length === 'hours' ? ['break_short'] : ['break_short', 'break_long'];
    case 'hospital':
      return a.hospital_stage === 'treatment_ended' ? ['hospital_ended'] : ['hospital_discharge'];
    case 'assessment':
      // Northern Ireland's HSC trusts and Scotland's adult carer support plan: not England's council team.
      // Jersey, Guernsey and the Isle of Man: the island's government, no council.
      if (s.crownDependency) return ['assessment_crown'];
      return s.nation === 'northern_ireland' || s.nation === 'scotland' ? [`assessment_${s.nation}`] : ['assessment'];
    case 'family':
      return a.family_age === 'me_under_18' || (s.age !== undefined && s.age < 18) ? ['family_young'] : [];
    case 'illness_info':
      return ['illness_info'];
    default:
      return [];
  }
}

export function resultsFor(topic: TopicId, s: Situation, ctx: GuideContext, options: { nextBest?: boolean } = {}): Content[] {
  const { t } = ctx;
  const who = whoPhrase(s.caredFor, ctx.language, t);
  const matches = findServices(ctx.catalogue, serviceQuery(topic, s, ctx, { limit: MAX_SERVICES, excludeIds: options.nextBest ? s.shownServices : [] }));
  const contents: Content[] = [];
  if (!options.nextBest) {
    // "Tell them you look after the person you look after": with nobody named, say someone who is ill.
    const lookedAfter = s.caredFor.length ? who : t('topics.info.lookAfterSomeone');
    const info = infoKeys(topic, s).map((key) => t(`topics.info.${key}`, { who: key.startsWith('assessment') ? lookedAfter : who }));
    if (info.length) contents.push({ kind: 'text', text: info.join(' ') });
  }
  // Their council's way in and a local service, or an honest "nothing local" with the national finders.
  const local = localAddition(topic, s, ctx, matches, { onlyNew: options.nextBest });
  const localLines: Content[] = local.lines.length ? [{ kind: 'text', text: local.lines.join('\n\n') }] : [];
  if (matches.length === 0 && local.services.length === 0) {
    contents.push({ kind: 'text', text: options.nextBest ? t('topics.results.noMore', { org: ctx.org.name }) : t('topics.results.none') });
    contents.push(...localLines);
    return contents;
  }
  // Help near them comes first: their council's carers' service before the national lines.
  const nearby = local.services.length > 0 || matches.some((m) => m.local);
  const intro = options.nextBest
    ? t('topics.results.nextBest')
    : s.district && nearby
      ? t('topics.results.introLocal', { district: s.district })
      : t('topics.results.intro');
  const found = matches.map((m) => toServiceView(m, { t, language: ctx.language, dateLocale: ctx.dateLocale, who }));
  contents.push({ kind: 'services', intro, services: [...local.services, ...found] });
  // Their council's way in comes before what to say: on SMS, what does not fit is dropped from the end.
  contents.push(...localLines);
  const sayKey = (['money', 'break', 'bereavement'].includes(topic) ? topic : 'default') as SayKey;
  // In English, with an interpreter asked for first, when a line shown answers in English only.
  contents.push({ kind: 'text', text: whatToSay(sayKey, s.caredFor, ctx.language, t, matches) });
  s.shownServices.push(...matches.map((m) => m.id).filter((id) => !s.shownServices.includes(id)));
  return contents;
}
