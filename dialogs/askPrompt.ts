/**
 * A prompt that shows Content (text with choices, rendered by channels/) and
 * accepts any reply: a picked choice or free text. What the reply means is
 * decided by the conversation core, so nothing is ever "invalid input".
 *
 * It does what botbuilder's Prompt does for a prompt that always recognizes
 * (same dialog state: `options` and `state`), without extending it: Prompt's
 * module loads the choice recognizers and their number models (about 4 MB of
 * heap at rest), none of which this prompt uses.
 */
import type { TurnContext } from 'botbuilder';
import { ActivityTypes } from 'botbuilder-core';
import { Dialog } from 'botbuilder-dialogs/lib/dialog';
import type { DialogContext, DialogInstance, DialogTurnResult, PromptOptions } from 'botbuilder-dialogs';
import type { Content } from '../channels/content';
import { turnOf } from './turn';

export interface AskOptions extends PromptOptions {
  /** The question, as plain data so it survives in dialog state. */
  validations: { contents: Content[] };
}

interface AskState {
  options: AskOptions;
  state: object;
}

export class AskPrompt extends Dialog<AskOptions> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  override async beginDialog(dc: DialogContext, options?: AskOptions): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as AskState;
    state.options = { ...options } as AskOptions;
    state.state = {};
    this.onPrompt(dc.context, state.options);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    return dc.endDialog(this.onRecognize(dc.context));
  }

  /** Every message is an answer (as Prompt reports for a prompt that always recognizes). */
  protected override async onPreBubbleEvent(dc: DialogContext, event: { name: string }): Promise<boolean> {
    return event.name === 'activityReceived' && dc.context.activity.type === ActivityTypes.Message;
  }

  /** A dialog pushed on top has ended: ask again. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context, dc.activeDialog!);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    this.onPrompt(context, (instance.state as AskState).options);
  }

  private onPrompt(context: TurnContext, options: AskOptions): void {
    turnOf(context).say(options.validations.contents);
  }

  private onRecognize(context: TurnContext): string {
    return turnOf(context).reply.text;
  }
}

/**
 * How a dialog that sat on top of the guided conversation (a crisis offer,
 * the hand-off, the language menu) hands back: `passOn` means this turn's
 * message is really the answer to the question underneath; `quiet` means the
 * person was just told something and needs no repeat; otherwise the question
 * is asked again, freshly worded (the language may have changed).
 */
export interface ResumeOutcome {
  passOn?: boolean;
  quiet?: boolean;
}

export function askOptions(contents: Content[]): AskOptions {
  return { validations: { contents } };
}
