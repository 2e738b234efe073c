/**
 * The reply to a message that shows risk: the right contacts with their
 * numbers, chosen by category, flag and nation, and an offer of a person.
 * Numbers live in data/crisis/contacts.json, words in locales/.
 */
import { readFileSync } from 'node:fs';
import type { RiskAssessment } from '../risk/types';
import type { RiskCategory, RiskFlag } from '../core/risk';
import type { LanguageCode } from '../core/languages';
import type { ContactLine, Content } from '../channels/content';
import type { Nation } from './state';
import type { Translate } from './translate';
import { yesNoChoices } from './choices';

interface ContactData {
  number?: string;
  numberKey?: string;
  nations: Nation[];
}
interface ContactsFile {
  contacts: Record<string, ContactData>;
  byCategory: Record<RiskCategory, string[]>;
  byFlag: Partial<Record<RiskFlag, string[]>>;
}

const CONTACTS = JSON.parse(readFileSync(new URL('../data/crisis/contacts.json', import.meta.url), 'utf8')) as ContactsFile;

/** Crisis replies stay short: SMS must fit them in one or two messages. */
const MAX_CONTACTS = 4;

export interface CrisisContext {
  t: Translate;
  language: LanguageCode;
  nation?: Nation;
  org: string;
  /** The person told us they are under 18: Childline first. */
  young?: boolean;
}

export function contactIdsFor(risk: RiskAssessment, nation: Nation = 'england', young = false): string[] {
  const ids: string[] = young && risk.level !== 'emergency' ? ['childline'] : [];
  for (const flag of risk.flags) ids.push(...(CONTACTS.byFlag[flag] ?? []));
  for (const category of risk.categories) ids.push(...CONTACTS.byCategory[category]);
  if (ids.length === 0) ids.push(...CONTACTS.byCategory.suicide_self_harm);
  if (risk.level === 'emergency') ids.unshift('emergency');
  const unique = [...new Set(ids)].filter((id) => CONTACTS.contacts[id]?.nations.includes(nation));
  // 999 is always last for urgent (a sentence says when to use it) unless it is the emergency itself.
  const ordered = risk.level === 'emergency' ? unique : [...unique.filter((id) => id !== 'emergency'), ...(unique.includes('emergency') ? ['emergency'] : [])];
  return ordered.slice(0, MAX_CONTACTS);
}

export function contactLine(id: string, t: Translate): ContactLine {
  const data = CONTACTS.contacts[id];
  return { name: t(`crisis.contact.${id}`), number: data.number ?? t(data.numberKey ?? '') };
}

export function crisisContents(risk: RiskAssessment, ctx: CrisisContext): Content[] {
  const { t } = ctx;
  const contacts = contactIdsFor(risk, ctx.nation, ctx.young).map((id) => contactLine(id, t));
  const languageNote = ctx.language === 'en' ? undefined : t('crisis.language');
  const offer = t('crisis.offer', { org: ctx.org });
  if (risk.level === 'emergency') {
    const first = risk.flags.includes('chemotherapy') ? t('crisis.emergency.chemo') : `${t('crisis.emergency.first')} ${t('crisis.emergency.detail')}`;
    return [
      { kind: 'contacts', intro: first, contacts, outro: languageNote },
      { kind: 'text', text: offer, choices: yesNoChoices(t) },
    ];
  }
  const intro = risk.categories.includes('abuse') ? t('crisis.urgent.introAbuse') : t('crisis.urgent.intro');
  return [
    { kind: 'contacts', intro, contacts, outro: [t('crisis.urgent.danger'), languageNote].filter(Boolean).join(' ') },
    { kind: 'text', text: offer, choices: yesNoChoices(t) },
  ];
}

export function concernContents(risk: RiskAssessment, ctx: CrisisContext): Content[] {
  const { t } = ctx;
  const ack = risk.categories.includes('hardship') ? t('crisis.concern.ackHardship') : t('crisis.concern.ack');
  return [{ kind: 'text', text: `${ack} ${t('crisis.concern.offer', { org: ctx.org })}`, choices: yesNoChoices(t) }];
}

/** The fixed 24/7 block for when even the wording fails: no lookup, no template. */
export const FAILSAFE_CRISIS_TEXT =
  'If you need help now: call 999 in an emergency. Samaritans: 116 123 (any time, free). Shout: text SHOUT to 85258 (any time, free).';
