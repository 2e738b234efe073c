/** The front desk of the hand-off: joins the queue when the advice line is open, says when it opens when not. */
import type { RiskLevel } from '../risk/types';
import { adviceLineOpen, nextOpening, type Organisation } from './orgs';
import type { HandoffQueue } from './queue';

export interface HandoffRequest {
  conversationKey: string;
  org: Organisation;
  risk: RiskLevel;
  language: string;
  now: Date;
}

export type HandoffOutcome = { status: 'queued'; position: number } | { status: 'closed'; opensAt?: Date };

export interface HandoffDesk {
  request(request: HandoffRequest): Promise<HandoffOutcome>;
  leave(conversationKey: string): Promise<boolean>;
}

export class QueueDesk implements HandoffDesk {
  constructor(private readonly queue: HandoffQueue) {}

  async request(request: HandoffRequest): Promise<HandoffOutcome> {
    if (!adviceLineOpen(request.org, request.now)) return { status: 'closed', opensAt: nextOpening(request.org, request.now) };
    const position = await this.queue.join({
      conversationKey: request.conversationKey,
      org: request.org.id,
      risk: request.risk,
      language: request.language,
      joinedAt: request.now.getTime(),
    });
    return { status: 'queued', position };
  }

  leave(conversationKey: string): Promise<boolean> {
    return this.queue.leave(conversationKey);
  }
}
