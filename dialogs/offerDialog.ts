/**
 * One yes/no question offering a person (after risk, Wysa's detect-then-
 * confirm). Yes hands off; no resumes what they were doing; anything else is
 * passed on to the question underneath, so nothing they say is lost.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Content } from '../channels/content';
import { AskPrompt, askOptions, type ResumeOutcome } from './askPrompt';
import { HANDOFF_DIALOG } from './handoffDialog';
import { isNo, isYes } from './replies';
import { turnOf } from './turn';

export const OFFER_DIALOG = 'offer';

export interface OfferOptions {
  contents: Content[];
}

export class OfferDialog extends ComponentDialog {
  constructor() {
    super(OFFER_DIALOG);
    this.addDialog(new AskPrompt('offer.ask'));
    this.addDialog(
      new WaterfallDialog('offer.steps', [
        async (step: WaterfallStepContext) => step.prompt('offer.ask', askOptions((step.options as OfferOptions).contents)),
        this.answer.bind(this),
        async (step: WaterfallStepContext) => step.endDialog(step.result),
      ]),
    );
    this.initialDialogId = 'offer.steps';
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    if (isYes(turn.reply)) return step.beginDialog(HANDOFF_DIALOG);
    if (isNo(turn.reply)) {
      if (turn.data.handoff === 'offered') turn.data.handoff = 'none';
      turn.say([{ kind: 'text', text: turn.guide.t('crisis.declined') }]);
      return step.endDialog({} satisfies ResumeOutcome);
    }
    // They went on with something else: the offer lapses, and their message is answered below.
    if (turn.data.handoff === 'offered') turn.data.handoff = 'none';
    return step.endDialog({ passOn: true } satisfies ResumeOutcome);
  }
}
