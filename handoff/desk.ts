/**
 * The person's side of the hand-off, as dialogs and the bot see it.
 * HandoffService (handoffService.ts) implements it together with the advisor's side.
 */
import type { RiskCategory, RiskLevel } from '../core/risk';
import type { TranscriptLine } from './advisorDesk';
import type { Organisation } from './orgs';

export interface HandoffRequest {
  conversationKey: string;
  org: Organisation;
  risk: RiskLevel;
  language: string;
  now: Date;
  categories?: RiskCategory[];
  topics?: string[];
  district?: string;
  /** Channel family (webchat, msteams, sms), for the advisor's summary. */
  channel?: string;
  /** Opaque to the domain: how the edge reaches the person again (a botbuilder ConversationReference). */
  reference?: unknown;
  /** Queue even when no advisor online speaks the language (the person chose to wait in English). */
  anyLanguage?: boolean;
}

export type HandoffOutcome =
  | { status: 'queued'; position: number }
  | { status: 'connected'; advisorName: string }
  /** Advisors are online but none speaks the person's language: offer a call back with an interpreter. */
  | { status: 'no_language' }
  | { status: 'closed'; opensAt?: Date };

export interface HandoffDesk {
  request(request: HandoffRequest): Promise<HandoffOutcome>;
  leave(conversationKey: string): Promise<boolean>;
  /** Asynchronous: with several instances the hand-off is held in Redis. */
  phase(conversationKey: string): Promise<'queued' | 'connected' | undefined>;
  position(conversationKey: string): Promise<number | undefined>;
  /** A message from someone waiting or connected; false when they have no hand-off. */
  personMessage(conversationKey: string, text: string, risk: { level: RiskLevel; categories: RiskCategory[] }): Promise<boolean>;
  /** Kept in the background (failures go to the service's onError): the turn never waits for it. */
  botMessage(conversationKey: string, text: string): void;
  /** Kept in the background, as botMessage. */
  shareTranscript(conversationKey: string, lines: TranscriptLine[] | undefined): void;
  erase(conversationKey: string): Promise<void>;
}
