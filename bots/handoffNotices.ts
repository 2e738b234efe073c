/**
 * Turns the hand-off starts, not the person: an advisor joined, wrote or
 * left, a long wait, an agent hub's status. Told in the person's language,
 * through the same outbox, saved, then sent.
 */
import type { TurnContext } from 'botbuilder';
import { capabilitiesFor } from '../channels/capabilities';
import type { Content } from '../channels/content';
import type { ConversationData } from '../conversation/state';
import type { GuideContext } from '../conversation/context';
import type { PersonNotice } from '../handoff/handoffService';
import type { Organisation } from '../handoff/orgs';
import { maxRisk } from '../core/risk';
import { contactsAgain } from '../dialogs/outOfHoursWords';
import { conversationKeyOf } from './conversationKeys';
import type { ConversationStore } from './conversationStore';
import type { CarerBotDeps } from './deps';
import { sayInto } from './turnRun';
import type { TurnSteps } from './turnSteps';

/**
 * Never a dead end after a person leaves: if risk was raised in the hand-off, or the crisis the
 * conversation remembers, the contacts that fit it are shown again.
 */
function afterwards(data: ConversationData, guide: GuideContext, org: Organisation, notice?: PersonNotice): Content[] {
  const fromHandoff = notice?.type === 'ended' ? notice : undefined;
  const level = maxRisk(fromHandoff?.risk ?? 'none', data.crisis?.level ?? 'none');
  const categories = [...new Set([...(fromHandoff?.categories ?? []), ...(data.crisis?.categories ?? [])])];
  const young = data.situation.age !== undefined && data.situation.age < 18;
  return contactsAgain({ level, categories }, { t: guide.t, language: guide.language, nation: data.situation.nation, org: org.name, young });
}

function noticeContents(notice: PersonNotice, t: GuideContext['t'], org: Organisation): { handoff?: ConversationData['handoff']; contents: Content[] } {
  const leave = [{ value: 'leave_queue', label: t('handoff.leave') }];
  switch (notice.type) {
    case 'joined':
      return { handoff: 'connected', contents: [{ kind: 'text', text: t('handoff.connected', { name: notice.advisorName, org: org.name }) }] };
    case 'message':
      return { handoff: 'connected', contents: [{ kind: 'text', text: t('handoff.advisorSays', { name: notice.advisorName, text: notice.text }) }] };
    case 'ended':
      return { handoff: 'ended', contents: [{ kind: 'text', text: t('handoff.ended', { name: notice.advisorName }) }] };
    case 'requeued':
      return { handoff: 'queued', contents: [{ kind: 'text', text: t('handoff.requeued', { org: org.name }), choices: leave }] };
    case 'waiting_long':
      return { contents: [{ kind: 'text', text: t('handoff.waitingLong', { org: org.name, phone: org.adviceLine.phone }), choices: leave }] };
  }
}

export class HandoffNotices {
  constructor(
    private readonly deps: CarerBotDeps,
    private readonly store: ConversationStore,
    private readonly steps: TurnSteps,
  ) {}

  /** Speaks to the person outside their own turn: `contents` worded for their conversation. */
  private async speak(context: TurnContext, decide: (data: ConversationData, guide: GuideContext, org: Organisation) => Content[]): Promise<void> {
    const data = await this.store.load(context, 'en', this.steps.orgFromActivity(context));
    const org = this.steps.organisation(data);
    const caps = capabilitiesFor(context.activity.channelId, context.activity.conversation?.conversationType);
    const guide = this.steps.guideFor(data, org, caps);
    const outbox = this.steps.outboxFor(context, caps);
    const person = { conversationKey: conversationKeyOf(context), reference: undefined, channel: caps.kind };
    const say = sayInto(outbox, this.deps.handoff, () => ({ data, guide, person }));
    const contents = decide(data, guide, org);
    if (contents.length) say(contents);
    await this.store.save(context);
    await outbox.flush();
  }

  /** An advisor joined, wrote, left; the person was put back in the queue; a long wait. */
  async notice(context: TurnContext, notice: PersonNotice): Promise<void> {
    await this.speak(context, (data, guide, org) => {
      const { handoff, contents } = noticeContents(notice, guide.t, org);
      if (handoff) data.handoff = handoff;
      return notice.type === 'ended' ? [...contents, ...afterwards(data, guide, org, notice)] : contents;
    });
  }

  /** An agent hub's answer to handoff.initiate: accepted, failed or completed. */
  async hubStatus(context: TurnContext): Promise<void> {
    const value = context.activity.value as { state?: unknown } | undefined;
    const state = typeof value?.state === 'string' ? value.state : '';
    await this.speak(context, (data, guide, org) => {
      if (state === 'accepted') data.handoff = 'connected';
      if (state !== 'completed' && state !== 'failed') return [];
      data.handoff = 'ended';
      const key = state === 'failed' ? 'handoff.hubFailed' : 'handoff.hubEnded';
      return [{ kind: 'text', text: guide.t(key, { org: org.name, phone: org.adviceLine.phone }) }, ...afterwards(data, guide, org)];
    });
  }
}
