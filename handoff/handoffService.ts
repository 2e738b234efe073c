/**
 * The hand-off between a person talking to the bot and an advisor of their
 * organisation's advice line. It holds who waits and who is connected, keeps
 * what the person types while waiting or connected (nothing is lost), relays
 * advisor messages to the person's channel, and returns conversations to the
 * queue when an advisor's console goes silent.
 *
 * Pure domain: no botbuilder. The person's channel is reached through a
 * PersonRelay (the bot's edge uses the stored conversation reference).
 * Hand-offs live in a HandoffSessionStore and console events go through DeskEvents: in
 * process by default, on Redis when several instances act as one advice line.
 */
import { riskRank, maxRisk, type RiskCategory, type RiskLevel } from '../core/risk';
import type { AdvisorDesk, AdvisorIdentity, ClaimResult, DeskEvent, HandoffSummary, TranscriptLine } from './advisorDesk';
import type { HandoffDesk, HandoffOutcome, HandoffRequest } from './desk';
import { InProcessDeskEvents, type DeskEvents } from './deskEvents';
import { adviceLineOpen, nextOpening } from './orgs';
import { languageCovered, type AdvisorPresence } from './presence';
import type { HandoffQueue } from './queue';
import { InProcessSessionStore, type HandoffSessionStore, type StoredHandoff } from './sessionStore';

/** What the person is told about their hand-off, in their channel and language. */
export type PersonNotice =
  | { type: 'joined'; advisorName: string }
  | { type: 'message'; advisorName: string; text: string }
  /** `risk` and `categories`: the highest the hand-off saw, so the person gets the crisis contacts again. */
  | { type: 'ended'; advisorName: string; risk?: RiskLevel; categories?: RiskCategory[] }
  | { type: 'requeued' }
  | { type: 'waiting_long' };

export interface PersonRelay {
  deliver(conversationKey: string, reference: unknown, notice: PersonNotice): Promise<void>;
}

/** An urgent or emergency hand-off the advice line should hear about at once. No personal text. */
export interface UrgentHandoff {
  conversationKey: string;
  org: string;
  level: RiskLevel;
  categories: RiskCategory[];
  channel: string;
  language: string;
  reason: 'handoff' | 'risk_during_handoff' | 'risk_after_stop';
}

export interface HandoffServiceOptions {
  queue: HandoffQueue;
  presence: AdvisorPresence;
  relay: PersonRelay;
  now: () => number;
  /** Queued longer than this: the person is told what else they can do (once). */
  waitMs: number;
  /** A claimed conversation whose advisor has been silent this long goes back to the queue. */
  heartbeatTimeoutMs: number;
  /** Where hand-offs are held; in process by default. */
  sessions?: HandoffSessionStore;
  /** How console events travel; in process by default. */
  events?: DeskEvents;
  onUrgent?: (handoff: UrgentHandoff) => void;
  /** Relay and listener failures, without personal data. */
  onError?: (what: string, error: unknown) => void;
}

export type { StoredHandoff } from './sessionStore';

const MAX_LINES = 500;
const MAX_LINE_CHARS = 4000;

export class HandoffService implements HandoffDesk, AdvisorDesk {
  readonly sessions: HandoffSessionStore;
  private readonly events: DeskEvents;

  constructor(readonly options: HandoffServiceOptions) {
    this.sessions = options.sessions ?? new InProcessSessionStore();
    this.events = options.events ?? new InProcessDeskEvents(options.onError);
  }

  // --- The person's side -------------------------------------------------

  async request(request: HandoffRequest): Promise<HandoffOutcome> {
    const now = request.now;
    const key = request.conversationKey;
    if (!adviceLineOpen(request.org, now)) return { status: 'closed', opensAt: nextOpening(request.org, now) };
    const existing = await this.sessions.get(key);
    if (existing?.phase === 'connected') return { status: 'connected', advisorName: existing.advisor?.name ?? '' };
    const online = await this.options.presence.online(request.org.id, now.getTime());
    if (!existing && !request.anyLanguage && !languageCovered(request.language, online)) return { status: 'no_language' };
    const position = await this.options.queue.join({
      conversationKey: key,
      org: request.org.id,
      risk: request.risk,
      language: request.language,
      joinedAt: now.getTime(),
    });
    const outcome = await this.sessions.update<{ connected?: StoredHandoff; created?: StoredHandoff }>(key, (current) => {
      // Claimed on another instance meanwhile: connected it stays.
      if (current?.phase === 'connected') return { result: { connected: current } };
      const next: StoredHandoff = {
        ...(current ?? { during: [], unread: 0, toldWaitingLong: false, joinedAt: now.getTime(), phase: 'queued' as const, queuedRisk: request.risk }),
        conversationKey: key,
        org: request.org.id,
        risk: maxRisk(current?.risk ?? 'none', request.risk),
        categories: request.categories ?? current?.categories ?? [],
        topics: request.topics ?? [],
        language: request.language,
        district: request.district,
        channel: request.channel ?? 'webchat',
        reference: request.reference ?? current?.reference,
      };
      return { next, result: { created: current ? undefined : next } };
    });
    if (outcome.connected) {
      await this.options.queue.leave(key);
      return { status: 'connected', advisorName: outcome.connected.advisor?.name ?? '' };
    }
    if (outcome.created && riskRank(request.risk) >= riskRank('urgent')) this.urgent(outcome.created, 'handoff');
    this.emit({ type: 'queue', org: request.org.id });
    return { status: 'queued', position };
  }

