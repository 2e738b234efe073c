/**
 * Reaching a person: join the advice line's queue when it is open, then ask
 * whether the advisor may read what was said so far. When nobody free speaks
 * the person's language, offer a call back with an interpreter or to wait for
 * whoever is free. When the line is closed, first the lines that are open now
 * (an under-18 gets young people's services instead of an adult call back),
 * then when it opens and a call back (with consent, a number kept only for
 * that, and a time when the line is open).
 */
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Choice, Content } from '../channels/content';
import { yesNoChoices } from '../conversation/choices';
import type { TranscriptLine } from '../handoff/advisorDesk';
import { normaliseUkPhone } from '../handoff/callbacks';
import { maxRisk } from '../core/risk';
import { AskPrompt, askOptions, type ResumeOutcome } from './askPrompt';
import { asksForPerson, isNo, isYes } from './replies';
import type { DialogServices } from './services';
import { dateLanguage, isYoung, joinSentences, openNowContents, opensText, slotChoices, youngContents } from './outOfHoursWords';
import { turnOf, type Turn } from './turn';

export const HANDOFF_DIALOG = 'handoff';
const ASK = 'handoff.ask';
const NUMBER = 'handoff.number';
const SHARE = 'handoff.share';
const MAX_NUMBER_TRIES = 3;
/** The step result that says the call back is already agreed (no yes/no question was asked this turn). */
const AGREED = 'handoff:callback-agreed';

/**
 * For an agent hub (Bot Framework handoff protocol): a summary as the handoff context, and
 * the transcript only when the person agreed to share it. The renderer drops it on Teams.
 */
function initiateEvent(turn: Turn, transcript: TranscriptLine[] | undefined): Content {
  return {
    kind: 'event',
    name: 'handoff.initiate',
    value: {
      skill: turn.org.id,
      language: turn.guide.language,
      risk: maxRisk(turn.risk.level, turn.previousRisk),
      categories: turn.risk.categories,
      topics: turn.data.situation.topics,
      district: turn.data.situation.district,
      transcript: transcript ?? [],
    },
  };
}

/** What the hand-off's own steps remember between turns. */
interface HandoffValues {
  interpreter?: boolean;
  /** The lines open now were shown: "the lines above" is true. */
  linesShown?: boolean;
  phone?: string;
}

export interface HandoffOptions {
  anyLanguage?: boolean;
  /** The person already said yes to a call back (the crisis offer said the line is closed). */
  callbackAgreed?: boolean;
}

const valuesOf = (step: WaterfallStepContext): HandoffValues => step.values as HandoffValues;

