/**
 * The root of every conversation. Before any flow sees a message it reads the
 * risk result (crisis or a gentle offer of a person), then the commands that
 * work anywhere (a person, start again, go back, help, language, plan,
 * delete my data). Only then does the guided conversation go on.
 */
import { ComponentDialog, Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { ResumeOutcome } from './askPrompt';
import type { Content, PlanView } from '../channels/content';
import { FOCUS_SCORE } from '../conversation/answers';
import { concernContents, crisisContents } from '../conversation/crisis';
import { buildPlan, hasPlan } from '../conversation/plan';
import { newSituation } from '../conversation/state';
import type { CallbackStore } from '../handoff/callbacks';
import { riskRank } from '../core/risk';
import { GuideDialog, GUIDE_DIALOG, type GuideOptions } from './guideDialog';
import { HandoffDialog, HANDOFF_DIALOG } from './handoffDialog';
import { applyLanguageChoice, LanguageDialog, LANGUAGE_DIALOG, languageOffer, pickedLanguage } from './languageDialog';
import { OfferDialog, OFFER_DIALOG, type OfferOptions } from './offerDialog';
import { ResumeDialog, RESUME_DIALOG } from './resumeDialog';
import { turnFacts, type TurnFacts } from './turnFacts';

export const ROOT_DIALOG = 'root';

export interface RootDialogOptions {
  callbacks: CallbackStore;
  callbackKeepDays: number;
  /** Emit handoff.initiate for an agent hub. */
  emitHandoffInitiate?: boolean;
  /** Builds the printable plan link, when the channel can open links. */
  planLink?: (facts: TurnFacts, plan: PlanView) => Promise<string | undefined>;
}

const ACTIVE_HANDOFF = new Set(['queued', 'connected', 'callback_requested']);

function isSubstantive(facts: TurnFacts): boolean {
  const u = facts.reply.understanding;
  const e = u.entities;
  return u.topics.some((topic) => topic.score >= FOCUS_SCORE) || e.caredFor.length > 0 || e.bereaved || Boolean(e.postcode) || e.age !== undefined;
}

export class RootDialog extends ComponentDialog {
  constructor(private readonly options: RootDialogOptions) {
    super(ROOT_DIALOG);
    this.addDialog(new GuideDialog());
    this.addDialog(new OfferDialog());
    this.addDialog(new HandoffDialog(options.callbacks, options.callbackKeepDays, options.emitHandoffInitiate ?? false));
    this.addDialog(new LanguageDialog());
    this.addDialog(new ResumeDialog());
    this.initialDialogId = GUIDE_DIALOG;
  }

  protected override async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const facts = turnFacts(innerDc.context);
    // A first message that asks for something still gets a hello first; a crisis gets its numbers first.
    if (riskRank(facts.risk.level) < riskRank('urgent')) await this.greet(facts);
    return (await this.interrupt(innerDc)) ?? this.welcome(innerDc);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    if (interrupted) return interrupted;
    const facts = turnFacts(innerDc.context);
    // Waiting for a person: the guided questions pause, and what they write is kept for the advisor.
    if (facts.data.handoff === 'queued' && innerDc.activeDialog?.id !== HANDOFF_DIALOG) return this.stillWaiting(facts);
    if (!innerDc.activeDialog) return this.welcome(innerDc);
    if (facts.returning && !isSubstantive(facts)) return innerDc.beginDialog(RESUME_DIALOG);
    const offer = languageOffer(facts, false);
    const result = await super.onContinueDialog(innerDc);
    // A crisis offer on the very first message has no question underneath: start the conversation rather than fall silent.
    if (!innerDc.activeDialog && result.status === DialogTurnStatus.complete && !(result.result as ResumeOutcome | undefined)?.quiet) return this.welcome(innerDc);
    return offer && innerDc.activeDialog ? innerDc.beginDialog(LANGUAGE_DIALOG, offer) : result;
  }

  private async stillWaiting(facts: TurnFacts): Promise<DialogTurnResult> {
    const { t } = facts.guide;
    const position = (await facts.handoff.position(facts.conversationKey)) ?? 1;
    await facts.say([{ kind: 'text', text: t('handoff.stillWaiting', { org: facts.org.name, position }), choices: [{ value: 'leave_queue', label: t('handoff.leave') }] }]);
    return Dialog.EndOfTurn;
  }

  /** Hello, what the bot can do, and what it keeps: once per conversation. */
  private async greet(facts: TurnFacts): Promise<void> {
    if (facts.data.welcomed) return;
    const { t } = facts.guide;
    facts.data.welcomed = true;
    const hello = isSubstantive(facts) || facts.reply.understanding.command
      ? t('common.welcome.short', { org: facts.org.name })
      : `${t('common.welcome.hello')} ${t('common.welcome.what', { org: facts.org.name })}`;
    await facts.say([{ kind: 'text', text: `${hello}\n${t('common.welcome.privacy', { hours: facts.guide.keepHours })}` }]);
  }

  private async welcome(innerDc: DialogContext): Promise<DialogTurnResult> {
    const facts = turnFacts(innerDc.context);
    const answerNow = isSubstantive(facts);
    await this.greet(facts);
    const offer = languageOffer(facts, true);
    const result = await innerDc.beginDialog(GUIDE_DIALOG, { answerNow } satisfies GuideOptions);
    return offer ? innerDc.beginDialog(LANGUAGE_DIALOG, offer) : result;
  }

  /** Returns a result when the message was handled here, before any flow. */
  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const facts = turnFacts(innerDc.context);
    const level = riskRank(facts.risk.level);
    const age = facts.reply.understanding.entities.age ?? facts.data.situation.age;
    const crisisContext = { t: facts.guide.t, language: facts.guide.language, nation: facts.data.situation.nation, org: facts.org.name, young: age !== undefined && age < 18 };
    if (level >= riskRank('urgent')) {
      const contents = crisisContents(facts.risk, crisisContext);
      const inHandoff = innerDc.activeDialog?.id === HANDOFF_DIALOG;
      if (ACTIVE_HANDOFF.has(facts.data.handoff) || inHandoff) {
        // Already waiting for, talking to, or arranging a call with a person: give the numbers, keep the place.
        await facts.say(contents.slice(0, -1));
        if (inHandoff) await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
      facts.data.handoff = 'offered';
      return this.offer(innerDc, contents);
    }
    if (level === riskRank('concern') && !ACTIVE_HANDOFF.has(facts.data.handoff) && innerDc.activeDialog?.id !== HANDOFF_DIALOG) {
      facts.data.handoff = 'offered';
      return this.offer(innerDc, concernContents(facts.risk, crisisContext));
    }
    return this.command(innerDc, facts);
  }

  private async offer(innerDc: DialogContext, contents: Content[]): Promise<DialogTurnResult> {
    const options: OfferOptions = { contents };
    if (innerDc.activeDialog?.id === OFFER_DIALOG) return innerDc.replaceDialog(OFFER_DIALOG, options);
    return innerDc.beginDialog(OFFER_DIALOG, options);
  }

  private async command(innerDc: DialogContext, facts: TurnFacts): Promise<DialogTurnResult | undefined> {
    const { t } = facts.guide;
    const picked = facts.reply.choice?.value;
    const understood = facts.reply.understanding.command;
    // "HELP" is an SMS keyword on SMS (handled before dialogs); anywhere else it is our help.
    const command = picked === 'human' || picked === 'plan' ? picked : understood === 'sms_help' ? 'help' : understood;
    const language = pickedLanguage(picked, facts.reply.text);
    // The language menu is open: a language named is its answer, not a new command.
    if (language && innerDc.activeDialog?.id === LANGUAGE_DIALOG) return undefined;
    if (language) {
      applyLanguageChoice(innerDc, language);
      await facts.say([{ kind: 'text', text: facts.guide.t('common.language.changed') }]);
      // The question on screen was worded in the old language: ask it afresh rather than repeat it.
      if (innerDc.activeDialog?.id === GUIDE_DIALOG) return innerDc.replaceDialog(GUIDE_DIALOG, {} satisfies GuideOptions);
      return this.reprompt(innerDc);
    }
    if (picked === 'leave_queue') {
      await facts.handoff.leave(facts.conversationKey);
      facts.data.handoff = 'none';
      await facts.say([{ kind: 'text', text: t('handoff.left') }]);
      return this.reprompt(innerDc);
    }
    switch (command) {
      case 'human':
        if (innerDc.activeDialog?.id === HANDOFF_DIALOG) return undefined;
        return innerDc.beginDialog(HANDOFF_DIALOG);
      case 'restart':
        await innerDc.cancelAllDialogs();
        facts.data.situation = newSituation();
        facts.data.askedHowTheyAre = false;
        await facts.say([{ kind: 'text', text: t('common.restart.text') }]);
        return innerDc.beginDialog(GUIDE_DIALOG, {} satisfies GuideOptions);
      case 'back':
        return this.back(innerDc, facts);
      case 'help':
        await facts.say([{ kind: 'text', text: t('common.help.text') }]);
        return this.reprompt(innerDc);
      case 'change_language':
        return innerDc.beginDialog(LANGUAGE_DIALOG);
      case 'plan':
        await this.sendPlan(facts);
        return this.reprompt(innerDc);
      case 'delete_data':
        await facts.erase();
        await innerDc.cancelAllDialogs();
        await facts.say([{ kind: 'text', text: t('common.deleted.text') }]);
        return Dialog.EndOfTurn;
      default:
        if (/^\s*(privacy|preifatrwydd|prywatność|confidențialitate|privacidad|privacidade|隐私|الخصوصية)\s*$/i.test(facts.reply.text)) {
          await facts.say([{ kind: 'text', text: t('common.privacy.details', { hours: facts.guide.keepHours }) }]);
          return this.reprompt(innerDc);
        }
        return undefined;
    }
  }

  /** "Go back": forget the latest answer of the topic in focus, or the topic itself, and ask again. */
  private async back(innerDc: DialogContext, facts: TurnFacts): Promise<DialogTurnResult> {
    const s = facts.data.situation;
    const answered = Object.keys(s.answers);
    if (answered.length) delete s.answers[answered[answered.length - 1]];
    else if (s.focus) {
      s.answered = s.answered.filter((x) => x !== s.focus);
      s.focus = undefined;
    }
    const moved = answered.length > 0 || s.topics.length > 0;
    await facts.say([{ kind: 'text', text: facts.guide.t(moved ? 'common.back.text' : 'common.back.nothing') }]);
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(GUIDE_DIALOG, {} satisfies GuideOptions);
  }

  private async sendPlan(facts: TurnFacts): Promise<void> {
    const s = facts.data.situation;
    if (!hasPlan(s)) {
      await facts.say([{ kind: 'text', text: facts.guide.t('common.plan.empty') }]);
      return;
    }
    const plan = buildPlan(s, facts.guide);
    plan.link = await this.options.planLink?.(facts, plan);
    await facts.say([{ kind: 'plan', plan }]);
  }

  private async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.activeDialog) await innerDc.repromptDialog();
    else return this.welcome(innerDc);
    return Dialog.EndOfTurn;
  }
}
