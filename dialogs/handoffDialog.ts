/**
 * Reaching a person: join the advice line's queue when it is open, then ask
 * whether the advisor may read what was said so far. When nobody free speaks
 * the person's language, offer a call back with an interpreter or to wait for
 * whoever is free. When the line is closed, say when it opens and offer a call
 * back (with consent, a number kept only for that, and a good time).
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Choice, Content } from '../channels/content';
import { yesNoChoices } from '../conversation/choices';
import type { TranscriptLine } from '../handoff/advisorDesk';
import { normaliseUkPhone, type CallbackStore } from '../handoff/callbacks';
import { maxRisk } from '../core/risk';
import { AskPrompt, askOptions, type ResumeOutcome } from './askPrompt';
import { isNo, isYes } from './replies';
import { turnFacts, type TurnFacts } from './turnFacts';

export const HANDOFF_DIALOG = 'handoff';
const ASK = 'handoff.ask';
const NUMBER = 'handoff.number';
const SHARE = 'handoff.share';
const MAX_NUMBER_TRIES = 3;

/**
 * For an agent hub (Bot Framework handoff protocol): a summary as the handoff context, and
 * the transcript only when the person agreed to share it. The renderer drops it on Teams.
 */
function initiateEvent(facts: TurnFacts, transcript: TranscriptLine[] | undefined): Content {
  return {
    kind: 'event',
    name: 'handoff.initiate',
    value: {
      skill: facts.org.id,
      language: facts.guide.language,
      risk: maxRisk(facts.risk.level, facts.previousRisk),
      categories: facts.risk.categories,
      topics: facts.data.situation.topics,
      district: facts.data.situation.district,
      transcript: transcript ?? [],
    },
  };
}

function opensText(facts: TurnFacts, opensAt: Date | undefined): string {
  if (!opensAt) return '';
  return new Intl.DateTimeFormat(facts.guide.language, { weekday: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(opensAt);
}

export class HandoffDialog extends ComponentDialog {
  constructor(private readonly callbacks: CallbackStore, private readonly keepDays: number, private readonly emitInitiate: boolean) {
    super(HANDOFF_DIALOG);
    this.addDialog(new AskPrompt(ASK));
    this.addDialog(new WaterfallDialog(NUMBER, [this.askNumber.bind(this), this.checkNumber.bind(this)]));
    this.addDialog(new WaterfallDialog(SHARE, [this.askShare.bind(this), this.share.bind(this)]));
    this.addDialog(
      new WaterfallDialog('handoff.steps', [this.request.bind(this), this.callbackAnswer.bind(this), this.askTime.bind(this), this.saveCallback.bind(this)]),
    );
    this.initialDialogId = 'handoff.steps';
  }

  private async request(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const facts = turnFacts(step.context);
    const { t } = facts.guide;
    const s = facts.data.situation;
    const outcome = await facts.handoff.request({
      conversationKey: facts.conversationKey,
      org: facts.org,
      // "Yes" to a crisis offer carries no risk itself: the person queues at the crisis's level.
      risk: maxRisk(facts.risk.level, facts.previousRisk),
      categories: facts.risk.categories,
      topics: s.topics,
      district: s.district,
      channel: facts.channel,
      reference: facts.reference,
      language: facts.guide.language,
      now: facts.guide.now,
      anyLanguage: (step.options as { anyLanguage?: boolean } | undefined)?.anyLanguage,
    });
    if (outcome.status === 'queued') {
      facts.data.handoff = 'queued';
      const text = outcome.position <= 1 ? t('handoff.queuedNext', { org: facts.org.name }) : t('handoff.queued', { org: facts.org.name, position: outcome.position });
      await facts.say([{ kind: 'text', text }]);
      return step.replaceDialog(SHARE);
    }
    if (outcome.status === 'connected') {
      facts.data.handoff = 'connected';
      return step.endDialog({ quiet: true } satisfies ResumeOutcome);
    }
    if (facts.guide.shared) {
      // Never ask for a phone number where others read along (a Teams group or channel).
      const why = outcome.status === 'closed' ? t('handoff.closed', { org: facts.org.name, opens: opensText(facts, outcome.opensAt) }) : t('handoff.interpreter');
      await facts.say([{ kind: 'text', text: `${why} ${t('handoff.callbackPrivate', { org: facts.org.name })}` }]);
      return step.endDialog({} satisfies ResumeOutcome);
    }
    facts.data.handoff = 'callback_offered';
    (step.values as { interpreter?: boolean }).interpreter = outcome.status === 'no_language';
    if (outcome.status === 'no_language') {
      const choices: Choice[] = [
        { value: 'yes', label: t('handoff.interpreterYes') },
        { value: 'wait', label: t('handoff.waitAnyway') },
        { value: 'no', label: t('common.choices.no') },
      ];
      return step.prompt(ASK, askOptions([{ kind: 'text', text: t('handoff.interpreter'), choices }]));
    }
    const closed = t('handoff.closed', { org: facts.org.name, opens: opensText(facts, outcome.opensAt) });
    return step.prompt(ASK, askOptions([{ kind: 'text', text: `${closed} ${t('handoff.callbackOffer')}`, choices: yesNoChoices(facts.guide.t) }]));
  }

  /** Asked once the person is safely in the queue: the advisor sees the summary either way. */
  private async askShare(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const facts = turnFacts(step.context);
    const { t } = facts.guide;
    const choices: Choice[] = [
      { value: 'yes', label: t('handoff.shareYes') },
      { value: 'no', label: t('handoff.shareNo') },
      { value: 'leave_queue', label: t('handoff.leave') },
    ];
    return step.prompt(ASK, askOptions([{ kind: 'text', text: t('handoff.shareAsk', { org: facts.org.name }), choices }]));
  }

  private async share(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const facts = turnFacts(step.context);
    // The advisor may already have joined, or the hand-off ended: the question no longer stands.
    if (facts.data.handoff !== 'queued') return step.endDialog({} satisfies ResumeOutcome);
    const yes = isYes(facts.reply);
    if (yes || isNo(facts.reply)) {
      // The latest line is this answer itself.
      const shared = yes ? facts.data.recent?.slice(0, -1) : undefined;
      facts.handoff.shareTranscript(facts.conversationKey, shared);
      await facts.say([{ kind: 'text', text: facts.guide.t(yes ? 'handoff.shared' : 'handoff.notShared') }]);
      if (this.emitInitiate) await facts.say([initiateEvent(facts, shared)]);
      return step.endDialog({ quiet: true } satisfies ResumeOutcome);
    }
    // Anything else is for the advisor, who will read it: keep waiting quietly.
    return step.endDialog({ quiet: true } satisfies ResumeOutcome);
  }

  private async callbackAnswer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const facts = turnFacts(step.context);
    if (facts.reply.choice?.value === 'wait' && (step.values as { interpreter?: boolean }).interpreter) {
      return step.replaceDialog('handoff.steps', { anyLanguage: true });
    }
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
      interpreter: (step.values as { interpreter?: boolean }).interpreter,
      createdAt: facts.guide.now.getTime(),
    });
    facts.data.handoff = 'callback_requested';
    await facts.say([{ kind: 'text', text: facts.guide.t('handoff.callbackDone', { org: facts.org.name }) }]);
    return step.endDialog({ quiet: true } satisfies ResumeOutcome);
  }
}