export class HandoffDialog extends ComponentDialog {
  constructor(private readonly services: Pick<DialogServices, 'desk' | 'callbacks' | 'callbackKeepDays' | 'emitHandoffInitiate'>) {
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
    const turn = turnOf(step.context);
    const { t } = turn.guide;
    const s = turn.data.situation;
    const outcome = await this.services.desk.request({
      conversationKey: turn.person.conversationKey,
      org: turn.org,
      // "Yes" to a crisis offer carries no risk itself: the person queues at the crisis's level (or the crisis still on).
      risk: maxRisk(maxRisk(turn.risk.level, turn.previousRisk), turn.data.crisis?.level ?? 'none'),
      categories: turn.risk.categories,
      topics: s.topics,
      district: s.district,
      channel: turn.person.channel,
      reference: turn.person.reference,
      language: turn.guide.language,
      now: turn.guide.now,
      anyLanguage: (step.options as HandoffOptions | undefined)?.anyLanguage,
    });
    if (outcome.status === 'queued') {
      turn.data.handoff = 'queued';
      const text =
        outcome.position <= 1 ? t('handoff.queuedNext', { org: turn.org.name }) : t('handoff.queued', { org: turn.org.name, position: outcome.position });
      turn.say([{ kind: 'text', text }]);
      return step.replaceDialog(SHARE);
    }
    if (outcome.status === 'connected') {
      turn.data.handoff = 'connected';
      return step.endDialog({ quiet: true } satisfies ResumeOutcome);
    }
    const closed = outcome.status === 'closed' ? t('handoff.closed', { org: turn.org.name, opens: opensText(dateLanguage(turn), outcome.opensAt) }) : '';
    const agreed = (step.options as HandoffOptions | undefined)?.callbackAgreed === true;
    if (outcome.status === 'closed' && agreed && !turn.guide.shared && !isYoung(turn)) {
      // "Yes" to an offer that already said the line is closed, under the crisis contacts: straight to the number.
      turn.data.handoff = 'callback_offered';
      valuesOf(step).linesShown = true;
      return step.next(AGREED);
    }
    if (outcome.status === 'closed' && turn.data.handoff === 'callback_requested' && !isYoung(turn)) {
      // A call back is already booked: it stands, with the lines open now; never a second one.
      turn.say([...openNowContents(turn), { kind: 'text', text: t('handoff.callbackDone', { org: turn.org.name }) }]);
      return step.endDialog({} satisfies ResumeOutcome);
    }
    if (outcome.status === 'closed') {
      // Never a dead end: the lines open now come first, before anything refers to them.
      if (isYoung(turn)) {
        // The advice line and its call backs are for adults: a young person gets services made for them.
        turn.data.handoff = 'none';
        turn.say([{ kind: 'text', text: closed }, ...youngContents(turn)]);
        return step.endDialog({} satisfies ResumeOutcome);
      }
      const open = openNowContents(turn);
      valuesOf(step).linesShown = open.length > 0;
      turn.say(open);
    }
    if (turn.guide.shared) {
      // Never ask for a phone number where others read along (a Teams group or channel).
      const why = closed || t('handoff.interpreter');
      turn.say([{ kind: 'text', text: joinSentences(turn.guide.language, why, t('handoff.callbackPrivate', { org: turn.org.name })) }]);
      return step.endDialog({} satisfies ResumeOutcome);
    }
    turn.data.handoff = 'callback_offered';
    valuesOf(step).interpreter = outcome.status === 'no_language';
    if (outcome.status === 'no_language') {
      const choices: Choice[] = [
        { value: 'yes', label: t('handoff.interpreterYes') },
        { value: 'wait', label: t('handoff.waitAnyway') },
        { value: 'no', label: t('common.choices.no') },
      ];
      return step.prompt(ASK, askOptions([{ kind: 'text', text: t('handoff.interpreter'), choices }]));
    }
    const text = joinSentences(turn.guide.language, closed, t('handoff.callbackOffer'));
    return step.prompt(ASK, askOptions([{ kind: 'text', text, choices: yesNoChoices(turn.guide.t) }]));
  }

  /** Asked once the person is safely in the queue: the advisor sees the summary either way. */
  private async askShare(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const { t } = turn.guide;
    const choices: Choice[] = [
      { value: 'yes', label: t('handoff.shareYes') },
      { value: 'no', label: t('handoff.shareNo') },
      { value: 'leave_queue', label: t('handoff.leave') },
    ];
    return step.prompt(ASK, askOptions([{ kind: 'text', text: t('handoff.shareAsk', { org: turn.org.name }), choices }]));
  }

  private async share(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    // The advisor may already have joined, or the hand-off ended: the question no longer stands.
    if (turn.data.handoff !== 'queued') return step.endDialog({} satisfies ResumeOutcome);
    const yes = isYes(turn.reply);
    if (yes || isNo(turn.reply)) {
      // The latest line is this answer itself.
      const shared = yes ? turn.data.recent?.slice(0, -1) : undefined;
      this.services.desk.shareTranscript(turn.person.conversationKey, shared);
      turn.say([{ kind: 'text', text: turn.guide.t(yes ? 'handoff.shared' : 'handoff.notShared') }]);
      if (this.services.emitHandoffInitiate) turn.say([initiateEvent(turn, shared)]);
      return step.endDialog({ quiet: true } satisfies ResumeOutcome);
    }
    // Anything else is for the advisor, who will read it: their place and a way out, never silence.
    const { t } = turn.guide;
    const position = (await this.services.desk.position(turn.person.conversationKey)) ?? 1;
    const leave: Choice[] = [{ value: 'leave_queue', label: t('handoff.leave') }];
    turn.say([{ kind: 'text', text: t('handoff.stillWaiting', { org: turn.org.name, position }), choices: leave }]);
    return step.endDialog({ quiet: true } satisfies ResumeOutcome);
  }

