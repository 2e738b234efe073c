/**
 * One turn, in the order that keeps people safe (README, "One turn"):
 *   clean → assess risk → load state and language → hand-off relay →
 *   channel keywords → hand-off silence → oversized text → dialogs → save and send.
 * Risk is assessed on the raw text before anything that can fail; if any later
 * step throws, a message with any risk still gets the crisis contacts.
 * Turns of one conversation are serialised (turnQueue.ts) before they reach here.
 */
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
import { FAILSAFE_CRISIS_TEXT } from '../conversation/crisis';
import type { LanguageCode } from '../core/languages';
import { riskRank } from '../core/risk';
import { RootDialog, ROOT_DIALOG } from '../dialogs/rootDialog';
import { setTurn } from '../dialogs/turn';
import type { PersonNotice } from '../handoff/handoffService';
import type { RiskAssessment } from '../risk/types';
import { supportedLocale } from '../understanding';
import { ConversationStore } from './conversationStore';
import { dialogContextFor } from './dialogContext';
import type { CarerBotDeps } from './deps';
import { sendFailSafe } from './failSafe';
import { HandoffNotices } from './handoffNotices';
import { cleanInboundText } from './inbound';
import { withSecondOpinion } from './secondOpinion';
import { TurnRun } from './turnRun';
import { addressedToBot, assessSafely, TurnSteps } from './turnSteps';

export type { CarerBotDeps } from './deps';

export class CarerBot {
  private readonly store: ConversationStore;
  private readonly steps: TurnSteps;
  private readonly notices: HandoffNotices;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: CarerBotDeps) {
    this.store = new ConversationStore(deps.conversationState);
    this.steps = new TurnSteps(deps, this.store);
    this.notices = new HandoffNotices(deps, this.store, this.steps);
    this.dialogs = new DialogSet(this.store.dialogState);
    this.dialogs.add(
      new RootDialog({
        ...deps.dialogs,
        desk: deps.handoff,
        translators: (language) => this.steps.translator(language),
        eraseConversation: (context) => this.steps.erase(context),
      }),
    );
  }

  async run(context: TurnContext): Promise<void> {
    switch (context.activity.type) {
      case ActivityTypes.Message:
        return this.onMessage(context);
      case ActivityTypes.ConversationUpdate:
      case ActivityTypes.InstallationUpdate:
        return this.onMembersAdded(context);
      case ActivityTypes.Event:
        if (context.activity.name === 'handoff.status') return this.notices.hubStatus(context);
        return;
      default:
        // Typing, reactions, events we don't use: nothing to say, nothing to store.
        this.deps.logger.debug({ activityType: context.activity.type }, 'activity ignored');
    }
  }

  /** A turn the hand-off starts (an advisor joined, wrote, left; a long wait): told in the person's language. */
  handoffNotice(context: TurnContext, notice: PersonNotice): Promise<void> {
    return this.notices.notice(context, notice);
  }

  private async onMembersAdded(context: TurnContext): Promise<void> {
    const added = context.activity.membersAdded ?? [];
    const person = added.some((m) => m.id !== context.activity.recipient?.id);
    if (context.activity.type === ActivityTypes.InstallationUpdate ? context.activity.action !== 'add' : !person) return;
    // Welcome once, on the first sign of a person, in the channel's language if we have it.
    await this.runTurn(context, '', assessSafely(this.deps.assess, ''));
  }

  private async onMessage(context: TurnContext): Promise<void> {
    const text = cleanInboundText(context.activity.text);
    const risk = assessSafely(this.deps.assess, text);
    // In a Teams group or channel only messages that @mention the bot are for it, unless they show danger.
    if (!addressedToBot(context) && riskRank(risk.level) < riskRank('urgent')) return;
    // The assessment failed: nobody knows what the message said, so the fixed 24/7 block goes out first, needing nothing.
    if (risk.failure) await context.sendActivity(FAILSAFE_CRISIS_TEXT);
    // An optional second opinion (secondOpinion.ts) may only raise the level, and is waited for at most its budget.
    await this.runTurn(context, text, await withSecondOpinion(this.deps.secondOpinion, this.deps.logger, text, risk, context.activity.locale));
  }

  private async runTurn(context: TurnContext, text: string, risk: RiskAssessment): Promise<void> {
    const started = Date.now();
    const isMessage = context.activity.type === ActivityTypes.Message;
    let run: TurnRun | undefined;
    try {
      run = await this.steps.start(context, text, risk);
      const { turn } = run;
      if (!isMessage && turn.data.welcomed) return;
      const phase = await this.steps.relayToAdvisor(run, text, isMessage);
      const keyword = await this.steps.smsKeyword(run, phase);
      if (!keyword) this.steps.tellAdviceLineAfterStop(run, phase);
      // While a person from the advice line holds the conversation, the bot stays silent.
      if (!keyword && phase !== 'connected') await this.converse(context, run, text);
      await this.steps.finish(context, run);
      this.deps.logger.info(
        {
          conversation: turn.person.conversationKey,
          risk: risk.level,
          rules: risk.ruleIds,
          versions: turn.data.riskVersions,
          topics: run.understanding.topics.map((x) => x.id),
          language: turn.guide.language,
          ms: Date.now() - started,
        },
        'turn',
      );
    } catch (error) {
      await this.failed(context, run, risk, error);
    }
  }

  /** Oversized text gets a kind "shorter please" (its risk was checked); everything else goes to the dialogs. */
  private async converse(context: TurnContext, run: TurnRun, text: string): Promise<void> {
    const { turn } = run;
    if (text.length > this.deps.maxMessageChars && turn.risk.level === 'none') {
      turn.say([{ kind: 'text', text: turn.guide.t('common.tooLong.text') }]);
      return;
    }
    setTurn(context, turn);
    const dc = await dialogContextFor(this.dialogs, context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(ROOT_DIALOG);
  }

  /** Something broke after the risk check: the crisis contacts if there was any risk, else a kind apology. */
  private async failed(context: TurnContext, run: TurnRun | undefined, risk: RiskAssessment, error: unknown): Promise<void> {
    const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error);
    this.deps.logger.error({ err, risk: risk.level }, 'turn failed');
    run?.outbox.discard();
    const language: LanguageCode = run?.turn.guide.language ?? supportedLocale(context.activity.locale) ?? 'en';
    await sendFailSafe(context, run?.carried ?? risk, language, run?.turn.guide.t, this.steps.organisation().name);
    // Keep the conversation usable: the next message starts from a clean dialog stack. After a (half-done)
    // "delete my data" nothing may be written back; once saved, the stored state already matches the replies.
    if (run?.erased || run?.saved) return;
    await this.store.resetDialogs(context).catch(() => undefined);
  }
}
