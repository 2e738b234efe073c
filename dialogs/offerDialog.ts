/**
 * One yes/no question offering a person (after risk, Wysa's detect-then-
 * confirm). Yes hands off; no resumes what they were doing; anything else is
 * passed on to the question underneath, so nothing they say is lost.
 */
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
import type { Dialog } from 'botbuilder-dialogs/lib/dialog';
import type { DialogContext, DialogReason, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Content } from '../channels/content';
import { continueContents, type CrisisContext } from '../conversation/crisis';
import { carriesOn } from '../conversation/crisisFollowUp';
import { AskPrompt, askOptions, type ResumeOutcome } from './askPrompt';
import { adviceLineOpen, nextOpening } from '../handoff/orgs';
import { HANDOFF_DIALOG, type HandoffOptions } from './handoffDialog';
import { saysFine } from '../conversation/crisisOwnWords';
import { dateLanguage, isYoung, opensText } from './outOfHoursWords';
import { asksForPerson, isNo, isYes } from './replies';
import { turnOf, type Turn } from './turn';

export const OFFER_DIALOG = 'offer';

export interface OfferOptions {
  contents: Content[];
}

/** How a crisis reply is worded for this turn: language, nation, organisation, and whether the writer is young. */
export function crisisContextOf(turn: Turn): CrisisContext {
  const age = turn.reply.understanding.entities.age ?? turn.data.situation.age;
  // Jersey, Guernsey and the Isle of Man have no UK nation: their own place, so no NHS 111 or UK-nation helpline.
  const place = turn.data.situation.crownDependency ?? turn.data.situation.nation;
  return { t: turn.guide.t, language: turn.guide.language, nation: place, org: turn.org.name, young: age !== undefined && age < 18 };
}

/**
 * The offer of a person never says "now" when the advice line is closed: it says when it opens and
 * offers a call back instead (young people's services for an under-18). Returns whether it did.
 */
export function offerAsOpen(contents: Content[], turn: Turn): { contents: Content[]; closed: boolean } {
  const now = turn.guide.now;
  if (adviceLineOpen(turn.org, now)) return { contents, closed: false };
  const { t } = turn.guide;
  const org = turn.org.name;
  const offers = [t('crisis.offer', { org }), t('crisis.concern.offer', { org })];
  const instead = isYoung(turn)
    ? t('handoff.offerClosedYoung', { org })
    : t('handoff.offerClosed', { org, opens: opensText(dateLanguage(turn), nextOpening(turn.org, now)) });
  let closed = false;
  const worded = contents.map((c): Content => {
    if (c.kind !== 'text' || !c.choices) return c;
    const offer = offers.find((o) => c.text.includes(o));
    if (!offer) return c;
    closed = true;
    return { ...c, text: c.text.replace(offer, instead) };
  });
  return { contents: worded, closed };
}

export class OfferDialog extends ComponentDialog {
  /** `handoff` is the root's own hand-off dialog: a yes starts it inside the offer, where a reprompt must find it too. */
  constructor(handoff?: Dialog) {
    super(OFFER_DIALOG);
    this.addDialog(new AskPrompt('offer.ask'));
    if (handoff) this.addDialog(handoff);
    this.addDialog(
      new WaterfallDialog('offer.steps', [
        async (step: WaterfallStepContext) => {
          const { contents, closed } = offerAsOpen((step.options as OfferOptions).contents, turnOf(step.context));
          (step.values as { closed?: boolean }).closed = closed;
          return step.prompt('offer.ask', askOptions(contents));
        },
        this.answer.bind(this),
        async (step: WaterfallStepContext) => step.endDialog(step.result),
      ]),
    );
    this.initialDialogId = 'offer.steps';
  }

  /** The hand-off this offer led to has ended (queued, call back booked or declined): so has the offer, never asked again. */
  override async resumeDialog(outerDc: DialogContext, reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    if (turnOf(outerDc.context).data.handoff !== 'offered') return outerDc.endDialog(result);
    return super.resumeDialog(outerDc, reason, result);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    if (isYes(turn.reply) || asksForPerson(turn.reply)) {
      // "OK" during an emergency: a person is on the way, and the number to call now comes first.
      const crisis = turn.data.crisis;
      if (crisis?.level === 'emergency' && carriesOn(crisis, turn.guide.now)) turn.say(continueContents(crisis, { ...crisisContextOf(turn), offer: false }));
      // The offer said the line is closed and offered a call back: "yes" is yes to the call back.
      const callbackAgreed = (step.values as { closed?: boolean }).closed === true && !isYoung(turn) && isYes(turn.reply);
      return step.beginDialog(HANDOFF_DIALOG, { callbackAgreed } satisfies HandoffOptions);
    }
    if (isNo(turn.reply) || saysFine(turn.reply.text)) {
      if (turn.data.handoff === 'offered') turn.data.handoff = 'none';
      if (turn.data.crisis) turn.data.crisis.declined = true;
      turn.say([{ kind: 'text', text: turn.guide.t('crisis.declined') }]);
      return step.endDialog({} satisfies ResumeOutcome);
    }
    // They went on with something else: the offer lapses, and their message is answered below.
    if (turn.data.handoff === 'offered') turn.data.handoff = 'none';
    return step.endDialog({ passOn: true } satisfies ResumeOutcome);
  }
}