  private async callbackAnswer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    // Agreed already (the crisis offer's yes, or asked afresh after a change of language): straight to the number.
    if (step.result === AGREED) return step.beginDialog(NUMBER);
    if (turn.reply.choice?.value === 'wait' && valuesOf(step).interpreter) {
      return step.replaceDialog('handoff.steps', { anyLanguage: true } satisfies HandoffOptions);
    }
    // "Can someone ring me" to "would you like a call back?" is yes.
    if (!isYes(turn.reply) && !asksForPerson(turn.reply)) return this.declined(step);
    return step.beginDialog(NUMBER);
  }

  /** No call back: never a dead end, and never "the numbers above" unless they were shown. */
  private async declined(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    turn.data.handoff = 'none';
    if (turn.data.crisis) turn.data.crisis.declined = true;
    const { t } = turn.guide;
    const text = valuesOf(step).linesShown
      ? t('handoff.callbackDeclined')
      : t('handoff.callbackDeclinedCall', { org: turn.org.name, phone: turn.org.adviceLine.phone });
    turn.say([{ kind: 'text', text }]);
    return step.endDialog({} satisfies ResumeOutcome);
  }

  private async askNumber(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, language } = turnOf(step.context).guide;
    const { retry, agreed } = (step.options as { retry?: boolean; agreed?: boolean } | undefined) ?? {};
    const text = retry
      ? t('handoff.callbackBadNumber')
      : agreed
        ? t('handoff.callbackAskNumber')
        : joinSentences(language, t('handoff.callbackConsent', { days: this.services.callbackKeepDays }), t('handoff.callbackAskNumber'));
    return step.prompt(ASK, askOptions([{ kind: 'text', text }]));
  }

  private async checkNumber(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const phone = normaliseUkPhone(turn.reply.text);
    if (phone) return step.endDialog(phone);
    // "Yes" to "Is that OK?": the number is all that is asked next, and it is not a wrong try.
    if (isYes(turn.reply)) return step.replaceDialog(NUMBER, { agreed: true, tries: (step.options as { tries?: number } | undefined)?.tries });
    // Never a trap: "no", or a third try that isn't a number, leaves the call back.
    const tries = ((step.options as { tries?: number } | undefined)?.tries ?? 0) + 1;
    if (isNo(turn.reply) || tries >= MAX_NUMBER_TRIES) return step.endDialog(undefined);
    return step.replaceDialog(NUMBER, { retry: true, tries });
  }

  private async askTime(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    if (typeof step.result !== 'string') return this.declined(step);
    valuesOf(step).phone = step.result;
    const { t } = turn.guide;
    // Times the line is open: the next opening days' mornings and afternoons, closed days skipped.
    const choices: Choice[] = slotChoices(turn.org, turn.guide.now, dateLanguage(turn), t);
    return step.prompt(ASK, askOptions([{ kind: 'text', text: t('handoff.callbackAskTime'), choices }]));
  }

  private async saveCallback(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const when = turn.reply.choice?.value.replace('when:', '') ?? 'anytime';
    await this.services.callbacks.add({
      conversationKey: turn.person.conversationKey,
      org: turn.org.id,
      phone: valuesOf(step).phone as string,
      when,
      language: turn.guide.language,
      interpreter: valuesOf(step).interpreter,
      createdAt: turn.guide.now.getTime(),
    });
    turn.data.handoff = 'callback_requested';
    turn.say([{ kind: 'text', text: turn.guide.t('handoff.callbackDone', { org: turn.org.name }) }]);
    return step.endDialog({ quiet: true } satisfies ResumeOutcome);
  }
}
