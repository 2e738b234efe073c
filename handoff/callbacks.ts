/**
 * Call-back requests taken out of hours: a phone number and a good time,
 * kept only for the call back and deleted after a set number of days, or
 * at once on "delete my data".
 */
export interface CallbackRequest {
  conversationKey: string;
  org: string;
  phone: string;
  when: string;
  language: string;
  /** Nobody free spoke their language: call with an interpreter. */
  interpreter?: boolean;
  createdAt: number;
}

export interface CallbackStore {
  add(request: CallbackRequest): Promise<void>;
  list(org: string, now: number): Promise<CallbackRequest[]>;
  eraseConversation(conversationKey: string): Promise<number>;
}

export class InProcessCallbackStore implements CallbackStore {
  private readonly requests: CallbackRequest[] = [];
  /** Told after a request is added or erased (the durable copy is written then). */
  onChange: () => void = () => undefined;

  constructor(private readonly keepMs: number) {}

  async add(request: CallbackRequest): Promise<void> {
    // A copy in and out, as a shared store would give: callers share no objects with it.
    this.requests.push({ ...request });
    this.onChange();
  }

  /** Every request held, for a restart (handoff/durable.ts). */
  snapshot(): CallbackRequest[] {
    return this.requests.map((r) => ({ ...r }));
  }

  restore(requests: CallbackRequest[]): void {
    this.requests.push(...requests.map((r) => ({ ...r })));
  }

  async list(org: string, now: number): Promise<CallbackRequest[]> {
    this.purge(now);
    return this.requests.filter((r) => r.org === org).map((r) => ({ ...r }));
  }

  async eraseConversation(conversationKey: string): Promise<number> {
    let removed = 0;
    for (let i = this.requests.length - 1; i >= 0; i--) {
      if (this.requests[i].conversationKey === conversationKey) {
        this.requests.splice(i, 1);
        removed++;
      }
    }
    if (removed) this.onChange();
    return removed;
  }

  private purge(now: number): void {
    for (let i = this.requests.length - 1; i >= 0; i--) {
      if (now - this.requests[i].createdAt > this.keepMs) this.requests.splice(i, 1);
    }
  }
}

/** A UK phone number typed any common way; returns it in one standard form. */
export function normaliseUkPhone(text: string): string | undefined {
  const digits = text.replace(/[\s().-]/g, '');
  const match = /^(?:\+44|0044|0)(\d{9,10})$/.exec(digits);
  return match ? `0${match[1]}` : undefined;
}