  async leave(conversationKey: string): Promise<boolean> {
    const session = await this.remove(conversationKey);
    const left = await this.options.queue.leave(conversationKey);
    if (!session) return left;
    this.emit(session.phase === 'connected' ? { type: 'ended', org: session.org, conversationKey, reason: 'person' } : { type: 'queue', org: session.org });
    return true;
  }

  /** Where the person's hand-off stands: undefined when there is none. */
  async phase(conversationKey: string): Promise<'queued' | 'connected' | undefined> {
    return (await this.sessions.get(conversationKey))?.phase;
  }

  async position(conversationKey: string): Promise<number | undefined> {
    return this.options.queue.position(conversationKey);
  }

  /**
   * A message from a person who is waiting or connected: kept for the advisor,
   * and any new risk flagged to them (and to the advice line when urgent).
   */
  async personMessage(conversationKey: string, text: string, risk: { level: RiskLevel; categories: RiskCategory[] }): Promise<boolean> {
    const line: TranscriptLine = { from: 'person', text: text.slice(0, MAX_LINE_CHARS), at: this.options.now() };
    const risky = riskRank(risk.level) > riskRank('none');
    // Called first, without an await before it: in process the line is kept before this returns.
    const outcome = await this.sessions.update(conversationKey, (session) => {
      if (!session) return { result: undefined };
      if (!text && !risky) return { result: { session, raised: false } };
      if (text) addLine(session, line);
      const raised = riskRank(risk.level) > riskRank(session.risk);
      if (risky) {
        session.risk = maxRisk(session.risk, risk.level);
        session.categories = [...new Set([...session.categories, ...risk.categories])];
      }
      return { next: session, result: { session, raised } };
    });
    if (!outcome) return false;
    const { session, raised } = outcome;
    if (risky) {
      this.emit({ type: 'risk', org: session.org, conversationKey, level: risk.level, categories: risk.categories });
      if (raised && riskRank(risk.level) >= riskRank('urgent')) this.urgent(session, 'risk_during_handoff');
      // A person still waiting moves up the queue with their new level.
      if (session.phase === 'queued') {
        await this.options.queue
          .join({ conversationKey, org: session.org, risk: session.risk, language: session.language, joinedAt: session.joinedAt })
          .catch((error: unknown) => this.options.onError?.('queue', error));
      }
    }
    if (text) this.emit({ type: 'message', org: session.org, conversationKey, line });
    return true;
  }

  /** A bot message said during the hand-off (e.g. crisis numbers while waiting): the advisor sees it too. */
  botMessage(conversationKey: string, text: string): void {
    if (!text) return;
    const line: TranscriptLine = { from: 'bot', text: text.slice(0, MAX_LINE_CHARS), at: this.options.now() };
    this.sessions
      .update(conversationKey, (session) => (session ? { next: addLine(session, line), result: undefined } : { result: undefined }))
      .catch((error: unknown) => this.options.onError?.('bot line', error));
  }

  /** The person agreed (or not) that the advisor may read what they told the bot before. */
  shareTranscript(conversationKey: string, lines: TranscriptLine[] | undefined): void {
    this.sessions
      .update(conversationKey, (session) => {
        if (!session) return { result: undefined };
        session.before = lines?.slice(-MAX_LINES);
        return { next: session, result: session.org };
      })
      .then((org) => org && this.emit({ type: 'queue', org }))
      .catch((error: unknown) => this.options.onError?.('consent', error));
  }

  /** "Delete my data": the hand-off and everything kept for it go. */
  async erase(conversationKey: string): Promise<void> {
    const session = await this.remove(conversationKey);
    await this.options.queue.leave(conversationKey);
    if (!session) return;
    this.emit({ type: 'ended', org: session.org, conversationKey, reason: 'erased' });
  }

