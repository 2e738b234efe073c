/** Adaptive Cards for services, contacts and plans (Web Chat and Teams). */
import type { Choice, ContactLine, PlanView, ServiceView } from './content';
import { callableNumbers, linkPhoneNumbers } from './phoneNumbers';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: '1.5';
  $schema: string;
  body: CardElement[];
  actions?: CardAction[];
  speak?: string;
}
export type CardElement = {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'Bolder';
  size?: 'Medium' | 'Small';
  isSubtle?: boolean;
  spacing?: 'Medium' | 'Small';
};
export type CardAction = { type: 'Action.Submit'; title: string; data: { choice: string } } | { type: 'Action.OpenUrl'; title: string; url: string };

const text = (value: string, extra: Partial<CardElement> = {}): CardElement => ({ type: 'TextBlock', text: value, wrap: true, ...extra });

function card(body: CardElement[], actions?: CardAction[]): AdaptiveCard {
  return { type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', body, ...(actions?.length ? { actions } : {}) };
}

export function choiceActions(choices: readonly Choice[] = []): CardAction[] {
  return choices.map((c) => ({ type: 'Action.Submit', title: c.label, data: { choice: c.value } }));
}

export function serviceLines(service: ServiceView): string[] {
  return [
    service.phone,
    service.text,
    [service.hours, service.openNow].filter(Boolean).join(' · ') || undefined,
    service.languages,
    service.why,
    service.whatToSay,
    service.caution,
    service.url,
  ].filter((line): line is string => Boolean(line));
}

/**
 * How a card makes its phone numbers tap-to-call: `inline` tel: links in its text blocks (Web
 * Chat), `buttons` of Action.OpenUrl tel: (Teams), `none`. `title` words a button ("Call 116 123").
 */
export interface CardCalls {
  callLinks: 'inline' | 'buttons' | 'none';
  title: (number: string) => string;
}

// Teams shows up to six actions on a card: call buttons leave room for the card's own link.
const MAX_CALL_BUTTONS = 4;

/** Text blocks with their numbers linked, and call buttons for them, as the channel makes calls. */
function withCalls(body: CardElement[], calls: CardCalls | undefined): { body: CardElement[]; buttons: CardAction[] } {
  // A bold block is a name or a heading ("NHS 111"): its number is linked on its own line, not inside the name.
  if (calls?.callLinks === 'inline') return { body: body.map((b) => (b.weight === 'Bolder' ? b : { ...b, text: linkPhoneNumbers(b.text) })), buttons: [] };
  if (calls?.callLinks !== 'buttons') return { body, buttons: [] };
  return { body, buttons: callButtons(body.map((b) => b.text).join('\n'), calls.title) };
}

/** An Action.OpenUrl tel: button for each number to dial in the text, each once. */
export function callButtons(value: string, title: (number: string) => string): CardAction[] {
  return callableNumbers(value)
    .slice(0, MAX_CALL_BUTTONS)
    .map((n) => ({ type: 'Action.OpenUrl' as const, title: title(n.text), url: n.href }));
}

export function serviceCard(service: ServiceView, linkLabel?: string, calls?: CardCalls): AdaptiveCard {
  const { body, buttons } = withCalls(
    [
      text(service.name, { weight: 'Bolder', size: 'Medium' }),
      ...serviceLines(service)
        .filter((l) => l !== service.url)
        .map((l) => text(l)),
    ],
    calls,
  );
  const actions: CardAction[] = service.url && linkLabel ? [{ type: 'Action.OpenUrl', title: linkLabel, url: service.url }] : [];
  return card(body, [...buttons, ...actions]);
}

export function planCard(plan: PlanView, linkLabel?: string, calls?: CardCalls): AdaptiveCard {
  const lines: CardElement[] = [text(plan.title, { weight: 'Bolder', size: 'Medium' })];
  for (const section of plan.sections) {
    lines.push(text(section.heading, { weight: 'Bolder', spacing: 'Medium' }));
    for (const line of section.lines) lines.push(text(`• ${line}`));
  }
  const { body, buttons } = withCalls(lines, calls);
  const actions: CardAction[] = plan.link && linkLabel ? [{ type: 'Action.OpenUrl', title: linkLabel, url: plan.link }] : [];
  return card(body, [...buttons, ...actions]);
}

/**
 * The digits to dial when a contact's number is a phone number; none for
 * "text SHOUT to 85258" or "the number on the alert card", which no link can dial.
 */
export function telNumber(number: string): string | undefined {
  const digits = number.replace(/[\s\u00a0]+/g, '');
  return /^\+?\d{3,13}$/.test(digits) ? digits : undefined;
}

/** Tap-to-call buttons, one per dialable contact (Teams); none when no number can be dialled. */
export function callCard(contacts: readonly ContactLine[], title: (number: string) => string): AdaptiveCard | undefined {
  const actions: CardAction[] = contacts.flatMap((c) => {
    const tel = telNumber(c.number);
    return tel ? [{ type: 'Action.OpenUrl' as const, title: title(c.number), url: `tel:${tel}` }] : [];
  });
  return actions.length ? card([], actions) : undefined;
}

/**
 * The text a card shows, flattened: what a transcript or a test reads. A web address lives only on the
 * card's link button: it is written out ("Open website: https://…"), or a web-only service has a name and nothing to go to.
 */
export function flattenCard(value: AdaptiveCard): string {
  const links = (value.actions ?? []).flatMap((a) => (a.type === 'Action.OpenUrl' && /^https?:/i.test(a.url) ? [`${a.title}: ${a.url}`] : []));
  return [...value.body.map((b) => b.text), ...links].join('\n');
}
