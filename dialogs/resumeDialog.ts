/**
 * A person back after a while (within the idle time, so their state is still
 * here) is asked whether to carry on where they left off or start again.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { newSituation } from '../conversation/state';
import { AskPrompt, askOptions, type ResumeOutcome } from './askPrompt';
import { turnFacts } from './turnFacts';

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
          const { t } = turnFacts(step.context).guide;
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
    const facts = turnFacts(step.context);
    const picked = facts.reply.choice?.value;
    if (picked === 'resume:no' || facts.reply.understanding.command === 'no' || facts.reply.understanding.command === 'restart') {
      facts.data.situation = newSituation();
      facts.data.askedHowTheyAre = false;
      await facts.say([{ kind: 'text', text: facts.guide.t('common.restart.text') }]);
      return step.endDialog({} satisfies ResumeOutcome);
    }
    if (picked === 'resume:yes' || facts.reply.understanding.command === 'yes') return step.endDialog({} satisfies ResumeOutcome);
    return step.endDialog({ passOn: true } satisfies ResumeOutcome);
  }
}
