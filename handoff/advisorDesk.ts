/**
 * What the advisor console sees and does, independent of HTTP and of botbuilder.
 * The console (web/advisor*) talks only to this interface; the hand-off service
 * (handoff/handoffService.ts) implements it and relays to the person's channel.
 */
import type { RiskCategory, RiskLevel } from '../core/risk';

/** An advisor as the desk knows them: from their account, never their password. */
export interface AdvisorIdentity {
  id: string;
  name: string;
  org: string;
  /** Language codes they can advise in (en, cy, pl, …). */
  languages: string[];
}

/** One conversation waiting for, or held by, an advisor: no message text. */
export interface HandoffSummary {
  conversationKey: string;
  org: string;
  phase: 'queued' | 'connected';
  risk: RiskLevel;
  categories: RiskCategory[];
  topics: string[];
  language: string;
  district?: string;
  /** Channel family: webchat, msteams, sms. */
  channel: string;
  joinedAt: number;
  /** The person agreed to share what they told the bot before the hand-off. */
  transcriptShared: boolean;
  /** Set once claimed. */
  advisorId?: string;
  advisorName?: string;
  /** The highest risk seen since the hand-off began, when above the level it queued at. */
  newRisk?: RiskLevel;
  /** Messages the person sent while waiting or connected that the advisor has not fetched. */
  unread: number;
}

export interface TranscriptLine {
  from: 'person' | 'bot' | 'advisor';
  text: string;
  at: number;
}

export type DeskEvent =
  | { type: 'queue'; org: string }
  | { type: 'message'; org: string; conversationKey: string; line: TranscriptLine }
  | { type: 'risk'; org: string; conversationKey: string; level: RiskLevel; categories: RiskCategory[] }
  | { type: 'ended'; org: string; conversationKey: string; reason: 'advisor' | 'person' | 'heartbeat' | 'erased' };

export type ClaimResult = 'claimed' | 'taken' | 'gone' | 'forbidden';

export interface AdvisorDesk {
  /** Queued and connected conversations of one organisation, most at risk first, then longest waiting. */
  list(org: string): Promise<HandoffSummary[]>;
  /** Atomic: of two advisors claiming at once, one gets 'claimed' and the other 'taken'. */
  claim(conversationKey: string, advisor: AdvisorIdentity): Promise<ClaimResult>;
  /**
   * The conversation so far as the advisor may see it: messages since the hand-off always;
   * what came before only when the person agreed. Undefined when not theirs to read.
   */
  transcript(conversationKey: string, advisor: AdvisorIdentity): Promise<TranscriptLine[] | undefined>;
  /** Relays a message to the person's channel. False when the advisor doesn't hold the conversation. */
  send(conversationKey: string, advisor: AdvisorIdentity, text: string): Promise<boolean>;
  /** Ends the hand-off; the bot resumes with a short message. */
  end(conversationKey: string, advisor: AdvisorIdentity): Promise<boolean>;
  /** The console is alive; also marks the advisor present for language matching. */
  heartbeat(advisor: AdvisorIdentity): Promise<void>;
  /** The advisor signed out or closed the console: what they held goes back to the queue. */
  signOff(advisor: AdvisorIdentity): Promise<void>;
  /** Live changes for one organisation's consoles; returns the unsubscribe. */
  subscribe(org: string, listener: (event: DeskEvent) => void): () => void;
}
