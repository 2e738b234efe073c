/**
 * One turn, in the order that keeps people safe:
 *  1. clean the text the channel adds (Teams mentions);
 *  2. assess risk on the raw text, before anything that can fail;
 *  3. load state; choose the language (explicit choice > reliable detection > the conversation's);
 *  4. SMS STOP/START/HELP; oversized text gets a kind "shorter please";
 *  5. the root dialog: risk first, then commands, then the guided conversation;
 *  6. save state (nothing is saved after "delete my data").
 * If anything after step 2 throws, the person still gets the crisis contacts
 * when the message showed any risk. Turns of one conversation are serialised
 * by SerialTurnsMiddleware before they reach here.
 */
import { createHash } from 'node:crypto';
import { ActivityTypes, TurnContext, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import type { i18n } from 'i18next';
import type { Catalogue } from '../catalogue';
import { capabilitiesFor } from '../channels/capabilities';
import { resolveChoice } from '../channels/choiceInput';
import type { Content } from '../channels/content';
import { offeredChoices, render } from '../channels/render';
import type { GuideContext } from '../conversation/context';
import { newConversationData, rememberLine, type ConversationData } from '../conversation/state';
import type { Translate } from '../conversation/translate';
import { RootDialog, ROOT_DIALOG, type RootDialogOptions } from '../dialogs/rootDialog';
import { setTurnFacts, type TurnFacts } from '../dialogs/turnFacts';
import { RETURN_AFTER_MS } from '../dialogs/resumeDialog';
import type { HandoffDesk } from '../handoff/desk';
import type { PersonNotice, UrgentHandoff } from '../handoff/handoffService';
import type { Organisation } from '../handoff/orgs';
import { translatorFor } from '../i18n';
import type { Logger } from '../ops/logger';
import type { ErasureService } from '../privacy/erasure';
import { assessRisk } from '../risk';
import { type RiskAssessment } from '../risk/types';
import { riskRank, type RiskLevel } from '../core/risk';
import { chooseAnswerLanguage, supportedLocale } from '../understanding';
import type { Recognizer, Understanding } from '../understanding/types';
import type { LanguageCode } from '../core/languages';
import { FAILSAFE_CRISIS_TEXT } from '../conversation/crisis';
import { sendFailSafe } from './failSafe';
import { cleanInboundText } from './inbound';
import { isUnsubscribedRecipientError } from '../channels/smsDelivery';

export interface CarerBotDeps {
  conversationState: ConversationState;
  recognizer: Recognizer;
  catalogue: Catalogue;
  organisations: Map<string, Organisation>;
  defaultOrg: string;
  handoff: HandoffDesk;
  erasure: ErasureService;
  i18n: i18n;
  clock: () => Date;
  logger: Logger;
  maxMessageChars: number;
  keepHours: number;
  dialogs: RootDialogOptions;
  /** Injected for tests of the fail-safe; the real one never throws. */
  assess?: (text: string) => RiskAssessment;
  /** Tells the advice line of urgent risk it must hear about even when the bot may not answer (after SMS STOP). */
  notifyUrgent?: (handoff: UrgentHandoff) => void;
}

/** Plain text of what the bot said, for the transcript an advisor may read. */
function spokenText(contents: Content[]): string {
  return contents
    .map((c) => (c.kind === 'text' ? c.text : c.kind === 'contacts' ? [c.intro, ...c.contacts.map((x) => `${x.name}: ${x.number}`)].join('\n') : ''))
    .filter(Boolean)
    .join('\n');
}

const EMPTY_UNDERSTANDING: Understanding = {
  language: { code: null, detected: null, reliable: false, script: 'Other', romanised: false },
  topics: [],
  entities: { caredFor: [], bereaved: false },
  source: 'none',
};

export function conversationKeyOf(context: TurnContext): string {
  const { channelId, conversation } = context.activity;
  return createHash('sha256').update(`${channelId}\u0000${conversation?.id ?? ''}`).digest('hex').slice(0, 32);
}

export class CarerBot {
  private readonly data: StatePropertyAccessor<ConversationData>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: CarerBotDeps) {
    this.data = deps.conversationState.createProperty<ConversationData>('data');
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(new RootDialog(deps.dialogs));
  }

  async run(context: TurnContext): Promise<void> {
    switch (context.activity.type) {
      case ActivityTypes.Message:
        return this.onMessage(context);
      case ActivityTypes.ConversationUpdate:
      case ActivityTypes.InstallationUpdate:
        return this.onMembersAdded(context);
      case ActivityTypes.Event:
        if (context.activity.name === 'handoff.status') return this.onHandoffStatus(context);
        return;
      default:
        // Typing, reactions, events we don't use: nothing to say, nothing to store.
        this.deps.logger.debug({ activityType: context.activity.type }, 'activity ignored');
    }
  }

  private organisation(data?: ConversationData): Organisation {
    const { organisations, defaultOrg } = this.deps;
    return organisations.get(data?.org ?? '') ?? organisations.get(defaultOrg) ?? [...organisations.values()][0];
  }

  private orgFromActivity(context: TurnContext): string {
    const channelData = context.activity.channelData as { org?: unknown } | undefined;
    const fromEmbed = typeof channelData?.org === 'string' ? channelData.org : undefined;
    return fromEmbed && this.deps.organisations.has(fromEmbed) ? fromEmbed : this.deps.defaultOrg;
  }

  private translator(language: LanguageCode): Translate {
    return translatorFor(language, this.deps.i18n) as unknown as Translate;
  }

  private assess(text: string): RiskAssessment {
    try {
      return (this.deps.assess ?? assessRisk)(text);
    } catch (error) {
      // assessRisk never throws; if an injected one does, fail safe all the same.
      return { level: 'concern', categories: [], ruleIds: ['engine.failure'], flags: [], rulesVersion: 'unknown', failure: String(error) };
    }
  }

  private addressedToBot(context: TurnContext): boolean {
    const { channelId, conversation, recipient } = context.activity;
    if (capabilitiesFor(channelId, conversation?.conversationType).private) return true;
    return TurnContext.getMentions(context.activity).some((mention) => mention.mentioned?.id === recipient?.id);
  }

  private async onMembersAdded(context: TurnContext): Promise<void> {
    const added = context.activity.membersAdded ?? [];
    const person = added.some((m) => m.id !== context.activity.recipient?.id);
    if (context.activity.type === ActivityTypes.InstallationUpdate ? context.activity.action !== 'add' : !person) return;
    // Welcome once, on the first sign of a person, in the channel's language if we have it.
    await this.runTurn(context, '', this.assess(''));
  }

  private async onMessage(context: TurnContext): Promise<void> {
    const text = cleanInboundText(context.activity.text);
    const risk = this.assess(text);
    // In a Teams group or channel only messages that @mention the bot are for it, unless they show danger.
    if (!this.addressedToBot(context) && riskRank(risk.level) < riskRank('urgent')) return;
    // The assessment failed: nobody knows what the message said, so the fixed 24/7 block goes out first, needing nothing.
    if (risk.failure) await context.sendActivity(FAILSAFE_CRISIS_TEXT);
    await this.runTurn(context, text, risk);
  }

  private async runTurn(context: TurnContext, text: string, risk: RiskAssessment): Promise<void> {
    const { logger } = this.deps;
    let language: LanguageCode = supportedLocale(context.activity.locale) ?? 'en';
    let t: Translate | undefined;
    // A crisis answered on the previous turn still counts if this turn (e.g. "yes" to a person) breaks.
    let carried: RiskAssessment = risk;
    let facts: TurnFacts | undefined;
    const started = Date.now();
    try {
      const data = await this.data.get(context, newConversationData(language, this.orgFromActivity(context)));
      const isMessage = context.activity.type === ActivityTypes.Message;
      if (!isMessage && data.welcomed) return;
      const caps = capabilitiesFor(context.activity.channelId, context.activity.conversation?.conversationType);
      const understanding = isMessage ? await this.understand(text.slice(0, this.deps.maxMessageChars), data, context) : EMPTY_UNDERSTANDING;
      language = data.languageChosen ? data.language : chooseAnswerLanguage(understanding.language, {
        conversationLanguage: data.welcomed ? data.language : undefined,
        localeHint: context.activity.locale,
      });
      data.language = language;
      if (understanding.language.romanised) data.romanisedUrdu = true;
      const previousRisk = data.risk;
      if (riskRank(previousRisk) >= riskRank('urgent') && riskRank(risk.level) < riskRank(previousRisk)) carried = { ...risk, level: previousRisk };
      data.risk = risk.level;
      t = this.translator(language);
      const org = this.organisation(data);
      facts = this.facts(context, { text, risk, previousRisk, data, understanding, org, caps, t });

      if (isMessage) rememberLine(data, { from: 'person', text: text.slice(0, this.deps.maxMessageChars), at: facts.guide.now.getTime() });
      const phase = this.deps.handoff.phase(facts.conversationKey);
      // Kept for the advisor, and new risk flagged to them, before anything else can fail.
      if (isMessage && phase) this.deps.handoff.personMessage(facts.conversationKey, text, risk);
      data.handoff = phase ?? (data.handoff === 'queued' || data.handoff === 'connected' ? 'ended' : data.handoff);

      if (caps.kind === 'sms' && (await this.smsKeyword(facts, understanding))) return this.save(context, facts);
      if (data.smsStopped && riskRank(risk.level) >= riskRank('urgent') && !phase) {
        // After STOP nothing is sent, but the advice line still hears of danger.
        this.deps.notifyUrgent?.({ conversationKey: facts.conversationKey, org: org.id, level: risk.level, categories: risk.categories, channel: caps.kind, language, reason: 'risk_after_stop' });
      }
      // While a person from the advice line holds the conversation, the bot stays silent.
      if (phase === 'connected') return this.save(context, facts);
      if (text.length > this.deps.maxMessageChars && risk.level === 'none') {
        await facts.say([{ kind: 'text', text: t('common.tooLong.text') }]);
        return this.save(context, facts);
      }
      setTurnFacts(context, facts);
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(ROOT_DIALOG);
      await this.save(context, facts);
      logger.info({ conversation: facts.conversationKey, risk: risk.level, rules: risk.ruleIds, topics: understanding.topics.map((x) => x.id), language, ms: Date.now() - started }, 'turn');
    } catch (error) {
      logger.error({ err: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error), risk: risk.level }, 'turn failed');
      await sendFailSafe(context, carried, language, t, this.organisation().name);
      // Keep the conversation usable: the next message starts from a clean dialog stack.
      // After a (half-done) "delete my data" nothing may be written back: the next message starts afresh anyway.
      if (facts?.erased) return;
      await this.dialogState.delete(context).catch(() => undefined);
      await this.deps.conversationState.saveChanges(context).catch(() => undefined);
    }
  }

  private async understand(text: string, data: ConversationData, context: TurnContext): Promise<Understanding> {
    try {
      return await this.deps.recognizer.recognize(text, {
        conversationLanguage: data.welcomed ? data.language : undefined,
        localeHint: context.activity.locale ?? undefined,
      });
    } catch (error) {
      // Understanding is a convenience; the conversation goes on with choices only.
      this.deps.logger.warn({ err: String(error) }, 'recognizer failed');
      return EMPTY_UNDERSTANDING;
    }
  }

  private facts(
    context: TurnContext,
    turn: { text: string; risk: RiskAssessment; previousRisk: RiskLevel; data: ConversationData; understanding: Understanding; org: Organisation; caps: ReturnType<typeof capabilitiesFor>; t: Translate },
  ): TurnFacts {
    const { data, caps, org } = turn;
    const guide: GuideContext = { ...this.guideFor(data, org, caps), t: turn.t };
    const choice = resolveChoice(turn.text, context.activity.value, data.lastChoices);
    const facts: TurnFacts = {
      reply: { text: turn.text, choice, understanding: turn.understanding },
      risk: turn.risk,
      previousRisk: turn.previousRisk,
      data,
      guide,
      handoff: this.deps.handoff,
      org,
      conversationKey: conversationKeyOf(context),
      reference: TurnContext.getConversationReference(context.activity),
      channel: caps.kind,
      erased: false,
      returning: Boolean(data.lastActiveAt) && guide.now.getTime() - Date.parse(data.lastActiveAt ?? '') > RETURN_AFTER_MS,
      say: (contents: Content[]) => this.say(context, data, guide, caps, contents),
      erase: async () => {
        // Marked before erasing: if one store fails, what the others erased must not be written back.
        facts.erased = true;
        await this.deps.erasure.erase({ conversationKey: facts.conversationKey, storageKeys: [this.storageKey(context)] });
        const fresh = newConversationData(data.language, data.org);
        fresh.welcomed = true;
        Object.assign(data, fresh);
      },
      translate: (language: LanguageCode) => this.translator(language),
      setLanguage: (language: LanguageCode) => {
        data.language = language;
        guide.language = language;
        guide.t = this.translator(language);
      },
    };
    return facts;
  }

  /** Renders for this channel, remembers the choices offered and what was said. */
  private async say(context: TurnContext, data: ConversationData, guide: GuideContext, caps: ReturnType<typeof capabilitiesFor>, contents: Content[]): Promise<void> {
    const offered = offeredChoices(contents);
    if (offered.length) data.lastChoices = offered;
    const spoken = spokenText(contents);
    rememberLine(data, { from: 'bot', text: spoken, at: guide.now.getTime() });
    this.deps.handoff.botMessage(conversationKeyOf(context), spoken);
    if (data.smsStopped) return; // after STOP the bot sends nothing
    const t = guide.t;
    const activities = render(contents, caps, {
      replyWithNumber: t('common.render.replyWithNumber'),
      openLink: t('common.render.openLink'),
      printPlan: t('common.render.printPlan'),
    }).map((a) => ({ ...a, locale: guide.language }));
    if (!activities.length) return;
    try {
      await context.sendActivities(activities);
    } catch (error) {
      // The person texted STOP to Twilio itself (error 21610): treat it as our STOP, don't crash the turn.
      if (caps.kind === 'sms' && isUnsubscribedRecipientError(error)) {
        data.smsStopped = true;
        this.deps.logger.info({ conversation: conversationKeyOf(context) }, 'sms recipient unsubscribed: sending stopped');
        return;
      }
      throw error;
    }
  }

  /** A turn the hand-off starts (an advisor joined, wrote, left; a long wait): told in the person's language. */
  async handoffNotice(context: TurnContext, notice: PersonNotice): Promise<void> {
    const data = await this.data.get(context, newConversationData('en', this.orgFromActivity(context)));
    const org = this.organisation(data);
    const caps = capabilitiesFor(context.activity.channelId, context.activity.conversation?.conversationType);
    const guide = this.guideFor(data, org, caps);
    const { t } = guide;
    let contents: Content[];
    switch (notice.type) {
      case 'joined':
        data.handoff = 'connected';
        contents = [{ kind: 'text', text: t('handoff.connected', { name: notice.advisorName, org: org.name }) }];
        break;
      case 'message':
        data.handoff = 'connected';
        contents = [{ kind: 'text', text: t('handoff.advisorSays', { name: notice.advisorName, text: notice.text }) }];
        break;
      case 'ended':
        data.handoff = 'ended';
        contents = [{ kind: 'text', text: t('handoff.ended', { name: notice.advisorName }) }];
        break;
      case 'requeued':
        data.handoff = 'queued';
        contents = [{ kind: 'text', text: t('handoff.requeued', { org: org.name }), choices: [{ value: 'leave_queue', label: t('handoff.leave') }] }];
        break;
      case 'waiting_long':
        contents = [{ kind: 'text', text: t('handoff.waitingLong', { org: org.name, phone: org.adviceLine.phone }), choices: [{ value: 'leave_queue', label: t('handoff.leave') }] }];
        break;
    }
    await this.say(context, data, guide, caps, contents);
    await this.deps.conversationState.saveChanges(context);
  }

  /** An agent hub's answer to handoff.initiate: accepted, failed or completed. */
  private async onHandoffStatus(context: TurnContext): Promise<void> {
    const value = context.activity.value as { state?: unknown } | undefined;
    const state = typeof value?.state === 'string' ? value.state : '';
    const data = await this.data.get(context, newConversationData('en', this.orgFromActivity(context)));
    const org = this.organisation(data);
    const caps = capabilitiesFor(context.activity.channelId, context.activity.conversation?.conversationType);
    const guide = this.guideFor(data, org, caps);
    if (state === 'accepted') data.handoff = 'connected';
    else if (state === 'completed' || state === 'failed') {
      data.handoff = 'ended';
      const key = state === 'failed' ? 'handoff.hubFailed' : 'handoff.hubEnded';
      await this.say(context, data, guide, caps, [{ kind: 'text', text: guide.t(key, { org: org.name, phone: org.adviceLine.phone }) }]);
    }
    await this.deps.conversationState.saveChanges(context);
  }

  private guideFor(data: ConversationData, org: Organisation, caps: ReturnType<typeof capabilitiesFor>): GuideContext {
    return {
      t: this.translator(data.language),
      language: data.language,
      now: this.deps.clock(),
      catalogue: this.deps.catalogue,
      org: { id: org.id, name: org.name, adviceLinePhone: org.adviceLine.phone, preferRegion: org.preferRegion },
      keepHours: this.deps.keepHours,
      shared: !caps.private,
    };
  }

  private storageKey(context: TurnContext): string {
    const { channelId, conversation } = context.activity;
    return `${channelId}/conversations/${conversation?.id}/`;
  }

  /** STOP, START and HELP as single words win over everything on SMS. */
  private async smsKeyword(facts: TurnFacts, understanding: Understanding): Promise<boolean> {
    const { data, guide } = facts;
    switch (understanding.command) {
      case 'sms_stop':
        data.smsStopped = true;
        return true;
      case 'sms_start':
        data.smsStopped = false;
        await facts.say([{ kind: 'text', text: guide.t('common.sms.started') }]);
        return true;
      case 'sms_help':
        await facts.say([{ kind: 'text', text: guide.t('common.sms.help') }]);
        return true;
      default:
        return false;
    }
  }

  private async save(context: TurnContext, facts: TurnFacts): Promise<void> {
    if (facts.erased) {
      // Nothing of the person may be written back after "delete my data".
      return;
    }
    facts.data.lastActiveAt = facts.guide.now.toISOString();
    await this.deps.conversationState.saveChanges(context);
  }
}
