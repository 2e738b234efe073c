/** What the bot is built from: app.ts composes these once; tests pass their own. */
import type { ConversationState } from 'botbuilder';
import type { i18n } from 'i18next';
import type { Catalogue } from '../catalogue';
import type { DialogServices } from '../dialogs/services';
import type { HandoffDesk } from '../handoff/desk';
import type { UrgentHandoff } from '../handoff/handoffService';
import type { Organisation } from '../handoff/orgs';
import type { Logger } from '../ops/logger';
import type { InsightRecorder } from '../insight/recorder';
import type { ErasureService } from '../privacy/erasure';
import type { RiskAssessment } from '../risk/types';
import type { Recognizer } from '../understanding/types';
import type { SecondOpinionDeps } from './secondOpinion';

export interface CarerBotDeps {
  conversationState: ConversationState;
  recognizer: Recognizer;
  catalogue: Catalogue;
  organisations: Map<string, Organisation>;
  defaultOrg: string;
  handoff: HandoffDesk;
  erasure: ErasureService;
  i18n: i18n;
  clock: () => Date;
  logger: Logger;
  maxMessageChars: number;
  keepHours: number;
  dialogs: Pick<DialogServices, 'callbacks' | 'callbackKeepDays' | 'emitHandoffInitiate' | 'planLink'>;
  /** An optional second opinion on risk (Azure AI Content Safety), asked within its budget; absent: off. */
  secondOpinion?: SecondOpinionDeps;
  /** Injected for tests of the fail-safe; the real one never throws. */
  assess?: (text: string) => RiskAssessment;
  /** Tells the advice line of urgent risk it must hear about even when the bot may not answer (after SMS STOP). */
  notifyUrgent?: (handoff: UrgentHandoff) => void;
  /** Aggregate counters for the organisations' dashboard (insight/); never waited for. */
  insight?: InsightRecorder;
  /** SMS: a short link served by the bot for a long web address (channels/shortLinks.ts). */
  shortLink?: (url: string) => string | undefined;
}
