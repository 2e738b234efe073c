/**
 * The guided conversation: ask the next question, take in the reply, loop.
 * What to ask and what a reply means live in conversation/ (pure, tested
 * without botbuilder); this dialog only runs the loop.
 */
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
import { Dialog } from 'botbuilder-dialogs/lib/dialog';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
import type { DialogContext, DialogReason, WaterfallStepContext, DialogTurnResult } from 'botbuilder-dialogs';
import { handleReply } from '../conversation/answers';
import { nextQuestion } from '../conversation/questions';
import { AskPrompt, askOptions, type ResumeOutcome } from './askPrompt';
import { turnOf } from './turn';

export const GUIDE_DIALOG = 'guide';
type StepValues = { question?: string };
const LOOP = 'guide.loop';
const ASK = 'guide.ask';

export interface GuideOptions {
  /** The message that started the conversation is an answer already: don't ask first. */
  answerNow?: boolean;
}

export class GuideDialog extends ComponentDialog {
  constructor() {
    super(GUIDE_DIALOG);
    this.addDialog(new AskPrompt(ASK));
    this.addDialog(new WaterfallDialog(LOOP, [this.ask.bind(this), this.handle.bind(this)]));
    this.initialDialogId = LOOP;
  }

  override async resumeDialog(outerDc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const outcome = (result ?? {}) as ResumeOutcome;
    if (outcome.passOn) return this.continueDialog(outerDc);
    if (outcome.quiet) return Dialog.EndOfTurn;
    return outerDc.replaceDialog(GUIDE_DIALOG, {} satisfies GuideOptions);
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const options = (step.options ?? {}) as GuideOptions;
    if (options.answerNow) {
      (step.values as StepValues).question = 'opening';
      return step.next(turn.reply.text);
    }
    const question = nextQuestion(turn.data, turn.guide);
    (step.values as StepValues).question = question.id;
    return step.prompt(ASK, askOptions(question.contents));
  }

  private async handle(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const contents = handleReply((step.values as StepValues).question as string, turn.reply, turn.data, turn.guide);
    if (contents.length) turn.say(contents);
    return step.replaceDialog(LOOP, {});
  }
}
