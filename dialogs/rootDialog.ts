/**
 * The root of every conversation. Before any flow sees a message it reads the
 * risk result (crisis or a gentle offer of a person), then the commands that
 * work anywhere (a person, start again, go back, help, language, plan,
 * delete my data). Only then does the guided conversation go on.
 */
// Each botbuilder-dialogs class from its own module (here and in every dialog): the package root
// also loads every recognizer and adaptive piece, about 20 MB at idle.
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
import { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { ResumeOutcome } from './askPrompt';
import type { Content } from '../channels/content';
import { carriesAnAnswer, FOCUS_SCORE, handleReply } from '../conversation/answers';
import {
  choiceFor,
  concernContents,
  continueContents,
  crisisMemory,
  notSafeChoice,
  offerAgain,
  situationContents,
  textOnlyContents,
} from '../conversation/crisis';
import { carriesOn, liveCrisis, movesOn, saysNotSafe } from '../conversation/crisisFollowUp';
import { asksAboutCallback, saysCantCall, saysFine, saysLeaveQueue } from '../conversation/crisisOwnWords';
import { situationFor } from '../conversation/crisisSituation';
import { soundsFrustrated } from '../conversation/frustration';
import { asksHelpToday, cardContents, CRISIS_HELP_CARD } from '../conversation/knowledgeAnswer';
import { buildPlan, hasPlan } from '../conversation/plan';
import { newSituation } from '../conversation/state';
import { riskRank, type RiskLevel } from '../core/risk';
import { raisedByModelAlone } from '../risk';
import { GuideDialog, GUIDE_DIALOG, type GuideOptions } from './guideDialog';
import { HandoffDialog, HANDOFF_DIALOG, type HandoffOptions } from './handoffDialog';
import { applyLanguageChoice, LanguageDialog, LANGUAGE_DIALOG, languageOffer, pickedLanguage } from './languageDialog';
import { crisisContextOf, OfferDialog, OFFER_DIALOG, type OfferOptions } from './offerDialog';
import { isNo, isYes } from './replies';
import { ResumeDialog, RESUME_DIALOG } from './resumeDialog';
import type { DialogServices } from './services';
import { turnOf, type Turn } from './turn';

export const ROOT_DIALOG = 'root';

const ACTIVE_HANDOFF = new Set(['queued', 'connected', 'callback_requested']);
/** Commands a concern never delays: what the person asked for is done. */
const CLEAR_COMMANDS: ReadonlySet<string> = new Set(['delete_data', 'restart', 'change_language', 'privacy', 'human', 'is_bot']);

/** The hand-off runs on top of the crisis offer that started it, or by itself: either way its questions get their answers. */
function handoffRunning(innerDc: DialogContext): boolean {
  return innerDc.activeDialog?.id === HANDOFF_DIALOG || childActiveId(innerDc) === HANDOFF_DIALOG;
}

/**
 * `dc.child?.activeDialog?.id` without making the child's DialogContext (with its DialogStateManager
 * and botbuilder's component registration, every turn): a component dialog keeps its inner stack in
 * its instance's state under 'dialogs' (ComponentDialog.createInnerDC), the top last. Anything
 * else, or a component whose stack is not there yet, goes the usual way.
 */
function childActiveId(dc: DialogContext): string | undefined {
  const instance = dc.activeDialog;
  if (!instance) return undefined;
  const inner = (instance.state as { dialogs?: { dialogStack?: unknown } } | undefined)?.dialogs?.dialogStack;
  if (Array.isArray(inner) && dc.findDialog(instance.id) instanceof ComponentDialog) return (inner[inner.length - 1] as { id?: string } | undefined)?.id;
  return dc.child?.activeDialog?.id;
}

function askedAboutCallback(turn: Turn): boolean {
  return turn.data.handoff === 'callback_requested' && !turn.reply.choice && asksAboutCallback(turn.reply.text);
}

function isSubstantive(turn: Turn): boolean {
  const u = turn.reply.understanding;
  const e = u.entities;
  // Anyone named counts, cared for or not yet known: "my dad" is checked ("Is it your dad you look after?"), not lost.
  return (
    u.topics.some((topic) => topic.score >= FOCUS_SCORE) ||
    e.caredFor.length > 0 ||
    Boolean(e.people?.length) ||
    e.bereaved ||
    Boolean(e.postcode) ||
    e.age !== undefined ||
    // Only a calm message: a worried one gets its gentle question first, not a page of facts. "im so tired of this": how
    // they are, told before anything else, is heard ("That sounds exhausting"), not passed over.
    (turn.risk.level === 'none' && (carriesAnAnswer(turn.reply) || e.feeling !== undefined))
  );
}

export class RootDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(ROOT_DIALOG);
    this.addDialog(new GuideDialog());
    const handoff = new HandoffDialog(services);
    this.addDialog(new OfferDialog(handoff));
    this.addDialog(handoff);
    this.addDialog(new LanguageDialog(services.translators));
    this.addDialog(new ResumeDialog());
    this.initialDialogId = GUIDE_DIALOG;
  }

  protected override async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const turn = turnOf(innerDc.context);
    // A first message that asks for something still gets a hello first; a crisis gets its numbers first.
    // Back while waiting for a person (the offer that queued them has ended): their place, not the opening question.
    const waiting = turn.data.handoff === 'queued';
    // A follow-up while a crisis is still on gets the crisis reply, not a hello crowding it out (on SMS, out).
    const inCrisis = carriesOn(turn.data.crisis, turn.guide.now);
    if (riskRank(turn.risk.level) < riskRank('urgent') && !waiting && !inCrisis) {
      await this.greet(turn);
      this.offerScript(turn);
    }
    return (await this.interrupt(innerDc)) ?? (turn.data.handoff === 'queued' ? this.stillWaiting(turn) : this.welcome(innerDc));
  }

  /**
   * Roman Urdu on a first message: answered in Roman Urdu, and offered Urdu script or English at once,
   * even when a concern is answered next (a tapped language works anywhere: see command()).
   */
  private offerScript(turn: Turn): void {
    if (!turn.reply.understanding.language.romanised) return;
    const offer = languageOffer(turn, true, this.services.translators);
    if (offer) turn.say([{ kind: 'text', text: offer.intro, choices: offer.choices }]);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    if (interrupted) return interrupted;
    const turn = turnOf(innerDc.context);
    // Waiting for a person: the guided questions pause, and what they write is kept for the advisor.
    if (turn.data.handoff === 'queued' && !handoffRunning(innerDc)) return this.stillWaiting(turn);
    if (!innerDc.activeDialog) return this.welcome(innerDc);
    if (turn.returning && !isSubstantive(turn)) return innerDc.beginDialog(RESUME_DIALOG);
    const offer = languageOffer(turn, false, this.services.translators);
    const result = await super.onContinueDialog(innerDc);
    // A crisis offer on the very first message has no question underneath: start the conversation rather than fall
    // silent, unless the crisis is still on (then "no thanks" to a person is answered, and nothing else starts).
    const ended = !innerDc.activeDialog && result.status === DialogTurnStatus.complete && !(result.result as ResumeOutcome | undefined)?.quiet;
    if (ended && !carriesOn(turn.data.crisis, turn.guide.now)) return this.welcome(innerDc);
    if (ended) return this.wayBack(turn);
    // Never on top of the offer of a person or the hand-off's questions: a phone number typed next would answer the menu.
    const reaching = innerDc.activeDialog?.id === OFFER_DIALOG || handoffRunning(innerDc);
    return offer && innerDc.activeDialog && !reaching ? innerDc.beginDialog(LANGUAGE_DIALOG, offer) : result;
  }

  /**
   * "No" to a person during a crisis, with nothing underneath to resume: never a dead end. A person and other help stay
   * one tap away (nothing is added while they wait in the queue or a call back is booked).
   */
  private wayBack(turn: Turn): DialogTurnResult {
    if (turn.data.handoff !== 'none') return Dialog.EndOfTurn;
    const { t } = turn.guide;
    const choices = [
      { value: 'human', label: t('common.choices.human') },
      { value: 'something_else', label: t('common.choices.somethingElse') },
    ];
    turn.say([{ kind: 'text', text: t('situation.more.question'), choices }]);
    return Dialog.EndOfTurn;
  }

  /** Their place in the queue and a way out; with the hand-off's question still open (`running`), that question again. */
  private async stillWaiting(turn: Turn, running?: DialogContext): Promise<DialogTurnResult> {
    const { t } = turn.guide;
    const position = (await this.services.desk.position(turn.person.conversationKey)) ?? 1;
    const text = t('handoff.stillWaiting', { org: turn.org.name, position });
    turn.say([running ? { kind: 'text', text } : { kind: 'text', text, choices: [{ value: 'leave_queue', label: t('handoff.leave') }] }]);
    if (running) await running.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /** Hello, what the bot can do, and what it keeps: once per conversation. */
  private async greet(turn: Turn): Promise<void> {
    if (turn.data.welcomed) return;
    const { t } = turn.guide;
    turn.data.welcomed = true;
    const hello =
      isSubstantive(turn) || turn.reply.understanding.command
        ? t('common.welcome.short', { org: turn.org.name })
        : `${t('common.welcome.hello')} ${t('common.welcome.what', { org: turn.org.name })}`;
    turn.say([{ kind: 'text', text: `${hello}\n${t('common.welcome.privacy', { hours: turn.guide.keepHours })}` }]);
  }

  private async welcome(innerDc: DialogContext): Promise<DialogTurnResult> {
    const turn = turnOf(innerDc.context);
    const answerNow = isSubstantive(turn);
    await this.greet(turn);
    const offer = languageOffer(turn, true, this.services.translators);
    const result = await innerDc.beginDialog(GUIDE_DIALOG, { answerNow } satisfies GuideOptions);
    return offer ? innerDc.beginDialog(LANGUAGE_DIALOG, offer) : result;
  }

  /** Returns a result when the message was handled here, before any flow. */
  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const turn = turnOf(innerDc.context);
    const level = riskRank(turn.risk.level);
    const now = turn.guide.now;
    const ctx = crisisContextOf(turn);
    const live = liveCrisis(turn.data.crisis, now);
    if (!live) turn.data.crisis = undefined;
    if (level >= riskRank('urgent')) {
      // "I'm 15 and…" in the crisis message itself: remembered, so what follows stays for a young person (never an adult call back).
      const age = turn.reply.understanding.entities.age;
      if (age !== undefined) turn.data.situation.age = age;
      const choice = choiceFor(turn.risk, ctx.young);
      // The same danger again ("he's still not breathing"): carry it on rather than repeat the whole block.
      const same = carriesOn(live, now) && live?.situation === choice.situation;
      turn.data.crisis = crisisMemory(turn.risk, choice, turn.risk.level as Exclude<RiskLevel, 'none'>, now);
      return this.crisis(innerDc, turn, same ? continueContents(turn.data.crisis, ctx) : situationContents(choice, ctx));
    }
    // "No, I'm not safe" to a concern or during a crisis: the crisis reply, in this same turn.
    const asked = innerDc.activeDialog?.id === OFFER_DIALOG || carriesOn(live, now);
    if (live && asked && saysNotSafe(turn.reply.text)) {
      const choice = notSafeChoice(live, ctx.young);
      turn.data.crisis = crisisMemory({ ...live, ruleIds: [] }, choice, 'urgent', now);
      return this.crisis(innerDc, turn, situationContents(choice, ctx));
    }
    if (live && carriesOn(live, now) && this.continuesCrisis(innerDc, turn)) {
      live.at = now.toISOString();
      // "I can't call, I'm deaf", "I can't talk, he's here": the ways in by text, never "call now" again.
      if (saysCantCall(turn.reply.text)) {
        const offer = !live.declined || ACTIVE_HANDOFF.has(turn.data.handoff) || handoffRunning(innerDc);
        if (offer) return this.crisis(innerDc, turn, textOnlyContents(live, ctx));
        turn.say(textOnlyContents(live, { ...ctx, offer: false }));
        return Dialog.EndOfTurn;
      }
      // "I'm fine now", "I don't want to talk": heard, not answered with the whole block again.
      if (saysFine(turn.reply.text)) return this.fine(innerDc, turn);
      // A person was just turned down for this crisis: the numbers again, not the same offer.
      const frustrated = soundsFrustrated(turn.reply.text);
      if (live.declined && !ACTIVE_HANDOFF.has(turn.data.handoff) && !handoffRunning(innerDc)) {
        turn.say(continueContents(live, { ...ctx, offer: false }, { frustrated }));
        return Dialog.EndOfTurn;
      }
      return this.crisis(innerDc, turn, continueContents(live, ctx, { frustrated }));
    }
    if (live && movesOn(turn.reply.understanding)) turn.data.crisis = undefined;
    // A concern beside a clear command ("delete my data") is the command's: the gentle offer would swallow what they asked.
    const command = turn.reply.understanding.command;
    // A tapped choice is our own words ("Yes, I'm working"): a concern read into it is not theirs.
    const commanded = (command !== undefined && CLEAR_COMMANDS.has(command)) || turn.reply.choice !== undefined;
    // "I don't want to talk" to the offer on screen is their answer: the concern read into it is kept, never offered again.
    const declinesOffer = innerDc.activeDialog?.id === OFFER_DIALOG && (isNo(turn.reply) || saysFine(turn.reply.text));
    // A concern only the model read, in a message that answers us or asks what a card answers ("I live in AB10",
    // "can I get any money for looking after him?"): the answer comes; the level is kept and the rules still divert.
    const answered = raisedByModelAlone(turn.risk) && (Boolean(turn.reply.understanding.entities.postcode) || carriesAnAnswer(turn.reply));
    if (
      level === riskRank('concern') &&
      !commanded &&
      !declinesOffer &&
      !answered &&
      !ACTIVE_HANDOFF.has(turn.data.handoff) &&
      innerDc.activeDialog?.id !== HANDOFF_DIALOG
    ) {
      turn.data.handoff = 'offered';
      turn.data.crisis = crisisMemory(turn.risk, situationFor(turn.risk, ctx.young), 'concern', now);
      // "I'm not suicidal, just knackered all the time": they have said how they are; "how are you doing yourself?" is not asked after.
      if (turn.reply.understanding.entities.feeling) turn.data.askedHowTheyAre = true;
      // A first ask is taken in and answered first ("struggling with money" still brings money help), then the one
      // question; with a flow already under way, that flow resumes after the answer instead.
      const named = turn.data.situation.caredFor.length;
      // "No food and the heating's off till payday": what helps today (the crisis-help card), given once in a conversation.
      const before = turn.data.situation.card;
      const today = turn.risk.categories.includes('hardship') && before !== CRISIS_HELP_CARD && asksHelpToday(turn.reply.text, turn.guide.language);
      const answered = isSubstantive(turn) && !turn.data.situation.focus ? handleReply('opening', turn.reply, turn.data, turn.guide) : [];
      // Someone new they look after was just acknowledged ("Thank you for telling me about your mum."): the concern is not thanked again.
      const thanked = turn.data.situation.caredFor.length > named;
      if (today) {
        // The concern's acknowledgement, then the card (from the answer to their first ask, or given here), then the offer of a person.
        const card = turn.data.situation.card === CRISIS_HELP_CARD ? [] : cardContents(CRISIS_HELP_CARD, turn.data, turn.guide);
        return this.offer(innerDc, concernContents(turn.risk, ctx, { thanked, today: [...answered, ...card] }));
      }
      return this.offer(innerDc, [...answered, ...concernContents(turn.risk, ctx, { thanked })]);
    }
    return this.command(innerDc, turn);
  }

  /**
   * A follow-up to a live crisis ("what do I do?", "ok", "thanks"): not a new subject, not a
   * command that leaves, not an answer to the offer on screen or to the hand-off's own questions.
   */
  private continuesCrisis(innerDc: DialogContext, turn: Turn): boolean {
    const active = innerDc.activeDialog?.id;
    // The hand-off runs on top of the offer that started it: its questions (a call back, a phone number) get their answers.
    const running = handoffRunning(innerDc);
    if (active === LANGUAGE_DIALOG || (running && turn.data.handoff !== 'queued')) return false;
    if ((active === OFFER_DIALOG || running) && (isYes(turn.reply) || isNo(turn.reply))) return false;
    // The offer's own answers in their words ("I don't want to talk"), and leaving the queue, are theirs to act on.
    if (active === OFFER_DIALOG && !running && saysFine(turn.reply.text)) return false;
    if (turn.data.handoff === 'queued' && saysLeaveQueue(turn.reply.text)) return false;
    if (askedAboutCallback(turn)) return false;
    // "我不能打电话" ("I can't phone") names a call, not a wish for a person: the crisis goes on, by text.
    if (!turn.reply.choice && saysCantCall(turn.reply.text)) return true;
    const picked = turn.reply.choice?.value;
    if (picked && picked !== 'yes' && picked !== 'no') return false;
    const command = turn.reply.understanding.command;
    if (command === 'human' || pickedLanguage(picked, turn.reply.text)) return false;
    return !movesOn(turn.reply.understanding);
  }

  /**
   * Says a crisis reply and offers a person, unless one is already on the way: then the numbers, and
   * the hand-off's own question again, or their place in the queue and a way out.
   */
  private async crisis(innerDc: DialogContext, turn: Turn, contents: Content[]): Promise<DialogTurnResult> {
    const running = handoffRunning(innerDc);
    if (ACTIVE_HANDOFF.has(turn.data.handoff) || running) {
      // The numbers (or, for someone who can't call, the words in their place) without a second offer of a person.
      turn.say(contents.filter((c) => c.kind === 'contacts' || (c.kind === 'text' && !c.choices)));
      if (turn.data.handoff === 'queued') return this.stillWaiting(turn, running ? innerDc : undefined);
      if (running) await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    turn.data.handoff = 'offered';
    return this.offer(innerDc, contents);
  }

  /** "I'm fine now" while a crisis is on: heard kindly; the numbers stay, and so does their place in the queue. */
  private async fine(innerDc: DialogContext, turn: Turn): Promise<DialogTurnResult> {
    turn.say([{ kind: 'text', text: turn.guide.t('crisis.declined') }]);
    if (turn.data.handoff === 'queued') return this.stillWaiting(turn, handoffRunning(innerDc) ? innerDc : undefined);
    return this.reprompt(innerDc);
  }

  private async offer(innerDc: DialogContext, contents: Content[]): Promise<DialogTurnResult> {
    const options: OfferOptions = { contents };
    if (innerDc.activeDialog?.id === OFFER_DIALOG) return innerDc.replaceDialog(OFFER_DIALOG, options);
    return innerDc.beginDialog(OFFER_DIALOG, options);
  }

  private async command(innerDc: DialogContext, turn: Turn): Promise<DialogTurnResult | undefined> {
    const { t } = turn.guide;
    const picked = turn.reply.choice?.value;
    const understood = turn.reply.understanding.command;
    // "HELP" is an SMS keyword on SMS (handled before dialogs); anywhere else it is our help.
    // "Is anyone going to call me?" once a call back is booked: the hand-off answers (it stands, or the line is open now).
    const command = picked === 'human' || picked === 'plan' || askedAboutCallback(turn) ? (picked ?? 'human') : understood === 'sms_help' ? 'help' : understood;
    const language = pickedLanguage(picked, turn.reply.text);
    // The language menu is open: a language named is its answer, not a new command.
    if (language && innerDc.activeDialog?.id === LANGUAGE_DIALOG) return undefined;
    if (language) {
      applyLanguageChoice(turn, language, this.services.translators);
      turn.say([{ kind: 'text', text: turn.guide.t('common.language.changed') }]);
      // The question on screen was worded in the old language: ask it afresh rather than repeat it.
      if (innerDc.activeDialog?.id === GUIDE_DIALOG) return innerDc.replaceDialog(GUIDE_DIALOG, {} satisfies GuideOptions);
      // Waiting for a person: their place, in the new language (the sharing question, if open, still takes yes or no).
      if (turn.data.handoff === 'queued') return this.stillWaiting(turn);
      // The call back's questions: asked afresh in the new language, from the consent and the number on.
      if (handoffRunning(innerDc)) {
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(HANDOFF_DIALOG, { callbackAgreed: true } satisfies HandoffOptions);
      }
      // A person was being offered: the offer again, in the new language (its old words would come back as they were).
      if (innerDc.activeDialog?.id === OFFER_DIALOG) {
        const level = turn.data.crisis?.level ?? 'concern';
        return innerDc.replaceDialog(OFFER_DIALOG, { contents: offerAgain(level, crisisContextOf(turn)) } satisfies OfferOptions);
      }
      return this.reprompt(innerDc);
    }
    // Tapped, or in their own words ("I don't want to wait", "ابغى اطلع من الطابور").
    if (picked === 'leave_queue' || (turn.data.handoff === 'queued' && !picked && saysLeaveQueue(turn.reply.text))) {
      await this.services.desk.leave(turn.person.conversationKey);
      turn.data.handoff = 'none';
      turn.say([{ kind: 'text', text: t('handoff.left') }]);
      // Left from inside the offer that started the hand-off: the offer is over too, and the conversation goes on.
      if (innerDc.activeDialog?.id === OFFER_DIALOG) return innerDc.replaceDialog(GUIDE_DIALOG, {} satisfies GuideOptions);
      // Left at the hand-off's own question (may the advisor read it?): the question goes with the queue, never asked again.
      if (innerDc.activeDialog?.id === HANDOFF_DIALOG) {
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(GUIDE_DIALOG, {} satisfies GuideOptions);
      }
      return this.reprompt(innerDc);
    }
    switch (command) {
      case 'human':
        // A person is already being reached: the hand-off's own question takes this ("call me" to "a call back?").
        if (handoffRunning(innerDc)) return turn.data.handoff === 'queued' ? this.stillWaiting(turn, innerDc) : undefined;
        // The offer of a person is on screen: asking for one is yes to it, and the hand-off runs inside the offer.
        if (innerDc.activeDialog?.id === OFFER_DIALOG) return undefined;
        return innerDc.beginDialog(HANDOFF_DIALOG);
      case 'restart':
        await innerDc.cancelAllDialogs();
        turn.data.situation = newSituation();
        turn.data.askedHowTheyAre = false;
        turn.data.crisis = undefined;
        turn.say([{ kind: 'text', text: t('common.restart.text') }]);
        return innerDc.beginDialog(GUIDE_DIALOG, {} satisfies GuideOptions);
      case 'back':
        return this.back(innerDc, turn);
      case 'help':
        turn.say([{ kind: 'text', text: t('common.help.text') }]);
        return this.reprompt(innerDc);
      case 'change_language':
        return innerDc.beginDialog(LANGUAGE_DIALOG);
      case 'plan':
        await this.sendPlan(turn);
        return this.reprompt(innerDc);
      case 'delete_data':
        await this.services.eraseConversation(innerDc.context);
        await innerDc.cancelAllDialogs();
        turn.say([{ kind: 'text', text: t('common.deleted.text') }]);
        return Dialog.EndOfTurn;
      case 'privacy':
        turn.say([{ kind: 'text', text: t('common.privacy.details', { hours: turn.guide.keepHours }) }]);
        return this.reprompt(innerDc);
      case 'is_bot':
        // Honest: an automatic helper, and how to reach a person.
        turn.say([{ kind: 'text', text: t('common.bot.answer', { org: turn.org.name }) }]);
        return this.reprompt(innerDc);
      default:
        return undefined;
    }
  }

  /** "Go back": forget the latest answer of the topic in focus, or the topic itself, and ask again. */
  private async back(innerDc: DialogContext, turn: Turn): Promise<DialogTurnResult> {
    const s = turn.data.situation;
    const answered = Object.keys(s.answers);
    if (answered.length) delete s.answers[answered[answered.length - 1]];
    else if (s.focus) {
      s.answered = s.answered.filter((x) => x !== s.focus);
      s.focus = undefined;
    }
    const moved = answered.length > 0 || s.topics.length > 0;
    turn.say([{ kind: 'text', text: turn.guide.t(moved ? 'common.back.text' : 'common.back.nothing') }]);
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(GUIDE_DIALOG, {} satisfies GuideOptions);
  }

  private async sendPlan(turn: Turn): Promise<void> {
    const s = turn.data.situation;
    if (!hasPlan(s)) {
      turn.say([{ kind: 'text', text: turn.guide.t('common.plan.empty') }]);
      return;
    }
    const plan = buildPlan(s, turn.guide);
    plan.link = await this.services.planLink?.(turn, plan);
    turn.say([{ kind: 'plan', plan }]);
  }

  private async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.activeDialog) await innerDc.repromptDialog();
    else return this.welcome(innerDc);
    return Dialog.EndOfTurn;
  }
}
