/**
 * The steps of a message turn, each small and given what it needs. The bot
 * (carerBot.ts) lists them in order; this file says what each one does.
 */
import { TurnContext } from 'botbuilder';
import { capabilitiesFor, type ChannelCapabilities } from '../channels/capabilities';
import { resolveChoice } from '../channels/choiceInput';
import { Outbox } from '../channels/outbox';
import { isUnsubscribedRecipientError } from '../channels/smsDelivery';
import type { GuideContext } from '../conversation/context';
import { newConversationData, rememberLine, type ConversationData } from '../conversation/state';
import type { Translate } from '../conversation/translate';
import { riskRank } from '../core/risk';
import { RETURN_AFTER_MS } from '../dialogs/resumeDialog';
import type { Turn } from '../dialogs/turn';
import type { HandoffDesk } from '../handoff/desk';
import type { Organisation } from '../handoff/orgs';
import { localeFor, translatorFor, type LocaleCode } from '../i18n';
import { assessRisk } from '../risk';
import type { RiskAssessment } from '../risk/types';
import { chooseAnswerLanguage, supportedLocale } from '../understanding';
import type { Understanding } from '../understanding/types';
import { conversationKeyOf } from './conversationKeys';
import { countTurn, watchGuide } from './turnInsight';
import type { ConversationStore } from './conversationStore';
import type { CarerBotDeps } from './deps';
import { riskVersionsOf } from './secondOpinion';
import { handleSmsKeyword } from './smsKeywords';
import { handoffProvedAbsent } from './turnLease';
import { sayInto, TurnRun } from './turnRun';

export const EMPTY_UNDERSTANDING: Understanding = {
  language: { code: null, detected: null, reliable: false, script: 'Other', romanised: false },
  topics: [],
  entities: { caredFor: [], bereaved: false },
  source: 'none',
};

/** Risk first, on the raw text; if the engine itself throws, fail safe at concern. */
export function assessSafely(assess: ((text: string) => RiskAssessment) | undefined, text: string): RiskAssessment {
  try {
    return (assess ?? assessRisk)(text);
  } catch (error) {
    return { level: 'concern', categories: [], ruleIds: ['engine.failure'], flags: [], rulesVersion: 'unknown', failure: String(error) };
  }
}

/** In a Teams group or channel only messages that @mention the bot are for it. */
export function addressedToBot(context: TurnContext): boolean {
  const { channelId, conversation, recipient } = context.activity;
  if (capabilitiesFor(channelId, conversation?.conversationType).private) return true;
  return TurnContext.getMentions(context.activity).some((mention) => mention.mentioned?.id === recipient?.id);
}

/**
 * The desk's bot-line record for a turn that began with no hand-off session: a line is offered
 * only once this turn's request queued or connected the person (before that, the desk would look
 * the session up only to find none).
 */
function linesOnceHandedOff(desk: Pick<HandoffDesk, 'botMessage'>, phase: () => ConversationData['handoff']): Pick<HandoffDesk, 'botMessage'> {
  return {
    botMessage: (conversationKey, text) => {
      const now = phase();
      if (now === 'queued' || now === 'connected') desk.botMessage(conversationKey, text);
    },
  };
}

export class TurnSteps {
  constructor(
    private readonly deps: CarerBotDeps,
    private readonly store: ConversationStore,
  ) {}

  translator(language: LocaleCode): Translate {
    return translatorFor(language, this.deps.i18n) as unknown as Translate;
  }

  organisation(data?: ConversationData): Organisation {
    const { organisations, defaultOrg } = this.deps;
    return organisations.get(data?.org ?? '') ?? organisations.get(defaultOrg) ?? [...organisations.values()][0];
  }

  /** The organisation whose website embeds the chat, when the embed says so. */
  orgFromActivity(context: TurnContext): string {
    const channelData = context.activity.channelData as { org?: unknown } | undefined;
    const fromEmbed = typeof channelData?.org === 'string' ? channelData.org : undefined;
    return fromEmbed && this.deps.organisations.has(fromEmbed) ? fromEmbed : this.deps.defaultOrg;
  }

