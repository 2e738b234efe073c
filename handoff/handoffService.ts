/**
 * The hand-off between a person talking to the bot and an advisor of their
 * organisation's advice line. It holds who waits and who is connected, keeps
 * what the person types while waiting or connected (nothing is lost), relays
 * advisor messages to the person's channel, and returns conversations to the
 * queue when an advisor's console goes silent.
 *
 * Pure domain: no botbuilder. The person's channel is reached through a
 * PersonRelay (the bot's edge uses the stored conversation reference).
 */
import { riskRank, maxRisk, type RiskCategory, type RiskLevel } from '../core/risk';
import type { AdvisorDesk, AdvisorIdentity, ClaimResult, DeskEvent, HandoffSummary, TranscriptLine } from './advisorDesk';
import type { HandoffDesk, HandoffOutcome, HandoffRequest } from './desk';
import { adviceLineOpen, nextOpening } from './orgs';
import { languageCovered, type AdvisorPresence } from './presence';
import type { HandoffQueue } from './queue';

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
  onUrgent?: (handoff: UrgentHandoff) => void;
  /** Relay and listener failures, without personal data. */
  onError?: (what: string, error: unknown) => void;
}

/** What the summary shows, plus what only the service keeps (derived fields like `newRisk` are computed). */
interface Session extends Pick<
  HandoffSummary,
  'conversationKey' | 'org' | 'phase' | 'risk' | 'categories' | 'topics' | 'language' | 'district' | 'channel' | 'joinedAt' | 'unread'
> {
  queuedRisk: RiskLevel;
  reference: unknown;
  /** Shared only with the person's consent. */
  before?: TranscriptLine[];
  /** Since the hand-off began: the advisor always sees these. */
  during: TranscriptLine[];
  advisor?: AdvisorIdentity;
  toldWaitingLong: boolean;
}

/** A hand-off as the durable copy keeps it (plain JSON: the reference is a ConversationReference). */
export type StoredHandoff = Session;

const MAX_LINES = 500;
const MAX_LINE_CHARS = 4000;

export class HandoffService implements HandoffDesk, AdvisorDesk {
  private readonly sessions = new Map<string, Session>();
  private readonly listeners = new Map<string, Set<(event: DeskEvent) => void>>();

  constructor(readonly options: HandoffServiceOptions) {}

  // --- The person's side -------------------------------------------------

  async request(request: HandoffRequest): Promise<HandoffOutcome> {
    const now = request.now;
    if (!adviceLineOpen(request.org, now)) return { status: 'closed', opensAt: nextOpening(request.org, now) };
    const existing = this.sessions.get(request.conversationKey);
    if (existing?.phase === 'connected') return { status: 'connected', advisorName: existing.advisor?.name ?? '' };
    const online = this.options.presence.online(request.org.id, now.getTime());
    if (!existing && !request.anyLanguage && !languageCovered(request.language, online)) return { status: 'no_language' };
    const position = await this.options.queue.join({
      conversationKey: request.conversationKey,
      org: request.org.id,
      risk: request.risk,
      language: request.language,
      joinedAt: now.getTime(),
    });
    const risk = maxRisk(existing?.risk ?? 'none', request.risk);
    this.sessions.set(request.conversationKey, {
      ...(existing ?? { during: [], unread: 0, toldWaitingLong: false, joinedAt: now.getTime(), phase: 'queued' as const, queuedRisk: request.risk }),
      conversationKey: request.conversationKey,
      org: request.org.id,
      risk,
      categories: request.categories ?? existing?.categories ?? [],
      topics: request.topics ?? [],
      language: request.language,
      district: request.district,
      channel: request.channel ?? 'webchat',
      reference: request.reference ?? existing?.reference,
    });
    if (!existing && riskRank(request.risk) >= riskRank('urgent')) this.urgent(this.sessions.get(request.conversationKey)!, 'handoff');
    this.emit(request.org.id, { type: 'queue', org: request.org.id });
    return { status: 'queued', position };
  }

  async leave(conversationKey: string): Promise<boolean> {
    const session = this.sessions.get(conversationKey);
    const left = await this.options.queue.leave(conversationKey);
    if (!session) return left;
    this.sessions.delete(conversationKey);
    this.emit(
      session.org,
      session.phase === 'connected' ? { type: 'ended', org: session.org, conversationKey, reason: 'person' } : { type: 'queue', org: session.org },
    );
    return true;
  }

  /** Where the person's hand-off stands: undefined when there is none. */
  phase(conversationKey: string): 'queued' | 'connected' | undefined {
    return this.sessions.get(conversationKey)?.phase;
  }

