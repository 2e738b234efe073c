/**
 * What the bot worked out before the dialogs run (risk, understanding, the
 * picked choice, the state) and how dialogs speak. The bot puts it in turn
 * state; dialogs read it and never look at the channel.
 */
import type { TurnContext } from 'botbuilder';
import type { Content } from '../channels/content';
import type { RiskAssessment } from '../risk/types';
import type { RiskLevel } from '../core/risk';
import type { GuideContext } from '../conversation/context';
import type { Reply } from '../conversation/answers';
import type { ConversationData } from '../conversation/state';
import type { LanguageCode } from '../core/languages';
import type { HandoffDesk } from '../handoff/desk';
import type { Organisation } from '../handoff/orgs';

export interface TurnFacts {
  reply: Reply;
  risk: RiskAssessment;
  /** The level of the previous message: "yes" to a crisis offer carries the crisis's urgency. */
  previousRisk: RiskLevel;
  data: ConversationData;
  guide: GuideContext;
  handoff: HandoffDesk;
  org: Organisation;
  /** Stable, opaque key of this conversation (queue, erasure). */
  conversationKey: string;
  /** Opaque to dialogs: how the hand-off reaches this person again. */
  reference: unknown;
  /** Channel family, for the advisor's summary only: dialogs never branch on it. */
  channel: string;
  /** Sends contents rendered for this channel and remembers the choices offered. */
  say(contents: Content[]): Promise<void>;
  /** Carries out "delete my data" for this person, in every registered store. */
  erase(): Promise<void>;
  /** Wording in another language than the conversation's (e.g. a bilingual offer). */
  translate(language: LanguageCode): GuideContext['t'];
  /** Switches the wording of the rest of this turn. */
  setLanguage(language: LanguageCode): void;
  /** Back after a while, with the conversation still here: offer to carry on. */
  returning: boolean;
  /** The person's data was erased this turn: nothing may be saved after it. */
  erased: boolean;
}

const FACTS = Symbol('turnFacts');

export function setTurnFacts(context: TurnContext, facts: TurnFacts): void {
  context.turnState.set(FACTS, facts);
}

export function turnFacts(context: TurnContext): TurnFacts {
  const facts = context.turnState.get(FACTS) as TurnFacts | undefined;
  if (!facts) throw new Error('turn facts missing: the bot must set them before dialogs run');
  return facts;
}