  /** The wording, clock and catalogue of this conversation. */
  guideFor(data: ConversationData, org: Organisation, caps: ChannelCapabilities): GuideContext {
    return {
      t: this.translator(localeFor(data.language, data.script)),
      language: data.language,
      dateLocale: data.script === 'Latn' ? 'en-GB' : data.language,
      now: this.deps.clock(),
      catalogue: this.deps.catalogue,
      org: { id: org.id, name: org.name, adviceLinePhone: org.adviceLine.phone, preferRegion: org.preferRegion },
      keepHours: this.deps.keepHours,
      shared: !caps.private,
    };
  }

  /** A fresh outbox for this channel, sending through the adapter. */
  outboxFor(context: TurnContext, caps: ChannelCapabilities): Outbox {
    return new Outbox(caps, async (activities) => void (await context.sendActivities(activities)), { shortLink: this.deps.shortLink });
  }

  /** Load state → understand → choose the language → the Turn the dialogs will read. */
  async start(context: TurnContext, text: string, risk: RiskAssessment): Promise<TurnRun> {
    const { activity } = context;
    const data = await this.store.load(context, supportedLocale(activity.locale) ?? 'en', this.orgFromActivity(context));
    const caps = capabilitiesFor(activity.channelId, activity.conversation?.conversationType);
    const isMessage = activity.type === 'message';
    const understanding = isMessage ? await this.understand(text.slice(0, this.deps.maxMessageChars), data, activity.locale) : EMPTY_UNDERSTANDING;
    data.language = data.languageChosen
      ? data.language
      : chooseAnswerLanguage(understanding.language, {
          conversationLanguage: data.welcomed ? data.language : undefined,
          localeHint: activity.locale,
          atRisk: riskRank(risk.level) >= riskRank('urgent'),
        });
    if (understanding.language.romanised) data.romanisedUrdu = true;
    // Roman Urdu is answered in Roman Urdu (until they choose Urdu script or another language); Urdu script in Urdu script.
    if (!data.languageChosen && data.language === 'ur' && understanding.language.code === 'ur')
      data.script = understanding.language.romanised ? 'Latn' : undefined;
    const previousRisk = data.risk;
    const carried = riskRank(previousRisk) >= riskRank('urgent') && riskRank(risk.level) < riskRank(previousRisk) ? { ...risk, level: previousRisk } : risk;
    data.risk = risk.level;
    data.riskVersions = riskVersionsOf(risk);
    const org = this.organisation(data);
    const guide = watchGuide(this.guideFor(data, org, caps), data);
    const outbox = this.outboxFor(context, caps);
    // No hand-off session when the turn began (turnLease.ts proved it): the bot's lines are kept only once one starts.
    const handoffAbsent = handoffProvedAbsent(context);
    const desk = handoffAbsent ? linesOnceHandedOff(this.deps.handoff, () => turn.data.handoff) : this.deps.handoff;
    const turn: Turn = {
      reply: { text, choice: resolveChoice(text, activity.value, data.lastChoices), understanding },
      risk,
      previousRisk,
      data,
      guide,
      org,
      person: { conversationKey: conversationKeyOf(context), reference: TurnContext.getConversationReference(activity), channel: caps.kind },
      returning: Boolean(data.lastActiveAt) && guide.now.getTime() - Date.parse(data.lastActiveAt ?? '') > RETURN_AFTER_MS,
      say: sayInto(outbox, desk, () => turn),
    };
    if (isMessage) rememberLine(data, { from: 'person', text: text.slice(0, this.deps.maxMessageChars), at: guide.now.getTime() });
    const run = new TurnRun(turn, understanding, caps, outbox, carried);
    run.handoffAbsent = handoffAbsent;
    run.attach(context);
    return run;
  }

  private async understand(text: string, data: ConversationData, locale: string | undefined): Promise<Understanding> {
    try {
      return await this.deps.recognizer.recognize(text, { conversationLanguage: data.welcomed ? data.language : undefined, localeHint: locale ?? undefined });
    } catch (error) {
      // Understanding is a convenience; the conversation goes on with choices only.
      this.deps.logger.warn({ err: String(error) }, 'recognizer failed');
      return EMPTY_UNDERSTANDING;
    }
  }

