/**
 * A person back after a while (within the idle time, so their state is still
 * here) is asked whether to carry on where they left off or start again.
 */
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { newSituation } from '../conversation/state';
import { AskPrompt, askOptions, type ResumeOutcome } from './askPrompt';
import { turnOf } from './turn';

export const RESUME_DIALOG = 'resume';

/** Away longer than this counts as coming back. */
export const RETURN_AFTER_MS = 30 * 60_000;

export class ResumeDialog extends ComponentDialog {
  constructor() {
    super(RESUME_DIALOG);
    this.addDialog(new AskPrompt('resume.ask'));
    this.addDialog(
      new WaterfallDialog('resume.steps', [
        async (step: WaterfallStepContext) => {
          const { t } = turnOf(step.context).guide;
          const choices = [
            { value: 'resume:yes', label: t('common.resume.yes') },
            { value: 'resume:no', label: t('common.resume.no') },
          ];
          return step.prompt('resume.ask', askOptions([{ kind: 'text', text: t('common.resume.question'), choices }]));
        },
        this.answer.bind(this),
      ]),
    );
    this.initialDialogId = 'resume.steps';
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const picked = turn.reply.choice?.value;
    if (picked === 'resume:no' || turn.reply.understanding.command === 'no' || turn.reply.understanding.command === 'restart') {
      turn.data.situation = newSituation();
      turn.data.askedHowTheyAre = false;
      turn.say([{ kind: 'text', text: turn.guide.t('common.restart.text') }]);
      return step.endDialog({} satisfies ResumeOutcome);
    }
    if (picked === 'resume:yes' || turn.reply.understanding.command === 'yes') return step.endDialog({} satisfies ResumeOutcome);
    return step.endDialog({ passOn: true } satisfies ResumeOutcome);
  }
}
