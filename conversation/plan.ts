/** A plan the person can keep: what was talked about, what to do next, who to contact, what to say. */
import type { Catalogue } from '../catalogue';
import type { PlanView } from '../channels/content';
import type { GuideContext } from './context';
import type { Situation } from './state';
import { whoPhrase } from './who';

const MAX_CONTACTS = 4;

function contactLines(s: Situation, catalogue: Catalogue): string[] {
  return s.shownServices
    .map((id) => catalogue.services.find((service) => service.id === id))
    .filter((service) => service !== undefined)
    .slice(0, MAX_CONTACTS)
    .map((service) => {
      const phone = service.phones.find((p) => p.type === 'voice') ?? service.phones[0];
      return phone ? `${service.name}: ${phone.number}` : `${service.name}: ${service.url ?? ''}`;
    });
}

export function hasPlan(s: Situation): boolean {
  return s.topics.length > 0 || s.shownServices.length > 0;
}

export function buildPlan(s: Situation, ctx: GuideContext, link?: string): PlanView {
  const { t } = ctx;
  const talked = s.topics.filter((x) => x !== 'human').map((topic) => t(`topics.label.${topic}`));
  const contacts = contactLines(s, ctx.catalogue);
  const next = [t('common.plan.nextStep')];
  if (s.topics.includes('own_health') || s.suggested.includes('own_health')) next.push(t('common.plan.nextStepHealth'));
  const focus = s.answered[s.answered.length - 1] ?? s.focus;
  const sayKey = focus && ['money', 'break', 'bereavement'].includes(focus) ? focus : 'default';
  const say = t(`topics.whatToSay.${sayKey}`, { who: whoPhrase(s.caredFor, ctx.language, t, 'mine') });
  const sections = [
    { heading: t('common.plan.talkedAbout'), lines: talked },
    { heading: t('common.plan.next'), lines: next },
    { heading: t('common.plan.contacts'), lines: contacts },
    { heading: t('common.plan.say'), lines: [say] },
  ].filter((section) => section.lines.length > 0);
  const shortForm = [t('common.plan.title'), ...contacts.slice(0, 2), say].join('\n');
  return { title: t('common.plan.title'), sections, link, shortForm };
}
