/** Adaptive Cards for services, contacts and plans (Web Chat and Teams). */
import type { Choice, PlanView, ServiceView } from './content';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: '1.5';
  $schema: string;
  body: CardElement[];
  actions?: CardAction[];
  speak?: string;
}
export type CardElement = { type: 'TextBlock'; text: string; wrap: true; weight?: 'Bolder'; size?: 'Medium' | 'Small'; isSubtle?: boolean; spacing?: 'Medium' | 'Small' };
export type CardAction =
  | { type: 'Action.Submit'; title: string; data: { choice: string } }
  | { type: 'Action.OpenUrl'; title: string; url: string };

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

export function serviceCard(service: ServiceView, linkLabel?: string): AdaptiveCard {
  const body = [text(service.name, { weight: 'Bolder', size: 'Medium' }), ...serviceLines(service).filter((l) => l !== service.url).map((l) => text(l))];
  const actions: CardAction[] = service.url && linkLabel ? [{ type: 'Action.OpenUrl', title: linkLabel, url: service.url }] : [];
  return card(body, actions);
}

export function planCard(plan: PlanView, linkLabel?: string): AdaptiveCard {
  const body: CardElement[] = [text(plan.title, { weight: 'Bolder', size: 'Medium' })];
  for (const section of plan.sections) {
    body.push(text(section.heading, { weight: 'Bolder', spacing: 'Medium' }));
    for (const line of section.lines) body.push(text(`• ${line}`));
  }
  const actions: CardAction[] = plan.link && linkLabel ? [{ type: 'Action.OpenUrl', title: linkLabel, url: plan.link }] : [];
  return card(body, actions);
}

/** The text a card shows, flattened: what a transcript or a test reads. */
export function flattenCard(value: AdaptiveCard): string {
  return value.body.map((b) => b.text).join('\n');
}
