/**
 * One yes/no question offering a person (after risk, Wysa's detect-then-
 * confirm). Yes hands off; no resumes what they were doing; anything else is
 * passed on to the question underneath, so nothing they say is lost.
 */
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Content } from '../channels/content';
import { continueContents, type CrisisContext } from '../conversation/crisis';
import { carriesOn } from '../conversation/crisisFollowUp';
import { AskPrompt, askOptions, type ResumeOutcome } from './askPrompt';
import { HANDOFF_DIALOG } from './handoffDialog';
import { isNo, isYes } from './replies';
import { turnOf, type Turn } from './turn';

export const OFFER_DIALOG = 'offer';

export interface OfferOptions {
  contents: Content[];
}

/** How a crisis reply is worded for this turn: language, nation, organisation, and whether the writer is young. */
export function crisisContextOf(turn: Turn): CrisisContext {
  const age = turn.reply.understanding.entities.age ?? turn.data.situation.age;
  return { t: turn.guide.t, language: turn.guide.language, nation: turn.data.situation.nation, org: turn.org.name, young: age !== undefined && age < 18 };
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
    if (isYes(turn.reply)) {
      // "OK" during an emergency: a person is on the way, and the number to call now comes first.
      const crisis = turn.data.crisis;
      if (crisis?.level === 'emergency' && carriesOn(crisis, turn.guide.now)) turn.say(continueContents(crisis, { ...crisisContextOf(turn), offer: false }));
      return step.beginDialog(HANDOFF_DIALOG);
    }
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
