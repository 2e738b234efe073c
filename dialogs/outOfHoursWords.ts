/**
 * The words of the hand-off when the advice line is closed, and after it: the lines open now, young
 * people's services, the call-back times that exist, and the crisis contacts again when an advisor
 * leaves a conversation that carried risk. Built from handoff/outOfHours.ts and conversation/crisis.ts.
 */
import type { ServiceMatch } from '../catalogue';
import type { Choice, ContactLine, Content } from '../channels/content';
import { choiceFor, contactLine, CONTACTS, situationContents, type CrisisContext } from '../conversation/crisis';
import type { Translate } from '../conversation/translate';
import { dateTimeFormat } from '../core/intl';
import { riskRank, type RiskCategory, type RiskLevel } from '../core/risk';
import { callbackSlots, linesOpenNow, youngPeoplesServices, type PersonFacts } from '../handoff/outOfHours';
import type { Organisation } from '../handoff/orgs';
import type { Turn } from './turn';

/** Catalogue services that are also crisis contacts: written the one way crisis contacts are written. */
const AS_CRISIS_CONTACT: Record<string, string> = {
  samaritans: 'samaritans',
  shout: 'shout',
  childline: 'childline',
  'nhs-111': 'nhs111Health',
  'nhs-111-wales': 'nhs111Health',
  'nhs-24': 'nhs24Health',
  'hourglass-helpline': 'hourglass',
};

export function serviceLine(service: ServiceMatch, t: Translate): ContactLine {
  const crisisId = AS_CRISIS_CONTACT[service.id];
  if (crisisId && CONTACTS[crisisId]) return contactLine(crisisId, t);
  const voice = service.phones.find((p) => p.type === 'voice');
  const number = voice ? voice.number : service.textNumber ? t('topics.results.text', { number: service.textNumber }) : (service.url ?? '');
  return { name: service.name, number };
}

/**
 * Jersey, Guernsey and the Isle of Man: only the lines verified there (the crisis contacts that list the island),
 * never a UK-only one such as Shout or Childline; Samaritans (any time) when nothing else is left.
 */
function linesForPlace(services: ServiceMatch[], turn: Turn): ContactLine[] {
  const { t } = turn.guide;
  const crown = turn.data.situation.crownDependency;
  if (!crown) return services.map((s) => serviceLine(s, t));
  const verified = services.filter((s) => CONTACTS[AS_CRISIS_CONTACT[s.id] ?? '']?.nations.includes(crown));
  return verified.length ? verified.map((s) => serviceLine(s, t)) : [contactLine('samaritans', t)];
}

export function personFacts(turn: Turn): PersonFacts {
  const age = turn.reply.understanding.entities.age ?? turn.data.situation.age;
  return { nation: turn.data.situation.nation, age, language: turn.guide.language, now: turn.guide.now };
}

export function isYoung(turn: Turn): boolean {
  const age = personFacts(turn).age;
  return age !== undefined && age < 18;
}

/** "These lines are open now": shown before anything refers to them. Empty when none is open. */
export function openNowContents(turn: Turn): Content[] {
  const { t } = turn.guide;
  const lines = linesForPlace(linesOpenNow(turn.guide.catalogue, personFacts(turn)), turn);
  return lines.length ? [{ kind: 'contacts', intro: t('handoff.openNow', { org: turn.org.name }), contacts: lines }] : [];
}

/** An under-18 out of hours: young people's services (Childline first when open), never an adult call back. */
export function youngContents(turn: Turn): Content[] {
  const { t } = turn.guide;
  const lines = linesForPlace(youngPeoplesServices(turn.guide.catalogue, personFacts(turn)), turn);
  return [{ kind: 'contacts', intro: t('handoff.closedYoung', { org: turn.org.name }), contacts: lines, outro: t('handoff.dangerNow') }];
}

/**
 * The language dates are written in: Intl has no Roman Urdu ('ur' names the days in Urdu script),
 * and people writing Urdu in Latin letters name the days in English ("Monday 09:00").
 */
export function dateLanguage(turn: Turn): string {
  return turn.data.script === 'Latn' ? 'en-GB' : turn.guide.language;
}

/** Sentences of one reply: Chinese joins them with nothing between, the others with a space. */
export function joinSentences(language: string, ...parts: string[]): string {
  return parts.filter(Boolean).join(language === 'zh' ? '' : ' ');
}

/** "Monday 09:00": the next opening, on the London clock, in the person's language. */
export function opensText(language: string, opensAt: Date | undefined): string {
  if (!opensAt) return '';
  return dateTimeFormat(language, { weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' }).format(opensAt);
}

/** Call-back times that exist: the next opening days' mornings and afternoons, and "any time they are open". */
export function slotChoices(org: Organisation, now: Date, language: string, t: Translate): Choice[] {
  const weekday = dateTimeFormat(language, { weekday: 'long', timeZone: 'Europe/London' });
  const slots = callbackSlots(org, now).map((slot) => ({
    value: `when:${slot.value}`,
    label: t('handoff.callbackSlot', { day: weekday.format(slot.day), from: slot.from, to: slot.to }),
  }));
  return [...slots, { value: 'when:anytime', label: t('handoff.callbackAnytime') }];
}

/** After an advisor leaves a conversation that carried urgent risk: the contacts that fit it, again. */
export function contactsAgain(risk: { level: RiskLevel; categories: RiskCategory[] } | undefined, ctx: CrisisContext): Content[] {
  if (!risk || riskRank(risk.level) < riskRank('concern')) return [];
  const choice = choiceFor(
    { level: riskRank(risk.level) >= riskRank('urgent') ? risk.level : 'urgent', categories: risk.categories, flags: [], ruleIds: [] },
    ctx.young,
  );
  return situationContents(choice, { ...ctx, offer: false })
    .filter((c) => c.kind === 'contacts')
    .map((c) => ({ ...c, intro: ctx.t('handoff.contactsAgain') }));
}
