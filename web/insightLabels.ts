/** Plain English names for the codes insight counts (the dashboard is English-only, as the console is). */
import { readFileSync } from 'node:fs';
import { councilByCode } from '../catalogue';
import type { Metric } from '../insight/model';

const topicLabels = (JSON.parse(readFileSync(new URL('../locales/en/topics.json', import.meta.url), 'utf8')) as { label: Record<string, string> }).label;
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

const FIXED: Record<string, Record<string, string>> = {
  conversations: { started: 'Conversations started' },
  channel: { webchat: 'Web chat', msteams: 'Microsoft Teams', sms: 'SMS', plain: 'Other' },
  risk: { concern: 'Concern', urgent: 'Urgent', emergency: 'Emergency' },
  handoff: { requested: 'Asked for a person', taken: 'Taken by an advisor', callback: 'Asked for a call back', left: 'Left the queue before anyone took it' },
  wait: {
    'under-1m': 'Under 1 minute',
    '1-5m': '1 to 5 minutes',
    '5-15m': '5 to 15 minutes',
    '15-30m': '15 to 30 minutes',
    '30-60m': '30 to 60 minutes',
    'over-1h': 'Over an hour',
  },
};

export const TABLE_TITLES: Record<Metric, string> = {
  conversations: 'Conversations started',
  channel: 'Channels',
  language: 'Languages',
  topic: 'Topics raised',
  risk: 'Risk levels reached',
  council: 'Councils (from the place people gave)',
  handoff: 'Hand-offs to a person and their outcome',
  wait: 'Waiting time until an advisor took the conversation',
  unmet: 'Unmet need: topics with no local service to offer, by council',
};

function language(code: string): string {
  if (code === 'en') return 'English';
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The row or column label of a code in one of the tables (weeks are shown as they are). */
export function labelFor(table: Metric, kind: 'row' | 'column', code: string): string {
  if (table === 'unmet') return kind === 'row' ? (topicLabels[code] ?? code) : (councilByCode(code)?.name ?? code);
  if (kind === 'column') return code;
  if (table === 'topic') return topicLabels[code] ?? code;
  if (table === 'language') return language(code);
  if (table === 'council') return councilByCode(code)?.name ?? code;
  return FIXED[table]?.[code] ?? code;
}
