/**
 * Telling an advice line at once that someone at urgent or emergency risk needs them.
 * A notice carries no personal text by construction: no message, name, phone or
 * postcode field exists, and renderers copy fields one by one (never a spread).
 */
import type { NotifyConfig } from '../config';
import type { RiskLevel } from '../core/risk';
import { WebhookNotifier, type WarnLogger } from './notifyWebhook';

export type NoticeLevel = 'urgent' | 'emergency';
export type NoticeReason = 'handoff' | 'risk_after_stop' | 'risk_during_handoff';

export interface HandoffNotice {
  org: string;
  orgName: string;
  level: NoticeLevel;
  /** Risk categories (suicide_self_harm, medical_emergency, ...), never the words that raised them. */
  categories: string[];
  /** Channel family: webchat, msteams, sms. */
  channel: string;
  /** Language code of the conversation. */
  language: string;
  /**
   * handoff: someone at risk joined the queue; risk_during_handoff: risk rose while waiting or connected;
   * risk_after_stop: an SMS user who texted STOP (so the bot sends them nothing) wrote something urgent.
   */
  reason: NoticeReason;
  at: Date;
  /** Where advisors pick the conversation up, e.g. `${publicUrl}/advisor`. */
  consoleUrl: string;
  /** A short reference the console also shows: not enough to identify anyone. */
  reference: string;
}

export interface AdviceLineNotifier {
  /** Safe to await and never rejects; callers on the reply path should not await it. */
  notify(notice: HandoffNotice): Promise<void>;
}

/** No webhook configured: advisors rely on the console alone. */
export class NoopNotifier implements AdviceLineNotifier {
  async notify(): Promise<void> {}
}

export function createNotifier(config: NotifyConfig | undefined, logger: WarnLogger): AdviceLineNotifier {
  return config ? new WebhookNotifier({ ...config, logger }) : new NoopNotifier();
}

/** The conversation key is already a hash (bots/carerBot.ts conversationKeyOf): its start is a safe reference. */
export function noticeReference(conversationKey: string): string {
  return conversationKey.slice(0, 8);
}

/** What the hand-off service reports about an urgent hand-off (handoff/handoffService.ts UrgentHandoff fits this). */
export interface UrgentEvent {
  conversationKey: string;
  org: string;
  level: RiskLevel;
  categories: readonly string[];
  channel: string;
  language: string;
  reason: NoticeReason;
}

/** A notice for an urgent event, or undefined below urgent (nothing to send). */
export function noticeFor(event: UrgentEvent, context: { orgName: string; publicUrl: string; at: Date }): HandoffNotice | undefined {
  if (event.level !== 'urgent' && event.level !== 'emergency') return undefined;
  return {
    org: event.org,
    orgName: context.orgName,
    level: event.level,
    categories: [...event.categories],
    channel: event.channel,
    language: event.language,
    reason: event.reason,
    at: context.at,
    consoleUrl: `${context.publicUrl.replace(/\/$/, '')}/advisor`,
    reference: noticeReference(event.conversationKey),
  };
}
