/**
 * Reaching a person: join the advice line's queue when it is open; when it
 * is closed, say when it opens and offer a call back (with consent, a number
 * kept only for that, and a good time).
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Choice } from '../channels/content';
import { yesNoChoices } from '../conversation/choices';
import { normaliseUkPhone, type CallbackStore } from '../handoff/callbacks';
import { maxRisk } from '../risk/types';
import { AskPrompt, askOptions, type ResumeOutcome } from './askPrompt';
import { isNo, isYes } from './replies';
import { turnFacts, type TurnFacts } from './turnFacts';

export const HANDOFF_DIALOG = 'handoff';
const ASK = 'handoff.ask';
const NUMBER = 'handoff.number';
const MAX_NUMBER_TRIES = 3;

function opensText(facts: TurnFacts, opensAt: Date | undefined): string {
  if (!opensAt) return '';
  return new Intl.DateTimeFormat(facts.guide.language, { weekday: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(opensAt);
}

export class HandoffDialog extends ComponentDialog {
  constructor(private readonly callbacks: CallbackStore, private readonly keepDays: number) {
    super(HANDOFF_DIALOG);
    this.addDialog(new AskPrompt(ASK));
    this.addDialog(new WaterfallDialog(NUMBER, [this.askNumber.bind(this), this.checkNumber.bind(this)]));
    this.addDialog(
      new WaterfallDialog('handoff.steps', [this.request.bind(this), this.callbackAnswer.bind(this), this.askTime.bind(this), this.saveCallback.bind(this)]),
    );
    this.initialDialogId = 'handoff.steps';
  }

  private async request(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const facts = turnFacts(step.context);
    const { t } = facts.guide;
    const outcome = await facts.handoff.request({
      conversationKey: facts.conversationKey,
      org: facts.org,
      // "Yes" to a crisis offer carries no risk itself: the person queues at the crisis's level.
      risk: maxRisk(facts.risk.level, facts.previousRisk),
      language: facts.guide.language,
      now: facts.guide.now,
    });
    if (outcome.status === 'queued') {
      facts.data.handoff = 'queued';
      const text = outcome.position <= 1 ? t('handoff.queuedNext', { org: facts.org.name }) : t('handoff.queued', { org: facts.org.name, position: outcome.position });
      await facts.say([{ kind: 'text', text, choices: [{ value: 'leave_queue', label: t('handoff.leave') }] }]);
      return step.endDialog({ quiet: true } satisfies ResumeOutcome);
    }
    facts.data.handoff = 'callback_offered';
    const closed = t('handoff.closed', { org: facts.org.name, opens: opensText(facts, outcome.opensAt) });
    return step.prompt(ASK, askOptions([{ kind: 'text', text: `${closed} ${t('handoff.callbackOffer')}`, choices: yesNoChoices(facts.guide.t) }]));
  }

  private async callbackAnswer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const facts = turnFacts(step.context);
    if (!isYes(facts.reply)) {
      await facts.say([{ kind: 'text', text: facts.guide.t('handoff.callbackDeclined') }]);
      return step.endDialog({} satisfies ResumeOutcome);
    }
    return step.beginDialog(NUMBER);
  }

  private async askNumber(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnFacts(step.context).guide;
    const retry = (step.options as { retry?: boolean } | undefined)?.retry;
    const text = retry ? t('handoff.callbackBadNumber') : `${t('handoff.callbackConsent', { days: this.keepDays })} ${t('handoff.callbackAskNumber')}`;
    return step.prompt(ASK, askOptions([{ kind: 'text', text }]));
  }

  private async checkNumber(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const facts = turnFacts(step.context);
    const phone = normaliseUkPhone(facts.reply.text);
    if (phone) return step.endDialog(phone);
    // Never a trap: "no", or a third try that isn't a number, leaves the call back.
    const tries = ((step.options as { tries?: number } | undefined)?.tries ?? 0) + 1;
    if (isNo(facts.reply) || tries >= MAX_NUMBER_TRIES) return step.endDialog(undefined);
    return step.replaceDialog(NUMBER, { retry: true, tries });
  }

  private async askTime(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const facts = turnFacts(step.context);
    if (typeof step.result !== 'string') {
      facts.data.handoff = 'none';
      await facts.say([{ kind: 'text', text: facts.guide.t('handoff.callbackDeclined') }]);
      return step.endDialog({} satisfies ResumeOutcome);
    }
    (step.values as { phone?: string }).phone = step.result;
    const { t } = facts.guide;
    const choices: Choice[] = ['Morning', 'Afternoon', 'Anytime'].map((when) => ({ value: `when:${when.toLowerCase()}`, label: t(`handoff.callback${when}`) }));
    return step.prompt(ASK, askOptions([{ kind: 'text', text: t('handoff.callbackAskTime'), choices }]));
  }

  private async saveCallback(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const facts = turnFacts(step.context);
    const when = facts.reply.choice?.value.replace('when:', '') ?? 'anytime';
    await this.callbacks.add({
      conversationKey: facts.conversationKey,
      org: facts.org.id,
      phone: (step.values as { phone?: string }).phone as string,
      when,
      language: facts.guide.language,
      createdAt: facts.guide.now.getTime(),
    });
    facts.data.handoff = 'callback_requested';
    await facts.say([{ kind: 'text', text: facts.guide.t('handoff.callbackDone', { org: facts.org.name }) }]);
    return step.endDialog({ quiet: true } satisfies ResumeOutcome);
  }
}
