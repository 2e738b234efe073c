/**
 * The conversation's stored state through botbuilder's ConversationState:
 * our data and the dialog stack, loaded once a turn and saved once. The
 * storage key is botbuilder's own (getStorageKey), never re-derived.
 */
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { newConversationData, type ConversationData } from '../conversation/state';

export class ConversationStore {
  readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly data: StatePropertyAccessor<ConversationData>;

  constructor(private readonly state: ConversationState) {
    this.data = state.createProperty<ConversationData>('data');
    this.dialogState = state.createProperty<DialogState>('dialogState');
  }

  /** This conversation's data, created for a newcomer in the given language and organisation. */
  load(context: TurnContext, language: ConversationData['language'], org: string): Promise<ConversationData> {
    return this.data.get(context, newConversationData(language, org));
  }

  async save(context: TurnContext): Promise<void> {
    await this.state.saveChanges(context);
  }

  /** After a failed turn: the next message starts from a clean dialog stack, the rest is kept. */
  async resetDialogs(context: TurnContext): Promise<void> {
    await this.dialogState.delete(context);
    await this.state.saveChanges(context);
  }

  storageKey(context: TurnContext): string {
    const key = this.state.getStorageKey(context);
    if (!key) throw new Error('the activity names no conversation');
    return key;
  }
}
