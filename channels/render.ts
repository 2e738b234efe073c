/**
 * Turns what the dialogs say (Content) into activities for one channel, using
 * the capability table. The only place that knows how each channel shows things.
 */
import type { Activity, Attachment, CardAction as BotCardAction } from 'botbuilder';
import type { ChannelCapabilities } from './capabilities';
import { contactText, type Choice, type ContactLine, type Content, type ServiceView } from './content';
import {
  ADAPTIVE_CARD,
  callButtons,
  callCard,
  choiceActions,
  planCard,
  serviceCard,
  serviceLines,
  telNumber,
  type AdaptiveCard,
  type CardCalls,
} from './cards';
import { linkPhoneNumbers } from './phoneNumbers';
import { smsTurn, type SmsOptions } from './smsTurn';

export interface RenderLabels {
  /** "Reply with a number", under numbered choices. */
  replyWithNumber: string;
  openLink: string;
  printPlan: string;
  /** "Call 116 123", on tap-to-call buttons; the number alone without it. */
  call?: (number: string) => string;
}

export type OutgoingActivity = Partial<Activity>;

/** The render labels, in the wording of the moment (any `t` of i18next's shape). */
export function renderLabels(t: (key: string, options?: Record<string, unknown>) => string): RenderLabels {
  return {
    replyWithNumber: t('common.render.replyWithNumber'),
    openLink: t('common.render.openLink'),
    printPlan: t('common.render.printPlan'),
    call: (number) => t('common.render.call', { number }),
  };
}

const attachment = (content: AdaptiveCard): Attachment => ({ contentType: ADAPTIVE_CARD, content });

function numbered(choices: readonly Choice[]): string {
  return choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n');
}

function suggested(choices: readonly Choice[]): Partial<Activity> {
  const actions: BotCardAction[] = choices.map((c) => ({ type: 'imBack', title: c.label, value: c.label }));
  return { suggestedActions: { actions, to: [] } };
}

function serviceAsText(service: ServiceView, includeUrl: boolean): string {
  const lines = serviceLines(service).filter((l) => includeUrl || l !== service.url);
  return [service.name, ...lines].join('\n');
}

/** Plain-text channels: the whole content as text, choices as numbered lines. */
function plainText(content: Content, caps: ChannelCapabilities): { text: string; choices?: Choice[] } {
  switch (content.kind) {
    case 'text':
      return { text: content.text, choices: content.choices };
    case 'services':
      return { text: [content.intro, ...content.services.map((s) => serviceAsText(s, caps.links))].join('\n\n'), choices: content.choices };
    case 'contacts':
      return {
        text: [content.intro, ...content.contacts.map(contactText), content.outro].filter(Boolean).join('\n'),
        choices: content.choices,
      };
    case 'plan':
      // The plan's page link goes on SMS too: the short form keeps room for it (plans/sms.ts).
      return { text: content.plan.link ? `${content.plan.shortForm}\n${content.plan.link}` : content.plan.shortForm, choices: content.choices };
    case 'event':
      return { text: '' };
  }
}

/** Markdown's own characters in our words are shown, not obeyed; a line starting "1." or "-" is not a list. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/^(\s*\d+)([.)])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*)([-+])(?=\s)/gm, '$1\\$2');
}

function contactMarkdown(contact: ContactLine, links: boolean): string {
  const tel = links ? telNumber(contact.number) : undefined;
  const number = tel ? `[${escapeMarkdown(contact.number)}](tel:${tel})` : escapeMarkdown(contact.number);
  return `- ${escapeMarkdown(contact.name)}: ${number}`;
}

/**
 * Crisis contacts as markdown, one contact a list item and every other line a
 * paragraph of its own: Web Chat and Teams join single line breaks in markdown,
 * which ran the numbers together into one paragraph.
 */
export function contactsMarkdown(content: Extract<Content, { kind: 'contacts' }>, links: boolean): string {
  const lines = (text?: string) =>
    (text ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => (links ? linkPhoneNumbers(escapeMarkdown(l)) : escapeMarkdown(l)));
  return [...lines(content.intro), content.contacts.map((c) => contactMarkdown(c, links)).join('\n'), ...lines(content.outro)].join('\n\n');
}

/** Channels of plain text without limits: the whole content as text, choices as numbered lines. */
function renderPlain(content: Content, caps: ChannelCapabilities, labels: RenderLabels): OutgoingActivity[] {
  const { text, choices } = plainText(content, caps);
  const menu = choices?.length ? `${numbered(choices)}\n${labels.replyWithNumber}` : '';
  const whole = [text, menu].filter(Boolean).join('\n\n');
  return whole ? [{ type: 'message', text: whole }] : [];
}