  // --- The advisor's side ------------------------------------------------

  async list(org: string): Promise<HandoffSummary[]> {
    const [queued, sessions] = await Promise.all([this.options.queue.list(org), this.sessions.list(org)]);
    const order = new Map(queued.map((entry, i) => [entry.conversationKey, i]));
    return (
      sessions
        .filter((s) => s.org === org)
        // Connected first (an advisor is mid-conversation), then the queue's own order.
        .sort((a, b) =>
          a.phase === b.phase
            ? (order.get(a.conversationKey) ?? 0) - (order.get(b.conversationKey) ?? 0) || a.joinedAt - b.joinedAt
            : a.phase === 'connected'
              ? -1
              : 1,
        )
        .map((s) => summary(s))
    );
  }

  async claim(conversationKey: string, advisor: AdvisorIdentity): Promise<ClaimResult> {
    // One atomic check-and-set, across instances: of two claims, one wins.
    const outcome = await this.sessions.update<{ claim: ClaimResult; won?: StoredHandoff }>(conversationKey, (session) => {
      if (!session) return { result: { claim: 'gone' } };
      if (session.org !== advisor.org) return { result: { claim: 'forbidden' } };
      if (session.phase === 'connected') return { result: { claim: session.advisor?.id === advisor.id ? 'claimed' : 'taken' } };
      session.phase = 'connected';
      session.advisor = advisor;
      return { next: session, result: { claim: 'claimed', won: session } };
    });
    if (!outcome.won) return outcome.claim;
    await this.options.presence.seen(advisor, this.options.now());
    await this.options.queue.leave(conversationKey);
    this.emit({ type: 'queue', org: outcome.won.org });
    await this.tell(outcome.won, { type: 'joined', advisorName: advisor.name });
    return 'claimed';
  }

  async transcript(conversationKey: string, advisor: AdvisorIdentity): Promise<TranscriptLine[] | undefined> {
    return this.sessions.update(conversationKey, (session) => {
      if (!session || session.org !== advisor.org) return { result: undefined };
      // Only the advisor holding the conversation reads what is said in it.
      if (session.phase === 'connected' && session.advisor?.id !== advisor.id) return { result: undefined };
      const lines = [...(session.before ?? []), ...session.during];
      if (session.advisor?.id !== advisor.id || session.unread === 0) return { result: lines };
      session.unread = 0;
      return { next: session, result: lines };
    });
  }

  async send(conversationKey: string, advisor: AdvisorIdentity, text: string): Promise<boolean> {
    const session = await this.sessions.get(conversationKey);
    const message = text.trim().slice(0, MAX_LINE_CHARS);
    if (!session || !holds(session, advisor) || !message) return false;
    await this.options.presence.seen(advisor, this.options.now());
    const delivered = await this.tell(session, { type: 'message', advisorName: advisor.name, text: message });
    if (!delivered) return false;
    const line: TranscriptLine = { from: 'advisor', text: message, at: this.options.now() };
    await this.sessions.update(conversationKey, (current) =>
      current && holds(current, advisor) ? { next: addLine(current, line), result: undefined } : { result: undefined },
    );
    return true;
  }

  async end(conversationKey: string, advisor: AdvisorIdentity): Promise<boolean> {
    const session = await this.sessions.update(conversationKey, (current) =>
      current?.advisor?.id === advisor.id ? { next: null, result: current } : { result: undefined },
    );
    if (!session) return false;
    this.emit({ type: 'ended', org: session.org, conversationKey, reason: 'advisor' });
    await this.tell(session, { type: 'ended', advisorName: advisor.name, risk: session.risk, categories: session.categories });
    return true;
  }

  /** Applies at once in process (a caller that does not await still has the advisor present). */
  heartbeat(advisor: AdvisorIdentity): Promise<void> {
    return this.options.presence.seen(advisor, this.options.now());
  }

  async signOff(advisor: AdvisorIdentity): Promise<void> {
    await this.options.presence.gone(advisor.id);
    for (const session of await this.sessions.list(advisor.org)) {
      if (session.advisor?.id === advisor.id) await this.requeue(session.conversationKey, advisor.id);
    }
  }

  subscribe(org: string, listener: (event: DeskEvent) => void): () => void {
    return this.events.subscribe(org, listener);
  }

  // --- Across restarts (handoff/durable.ts) ---------------------------------

  /** Everything held, as copied data, when the store is in process (embedded storage); shared stores keep their own. */
  snapshot(): StoredHandoff[] {
    return this.sessions instanceof InProcessSessionStore ? this.sessions.snapshot() : [];
  }

