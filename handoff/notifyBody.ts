/**
 * The two webhook bodies for a HandoffNotice. Every field is copied by name, so a
 * caller passing an object with extra (personal) properties cannot leak them.
 */
import type { HandoffNotice } from './notify';

const CATEGORY_LABELS: Record<string, string> = {
  suicide_self_harm: 'Suicide or self-harm',
  harm_to_others: 'Harm to others',
  abuse: 'Abuse or neglect',
  medical_emergency: 'Medical emergency',
  carer_breakdown: 'Not coping, at breaking point',
  hardship: 'Hardship',
};

const CHANNEL_LABELS: Record<string, string> = { webchat: 'Web chat', msteams: 'Microsoft Teams', sms: 'Text message (SMS)' };

const HEADLINES: Record<HandoffNotice['reason'], string> = {
  handoff: 'someone is waiting for the advice line',
  risk_during_handoff: 'risk rose for someone in a hand-off',
  risk_after_stop: 'someone who texted STOP has sent an urgent message',
};

const languageNames = new Intl.DisplayNames(['en-GB'], { type: 'language', fallback: 'code' });

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category;
}

export function languageLabel(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/** "Mon 23 Nov 2026, 14:05 GMT": advice lines work in UK time. Assembled from parts, as ICU versions punctuate differently. */
export function londonTime(at: Date): string {
  const part = Object.fromEntries(LONDON_PARTS.formatToParts(at).map((p) => [p.type, p.value]));
  return `${part.weekday} ${part.day} ${part.month} ${part.year}, ${part.hour}:${part.minute} ${part.timeZoneName}`;
}

export function headline(notice: HandoffNotice): string {
  const level = notice.level === 'emergency' ? 'Emergency' : 'Urgent';
  return `${level}: ${HEADLINES[notice.reason]}`;
}

export interface JsonNoticeBody {
  type: 'handoff_notice';
  version: 1;
  summary: string;
  org: string;
  orgName: string;
  level: HandoffNotice['level'];
  reason: HandoffNotice['reason'];
  categories: string[];
  channel: string;
  language: string;
  at: string;
  consoleUrl: string;
  reference: string;
}

export function jsonBody(notice: HandoffNotice): JsonNoticeBody {
  return {
    type: 'handoff_notice',
    version: 1,
    summary: headline(notice),
    org: notice.org,
    orgName: notice.orgName,
    level: notice.level,
    reason: notice.reason,
    categories: [...notice.categories],
    channel: notice.channel,
    language: notice.language,
    at: notice.at.toISOString(),
    consoleUrl: notice.consoleUrl,
    reference: notice.reference,
  };
}

type CardElement = Record<string, unknown>;

/**
 * The Teams Workflows webhook ("When a Teams webhook request is received", Power Automate)
 * expects a message with Adaptive Card attachments. Office 365 connectors (incoming webhooks
 * with MessageCard bodies) are retired, so that format is deliberately not offered.
 * Card version 1.4: what Workflows posts render on every Teams client.
 */
export function teamsWorkflowBody(notice: HandoffNotice): {
  type: 'message';
  attachments: { contentType: 'application/vnd.microsoft.card.adaptive'; contentUrl: null; content: CardElement }[];
} {
  const categories = notice.categories.length ? notice.categories.map(categoryLabel).join(', ') : 'Not stated';
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: headline(notice),
      size: 'Large',
      weight: 'Bolder',
      color: notice.level === 'emergency' ? 'Attention' : 'Warning',
      wrap: true,
    },
    { type: 'TextBlock', text: notice.orgName, isSubtle: true, spacing: 'None', wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: 'Level', value: notice.level === 'emergency' ? 'Emergency' : 'Urgent' },
        { title: 'About', value: categories },
        { title: 'Channel', value: CHANNEL_LABELS[notice.channel] ?? notice.channel },
        { title: 'Language', value: languageLabel(notice.language) },
        { title: 'Time', value: londonTime(notice.at) },
        { title: 'Reference', value: notice.reference },
      ],
    },
    {
      type: 'TextBlock',
      text: 'Open the advisor console to pick this up. Nothing the person wrote is included here.',
      wrap: true,
      isSubtle: true,
      size: 'Small',
    },
  ];
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          actions: [{ type: 'Action.OpenUrl', title: 'Open the advisor console', url: notice.consoleUrl }],
          msteams: { width: 'Full' },
        },
      },
    ],
  };
}
