/** What the dialogs need from outside the turn, given to their constructors (the core-bot sample's style). */
import type { TurnContext } from 'botbuilder';
import type { PlanView } from '../channels/content';
import type { Translate } from '../conversation/translate';
import type { LocaleCode } from '../i18n';
import type { CallbackStore } from '../handoff/callbacks';
import type { HandoffDesk } from '../handoff/desk';
import type { Turn } from './turn';

export interface DialogServices {
  /** The person's side of the hand-off. */
  desk: HandoffDesk;
  callbacks: CallbackStore;
  callbackKeepDays: number;
  /** Emit handoff.initiate for an agent hub. */
  emitHandoffInitiate: boolean;
  /** Wording in any language (a bilingual offer, a language switch). */
  translators: (language: LocaleCode) => Translate;
  /** Carries out "delete my data" for this conversation in every registered store; nothing is saved after it. */
  eraseConversation(context: TurnContext): Promise<void>;
  /** Builds the printable plan link, when the channel can open links. */
  planLink?: (turn: Turn, plan: PlanView) => Promise<string | undefined>;
}
