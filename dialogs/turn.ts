/**
 * What the pipeline worked out for this turn, as the dialogs read it: the
 * message understood, its risk, the conversation's state and wording, and
 * where replies go. Per-turn data only: services (the hand-off desk, call
 * backs, erasure, translators) reach each dialog through its constructor.
 */
import type { TurnContext } from 'botbuilder';
import type { Content } from '../channels/content';
import type { Reply } from '../conversation/answers';
import type { GuideContext } from '../conversation/context';
import type { ConversationData } from '../conversation/state';
import type { RiskLevel } from '../core/risk';
import type { Organisation } from '../handoff/orgs';
import type { RiskAssessment } from '../risk/types';

/** Who the hand-off must reach again, opaque to the dialogs. */
export interface PersonAddress {
  /** Stable, opaque key of this conversation (queue, erasure). */
  conversationKey: string;
  /** How the hand-off reaches this person again (a botbuilder ConversationReference). */
  reference: unknown;
  /** Channel family, for the advisor's summary only: dialogs never branch on it. */
  channel: string;
}

export interface Turn {
  reply: Reply;
  risk: RiskAssessment;
  /** The level of the previous message: "yes" to a crisis offer carries the crisis's urgency. */
  previousRisk: RiskLevel;
  data: ConversationData;
  guide: GuideContext;
  org: Organisation;
  person: PersonAddress;
  /** Back after a while, with the conversation still here: offer to carry on. */
  returning: boolean;
  /** Hands replies to the channel's outbox (sent after the state is saved) and remembers the choices offered. */
  say(contents: Content[]): void;
}

const TURN = Symbol('turn');

export function setTurn(context: TurnContext, turn: Turn): void {
  context.turnState.set(TURN, turn);
}

export function turnOf(context: TurnContext): Turn {
  const turn = context.turnState.get(TURN) as Turn | undefined;
  if (!turn) throw new Error('turn missing: the pipeline sets it before dialogs run');
  return turn;
}