  /**
   * While someone waits for or talks to a person, their message is kept for the advisor and new
   * risk flagged, before anything else can fail. Returns the hand-off phase.
   */
  async relayToAdvisor(run: TurnRun, text: string, isMessage: boolean): Promise<'queued' | 'connected' | undefined> {
    const { turn } = run;
    const phase = run.handoffAbsent ? undefined : await this.deps.handoff.phase(turn.person.conversationKey);
    if (isMessage && phase) await this.deps.handoff.personMessage(turn.person.conversationKey, text, turn.risk);
    turn.data.handoff = phase ?? (turn.data.handoff === 'queued' || turn.data.handoff === 'connected' ? 'ended' : turn.data.handoff);
    return phase;
  }

  /**
   * STOP, START and HELP on SMS, answered alone. STOP also takes them out of the queue or ends
   * their chat with the advisor (who sees the STOP): no one can text them any more.
   */
  async smsKeyword(run: TurnRun, phase: 'queued' | 'connected' | undefined): Promise<boolean> {
    const { turn } = run;
    if (run.caps.kind !== 'sms' || !handleSmsKeyword(run.understanding.command, turn)) return false;
    if (turn.data.smsStopped && phase) {
      await this.deps.handoff.leave(turn.person.conversationKey);
      turn.data.handoff = 'ended';
    }
    return true;
  }

  /** After SMS STOP nothing is sent, but the advice line still hears of danger. */
  tellAdviceLineAfterStop(run: TurnRun, phase: string | undefined): void {
    const { turn, caps } = run;
    if (!turn.data.smsStopped || riskRank(turn.risk.level) < riskRank('urgent') || phase) return;
    const { level, categories } = turn.risk;
    this.deps.notifyUrgent?.({
      conversationKey: turn.person.conversationKey,
      org: turn.org.id,
      level,
      categories,
      channel: caps.kind,
      language: turn.guide.language,
      reason: 'risk_after_stop',
    });
  }

  /** Saved once a turn; nothing of the person is written back after "delete my data". */
  async save(context: TurnContext, run: TurnRun): Promise<void> {
    if (run.erased) return;
    run.turn.data.lastActiveAt = run.turn.guide.now.toISOString();
    await this.store.save(context);
    run.saved = true;
  }

  /**
   * A turn with any risk saves and sends at once: the crisis reply never waits for storage. Any
   * other turn saves first and sends once saved, so a crash between the two cannot leave the
   * person having seen replies the stored state knows nothing of (they would be asked again).
   * A failed save still fails the turn (the fail-safe speaks). The person texted STOP to Twilio
   * itself (error 21610): that is our STOP.
   */
  async finish(context: TurnContext, run: TurnRun): Promise<void> {
    countTurn(context, run, this.deps.insight, this.deps.logger);
    const atRisk = riskRank(run.carried.level) > riskRank('none') || Boolean(run.turn.risk.failure);
    if (!atRisk) await this.save(context, run);
    const [saved, sent] = await Promise.allSettled([atRisk ? this.save(context, run) : Promise.resolve(), run.outbox.flush()]);
    if (saved.status === 'rejected') throw saved.reason;
    if (sent.status === 'fulfilled') return;
    if (run.caps.kind !== 'sms' || !isUnsubscribedRecipientError(sent.reason)) throw sent.reason;
    run.turn.data.smsStopped = true;
    this.deps.logger.info({ conversation: run.turn.person.conversationKey }, 'sms recipient unsubscribed: sending stopped');
    await this.save(context, run);
  }

  /** "delete my data": every registered store, then a fresh start that is never saved this turn. */
  async erase(context: TurnContext): Promise<void> {
    const run = TurnRun.of(context);
    if (!run) throw new Error('erase outside a turn');
    // Marked before erasing: if one store fails, what the others erased must not be written back.
    run.erased = true;
    const { data } = run.turn;
    await this.deps.erasure.erase({ conversationKey: run.turn.person.conversationKey, storageKeys: [this.store.storageKey(context)] });
    Object.assign(data, { ...newConversationData(data.language, data.org), welcomed: true });
  }
}