  async position(conversationKey: string): Promise<number | undefined> {
    return this.options.queue.position(conversationKey);
  }

  /**
   * A message from a person who is waiting or connected: kept for the advisor,
   * and any new risk flagged to them (and to the advice line when urgent).
   */
  personMessage(conversationKey: string, text: string, risk: { level: RiskLevel; categories: RiskCategory[] }): boolean {
    const session = this.sessions.get(conversationKey);
    if (!session) return false;
    const line: TranscriptLine = { from: 'person', text: text.slice(0, MAX_LINE_CHARS), at: this.options.now() };
    if (text) this.addLine(session, line);
    if (riskRank(risk.level) > riskRank('none')) {
      const raised = riskRank(risk.level) > riskRank(session.risk);
      session.risk = maxRisk(session.risk, risk.level);
      session.categories = [...new Set([...session.categories, ...risk.categories])];
      this.emit(session.org, { type: 'risk', org: session.org, conversationKey, level: risk.level, categories: risk.categories });
      if (raised && riskRank(risk.level) >= riskRank('urgent')) this.urgent(session, 'risk_during_handoff');
      // A person still waiting moves up the queue with their new level.
      if (session.phase === 'queued') {
        void this.options.queue.join({ conversationKey, org: session.org, risk: session.risk, language: session.language, joinedAt: session.joinedAt });
      }
    }
    if (text) this.emit(session.org, { type: 'message', org: session.org, conversationKey, line });
    return true;
  }

  /** A bot message said during the hand-off (e.g. crisis numbers while waiting): the advisor sees it too. */
  botMessage(conversationKey: string, text: string): void {
    const session = this.sessions.get(conversationKey);
    if (session && text) this.addLine(session, { from: 'bot', text: text.slice(0, MAX_LINE_CHARS), at: this.options.now() });
  }

  /** The person agreed (or not) that the advisor may read what they told the bot before. */
  shareTranscript(conversationKey: string, lines: TranscriptLine[] | undefined): void {
    const session = this.sessions.get(conversationKey);
    if (!session) return;
    session.before = lines?.slice(-MAX_LINES);
    this.emit(session.org, { type: 'queue', org: session.org });
  }

  /** "Delete my data": the hand-off and everything kept for it go. */
  async erase(conversationKey: string): Promise<void> {
    const session = this.sessions.get(conversationKey);
    await this.options.queue.leave(conversationKey);
    if (!session) return;
    this.sessions.delete(conversationKey);
    this.emit(session.org, { type: 'ended', org: session.org, conversationKey, reason: 'erased' });
  }

  // --- The advisor's side ------------------------------------------------

  async list(org: string): Promise<HandoffSummary[]> {
    const queued = await this.options.queue.list(org);
    const order = new Map(queued.map((entry, i) => [entry.conversationKey, i]));
    return (
      [...this.sessions.values()]
        .filter((s) => s.org === org)
        // Connected first (an advisor is mid-conversation), then the queue's own order.
        .sort((a, b) => (a.phase === b.phase ? (order.get(a.conversationKey) ?? 0) - (order.get(b.conversationKey) ?? 0) : a.phase === 'connected' ? -1 : 1))
        .map((s) => this.summary(s))
    );
  }

  async claim(conversationKey: string, advisor: AdvisorIdentity): Promise<ClaimResult> {
    // No await before the check-and-set: of two claims, the first to run wins.
    const session = this.sessions.get(conversationKey);
    if (!session) return 'gone';
    if (session.org !== advisor.org) return 'forbidden';
    if (session.phase === 'connected') return session.advisor?.id === advisor.id ? 'claimed' : 'taken';
    session.phase = 'connected';
    session.advisor = advisor;
    this.options.presence.seen(advisor, this.options.now());
    await this.options.queue.leave(conversationKey);
    this.emit(session.org, { type: 'queue', org: session.org });
    await this.tell(session, { type: 'joined', advisorName: advisor.name });
    return 'claimed';
  }

  async transcript(conversationKey: string, advisor: AdvisorIdentity): Promise<TranscriptLine[] | undefined> {
    const session = this.sessions.get(conversationKey);
    if (!session || session.org !== advisor.org) return undefined;
    // Only the advisor holding the conversation reads what is said in it.
    if (session.phase === 'connected' && session.advisor?.id !== advisor.id) return undefined;
    if (session.advisor?.id === advisor.id) session.unread = 0;
    return [...(session.before ?? []), ...session.during];
  }

