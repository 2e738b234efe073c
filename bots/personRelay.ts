/**
 * Reaches a person again outside their own turn (an advisor's message, the
 * advisor leaving, a long wait) through the conversation reference stored
 * when they joined the queue. The same for Web Chat, Teams and SMS: the
 * adapter's proactive path, through the middleware that serialises turns.
 */
import type { ConversationReference, TurnContext } from 'botbuilder';
import type { PersonNotice, PersonRelay } from '../handoff/handoffService';

export type ContinueConversation = (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => Promise<void>;

export interface NoticeHandler {
  handoffNotice(context: TurnContext, notice: PersonNotice): Promise<void>;
}

export class ProactivePersonRelay implements PersonRelay {
  private handler?: NoticeHandler;

  constructor(private readonly continueConversation: ContinueConversation) {}

  /** Set once the bot exists (the bot needs the hand-off service, which needs this relay). */
  attach(handler: NoticeHandler): void {
    this.handler = handler;
  }

  async deliver(_conversationKey: string, reference: unknown, notice: PersonNotice): Promise<void> {
    const handler = this.handler;
    if (!handler) throw new Error('relay used before the bot was attached');
    if (!reference || typeof reference !== 'object') throw new Error('no conversation reference for this hand-off');
    await this.continueConversation(reference as Partial<ConversationReference>, (context) => handler.handoffNotice(context, notice));
  }
}