/** A card of call buttons for the numbers in a text (Teams: its markdown cannot dial), none without numbers. */
function callButtonsCard(text: string, caps: ChannelCapabilities, labels: RenderLabels): Attachment[] {
  if (caps.callLinks !== 'buttons') return [];
  const actions = callButtons(text, labels.call ?? ((n) => n));
  return actions.length
    ? [attachment({ type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', body: [], actions })]
    : [];
}

/** A text reply with its phone numbers tap-to-call: tel: links in the markdown, or call buttons under it. */
function textMessage(text: string, caps: ChannelCapabilities, labels: RenderLabels): OutgoingActivity {
  if (caps.callLinks === 'inline') return { type: 'message', text: linkPhoneNumbers(text) };
  const buttons = callButtonsCard(text, caps, labels);
  return buttons.length ? { type: 'message', text, attachments: buttons } : { type: 'message', text };
}

function renderRich(content: Content, caps: ChannelCapabilities, labels: RenderLabels): OutgoingActivity[] {
  const calls: CardCalls = { callLinks: caps.callLinks, title: labels.call ?? ((n) => n) };
  const withChoices = (activity: OutgoingActivity, choices?: Choice[]): OutgoingActivity => {
    if (!choices?.length) return activity;
    if (caps.suggestedActions) return { ...activity, ...suggested(choices) };
    const buttons: AdaptiveCard = {
      type: 'AdaptiveCard',
      version: '1.5',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      body: [],
      actions: choiceActions(choices),
    };
    return { ...activity, attachments: [...(activity.attachments ?? []), attachment(buttons)] };
  };
  switch (content.kind) {
    case 'text':
      return [withChoices(textMessage(content.text, caps, labels), content.choices)];
    case 'services': {
      const intro = textMessage(content.intro, caps, labels);
      return [
        withChoices(
          {
            ...intro,
            attachmentLayout: 'list',
            attachments: [...(intro.attachments ?? []), ...content.services.map((s) => attachment(serviceCard(s, labels.openLink, calls)))],
          },
          content.choices,
        ),
      ];
    }
    case 'contacts': {
      // Crisis numbers go in the text itself: they must show even where cards fail to render. Markdown is set
      // deliberately; tap-to-call is a tel: link in the text (Web Chat) or a card of call buttons under it (Teams).
      const text = caps.markdown
        ? contactsMarkdown(content, caps.callLinks === 'inline')
        : [content.intro, ...content.contacts.map(contactText), content.outro].filter(Boolean).join('\n');
      const activity: OutgoingActivity = { type: 'message', text, ...(caps.markdown ? { textFormat: 'markdown' } : {}) };
      if (caps.callLinks === 'buttons') {
        // One button per contact, then any other number the words around them give ("call 111").
        const title = labels.call ?? ((n: string) => n);
        const contacts = callCard(content.contacts, title)?.actions ?? [];
        const urls = new Set(contacts.map((a) => (a.type === 'Action.OpenUrl' ? a.url : '')));
        const others = callButtons([content.intro, content.outro].filter(Boolean).join('\n'), title).filter(
          (a) => a.type === 'Action.OpenUrl' && !urls.has(a.url),
        );
        const actions = [...contacts, ...others];
        if (actions.length)
          activity.attachments = [
            attachment({ type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', body: [], actions }),
          ];
      }
      return [withChoices(activity, content.choices)];
    }
    case 'plan':
      return [withChoices({ type: 'message', attachments: [attachment(planCard(content.plan, labels.printPlan, calls))] }, content.choices)];
    case 'event':
      return caps.handoffEvent ? [{ type: 'event', name: content.name, value: content.value }] : [];
  }
}

/**
 * The activities for some contents on one channel. SMS fits them into one turn of at most three
 * texts (channels/smsTurn.ts): give it all of a turn's contents at once (the outbox does).
 */
export function render(contents: readonly Content[], caps: ChannelCapabilities, labels: RenderLabels, options: SmsOptions = {}): OutgoingActivity[] {
  if (caps.maxChars) return renderSmsTurn([{ contents, labels }], caps, options);
  return contents.flatMap((content) => (caps.adaptiveCards ? renderRich(content, caps, labels) : renderPlain(content, caps, labels)));
}

/** A whole SMS turn, each part in the wording it was said in. */
export function renderSmsTurn(
  items: readonly { contents: readonly Content[]; labels: RenderLabels }[],
  caps: ChannelCapabilities,
  options: SmsOptions = {},
): OutgoingActivity[] {
  if (!caps.maxChars) throw new Error('renderSmsTurn needs a channel with SMS limits');
  const turn = smsTurn(
    items.map(({ contents, labels }) => ({ contents, wording: labels })),
    caps.maxChars,
    options,
  );
  return turn.map((text) => ({ type: 'message', text }));
}

/** The choices a set of contents offers, remembered so the next reply can pick one. */
export function offeredChoices(contents: readonly Content[]): Choice[] {
  for (let i = contents.length - 1; i >= 0; i--) {
    const content = contents[i];
    if (content.kind !== 'event' && content.choices?.length) return content.choices;
  }
  return [];
}