  /** Puts back a snapshot's hand-offs, and the waiting ones in the queue at their old place (before any turn runs). */
  async restore(stored: StoredHandoff[]): Promise<void> {
    for (const session of stored) {
      const added = await this.sessions.update(session.conversationKey, (current) => (current ? { result: false } : { next: session, result: true }));
      if (!added || session.phase !== 'queued') continue;
      const { conversationKey, org, risk, language, joinedAt } = session;
      await this.options.queue.join({ conversationKey, org, risk, language, joinedAt });
    }
  }

  // --- Time passing --------------------------------------------------------

  /**
   * Run every few seconds (on every instance: each change is a check-and-set, so only one acts):
   * silent consoles give their conversations back; long waits are told what else they can do.
   */
  async sweep(): Promise<void> {
    const now = this.options.now();
    for (const session of await this.sessions.all()) {
      if (session.phase === 'connected' && session.advisor) {
        const seen = (await this.options.presence.lastSeen(session.advisor.id)) ?? 0;
        if (now - seen > this.options.heartbeatTimeoutMs) await this.requeue(session.conversationKey, session.advisor.id);
      } else if (session.phase === 'queued' && !session.toldWaitingLong && now - session.joinedAt >= this.options.waitMs) {
        const told = await this.sessions.update(session.conversationKey, (current) => {
          if (current?.phase !== 'queued' || current.toldWaitingLong) return { result: undefined };
          current.toldWaitingLong = true;
          return { next: current, result: current };
        });
        if (told) await this.tell(told, { type: 'waiting_long' });
      }
    }
  }

  /** Back to the queue, if `advisorId` still holds it (another instance's sweep may have been first). */
  private async requeue(conversationKey: string, advisorId: string): Promise<void> {
    const session = await this.sessions.update(conversationKey, (current) => {
      if (current?.phase !== 'connected' || current.advisor?.id !== advisorId) return { result: undefined };
      current.phase = 'queued';
      delete current.advisor;
      return { next: current, result: current };
    });
    if (!session) return;
    // Back at the place they had: joinedAt is kept, so they are near the front.
    await this.options.queue.join({ conversationKey, org: session.org, risk: session.risk, language: session.language, joinedAt: session.joinedAt });
    this.emit({ type: 'ended', org: session.org, conversationKey, reason: 'heartbeat' });
    this.emit({ type: 'queue', org: session.org });
    await this.tell(session, { type: 'requeued' });
  }

  private remove(conversationKey: string): Promise<StoredHandoff | undefined> {
    return this.sessions.update(conversationKey, (current) => (current ? { next: null, result: current } : { result: undefined }));
  }

  private async tell(session: StoredHandoff, notice: PersonNotice): Promise<boolean> {
    try {
      await this.options.relay.deliver(session.conversationKey, session.reference, notice);
      return true;
    } catch (error) {
      this.options.onError?.(`relay ${notice.type}`, error);
      return false;
    }
  }

  private urgent(session: StoredHandoff, reason: UrgentHandoff['reason']): void {
    try {
      this.options.onUrgent?.({
        conversationKey: session.conversationKey,
        org: session.org,
        level: session.risk,
        categories: session.categories,
        channel: session.channel,
        language: session.language,
        reason,
      });
    } catch (error) {
      this.options.onError?.('notify', error);
    }
  }

  private emit(event: DeskEvent): void {
    try {
      this.events.publish(event);
    } catch (error) {
      this.options.onError?.('event', error);
    }
  }
}

function holds(session: StoredHandoff, advisor: AdvisorIdentity): boolean {
  return session.phase === 'connected' && session.advisor?.id === advisor.id;
}

function addLine(session: StoredHandoff, line: TranscriptLine): StoredHandoff {
  session.during.push(line);
  if (session.during.length > MAX_LINES) session.during.splice(0, session.during.length - MAX_LINES);
  if (line.from === 'person') session.unread++;
  return session;
}

function summary(s: StoredHandoff): HandoffSummary {
  return {
    conversationKey: s.conversationKey,
    org: s.org,
    phase: s.phase,
    risk: s.risk,
    categories: s.categories,
    topics: s.topics,
    language: s.language,
    district: s.district,
    channel: s.channel,
    joinedAt: s.joinedAt,
    transcriptShared: Boolean(s.before),
    advisorId: s.advisor?.id,
    advisorName: s.advisor?.name,
    newRisk: riskRank(s.risk) > riskRank(s.queuedRisk) ? s.risk : undefined,
    unread: s.unread,
  };
}
