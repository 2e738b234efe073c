/** An in-memory AdvisorDesk for the console's tests: atomic claims, org checks, events. */
import type { AdvisorDesk, AdvisorIdentity, ClaimResult, DeskEvent, HandoffSummary, TranscriptLine } from '../../handoff/advisorDesk';

export function summary(fields: Partial<HandoffSummary> & { conversationKey: string; org: string }): HandoffSummary {
  return {
    phase: 'queued',
    risk: 'none',
    categories: [],
    topics: [],
    language: 'en',
    channel: 'webchat',
    joinedAt: 0,
    transcriptShared: false,
    unread: 0,
    ...fields,
  };
}

export class FakeDesk implements AdvisorDesk {
  readonly conversations = new Map<string, HandoffSummary>();
  readonly lines = new Map<string, TranscriptLine[]>();
  readonly sent: Array<{ conversationKey: string; advisorId: string; text: string }> = [];
  readonly heartbeats: string[] = [];
  readonly signedOff: string[] = [];
  private readonly listeners = new Set<{ org: string; listener: (event: DeskEvent) => void }>();

  add(fields: Partial<HandoffSummary> & { conversationKey: string; org: string }, lines: TranscriptLine[] = []): this {
    this.conversations.set(fields.conversationKey, summary(fields));
    this.lines.set(fields.conversationKey, lines);
    return this;
  }

  async list(org: string): Promise<HandoffSummary[]> {
    return [...this.conversations.values()].filter((c) => c.org === org);
  }

  async claim(conversationKey: string, advisor: AdvisorIdentity): Promise<ClaimResult> {
    const c = this.conversations.get(conversationKey);
    if (!c) return 'gone';
    if (c.org !== advisor.org) return 'forbidden';
    if (c.phase !== 'queued') return 'taken';
    // Decided synchronously: of two claims, the first to get here wins.
    this.conversations.set(conversationKey, { ...c, phase: 'connected', advisorId: advisor.id, advisorName: advisor.name });
    this.emit({ type: 'queue', org: c.org });
    return 'claimed';
  }

  private holds(conversationKey: string, advisor: AdvisorIdentity): boolean {
    const c = this.conversations.get(conversationKey);
    return Boolean(c && c.org === advisor.org && c.advisorId === advisor.id);
  }

  async transcript(conversationKey: string, advisor: AdvisorIdentity): Promise<TranscriptLine[] | undefined> {
    return this.holds(conversationKey, advisor) ? this.lines.get(conversationKey) : undefined;
  }

  async send(conversationKey: string, advisor: AdvisorIdentity, text: string): Promise<boolean> {
    if (!this.holds(conversationKey, advisor)) return false;
    this.sent.push({ conversationKey, advisorId: advisor.id, text });
    return true;
  }

  async end(conversationKey: string, advisor: AdvisorIdentity): Promise<boolean> {
    if (!this.holds(conversationKey, advisor)) return false;
    const c = this.conversations.get(conversationKey)!;
    this.conversations.delete(conversationKey);
    this.emit({ type: 'ended', org: c.org, conversationKey, reason: 'advisor' });
    return true;
  }

  async heartbeat(advisor: AdvisorIdentity): Promise<void> {
    this.heartbeats.push(advisor.id);
  }

  async signOff(advisor: AdvisorIdentity): Promise<void> {
    this.signedOff.push(advisor.id);
  }

  subscribe(org: string, listener: (event: DeskEvent) => void): () => void {
    const entry = { org, listener };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  emit(event: DeskEvent): void {
    for (const { org, listener } of this.listeners) if (org === event.org) listener(event);
  }
}