  async send(conversationKey: string, advisor: AdvisorIdentity, text: string): Promise<boolean> {
    const session = this.sessions.get(conversationKey);
    const message = text.trim().slice(0, MAX_LINE_CHARS);
    if (!session || session.phase !== 'connected' || session.advisor?.id !== advisor.id || !message) return false;
    this.options.presence.seen(advisor, this.options.now());
    const delivered = await this.tell(session, { type: 'message', advisorName: advisor.name, text: message });
    if (delivered) this.addLine(session, { from: 'advisor', text: message, at: this.options.now() });
    return delivered;
  }

  async end(conversationKey: string, advisor: AdvisorIdentity): Promise<boolean> {
    const session = this.sessions.get(conversationKey);
    if (!session || session.advisor?.id !== advisor.id) return false;
    this.sessions.delete(conversationKey);
    this.emit(session.org, { type: 'ended', org: session.org, conversationKey, reason: 'advisor' });
    await this.tell(session, { type: 'ended', advisorName: advisor.name, risk: session.risk, categories: session.categories });
    return true;
  }

  heartbeat(advisor: AdvisorIdentity): void {
    this.options.presence.seen(advisor, this.options.now());
  }

  async signOff(advisor: AdvisorIdentity): Promise<void> {
    this.options.presence.gone(advisor.id);
    for (const session of this.sessions.values()) {
      if (session.advisor?.id === advisor.id) await this.requeue(session);
    }
  }

  subscribe(org: string, listener: (event: DeskEvent) => void): () => void {
    const set = this.listeners.get(org) ?? new Set();
    set.add(listener);
    this.listeners.set(org, set);
    return () => void set.delete(listener);
  }

  // --- Across restarts (handoff/durable.ts) ---------------------------------

  /** Everything held, as plain copied data, so a restart finds the same people waiting and connected. */
  snapshot(): StoredHandoff[] {
    return [...this.sessions.values()].map((session) => structuredClone(session));
  }

  /** Puts back a snapshot's hand-offs, and the waiting ones in the queue at their old place (before any turn runs). */
  async restore(stored: StoredHandoff[]): Promise<void> {
    for (const session of stored) {
      if (this.sessions.has(session.conversationKey)) continue;
      this.sessions.set(session.conversationKey, structuredClone(session));
      if (session.phase !== 'queued') continue;
      const { conversationKey, org, risk, language, joinedAt } = session;
      await this.options.queue.join({ conversationKey, org, risk, language, joinedAt });
    }
  }

  // --- Time passing --------------------------------------------------------

  /** Run every few seconds: silent consoles give their conversations back; long waits are told what else they can do. */
  async sweep(): Promise<void> {
    const now = this.options.now();
    for (const session of [...this.sessions.values()]) {
      if (session.phase === 'connected' && session.advisor) {
        const seen = this.options.presence.lastSeen(session.advisor.id) ?? 0;
        if (now - seen > this.options.heartbeatTimeoutMs) await this.requeue(session);
      } else if (session.phase === 'queued' && !session.toldWaitingLong && now - session.joinedAt >= this.options.waitMs) {
        session.toldWaitingLong = true;
        await this.tell(session, { type: 'waiting_long' });
      }
    }
  }

  private async requeue(session: Session): Promise<void> {
    const advisor = session.advisor;
    session.phase = 'queued';
    session.advisor = undefined;
    // Back at the place they had: joinedAt is kept, so they are near the front.
    await this.options.queue.join({
      conversationKey: session.conversationKey,
      org: session.org,
      risk: session.risk,
      language: session.language,
      joinedAt: session.joinedAt,
    });
    this.emit(session.org, { type: 'ended', org: session.org, conversationKey: session.conversationKey, reason: 'heartbeat' });
    this.emit(session.org, { type: 'queue', org: session.org });
    if (advisor) await this.tell(session, { type: 'requeued' });
  }

  private summary(s: Session): HandoffSummary {
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

  private addLine(session: Session, line: TranscriptLine): void {
    session.during.push(line);
    if (session.during.length > MAX_LINES) session.during.splice(0, session.during.length - MAX_LINES);
    if (line.from === 'person') session.unread++;
  }

  private async tell(session: Session, notice: PersonNotice): Promise<boolean> {
    try {
      await this.options.relay.deliver(session.conversationKey, session.reference, notice);
      return true;
    } catch (error) {
      this.options.onError?.(`relay ${notice.type}`, error);
      return false;
    }
  }

  private urgent(session: Session, reason: UrgentHandoff['reason']): void {
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

  private emit(org: string, event: DeskEvent): void {
    for (const listener of this.listeners.get(org) ?? []) {
      try {
        listener(event);
      } catch (error) {
        this.options.onError?.('listener', error);
      }
    }
  }
}
