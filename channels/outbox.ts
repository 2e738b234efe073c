/**
 * Where the dialogs hand their replies during a turn. Each reply is rendered
 * for the channel when it is said (in the wording of that moment: the
 * language can change mid-turn) and sent in one go after the state is saved,
 * so what the person sees and what is stored cannot disagree. The one place
 * that renders and sends for every channel. SMS is rendered at the end, the
 * whole turn at once, so it fits in at most three texts (channels/smsTurn.ts).
 */
import type { ChannelCapabilities } from './capabilities';
import { contactText, type Content } from './content';
import { render, renderSmsTurn, type OutgoingActivity, type RenderLabels } from './render';
import type { SmsOptions } from './smsTurn';

/** How the outbox reaches the channel: the adapter's send, behind a function so this file needs no botbuilder. */
export type SendActivities = (activities: OutgoingActivity[]) => Promise<void>;

export interface Wording {
  language: string;
  labels: RenderLabels;
}

/** Plain text of what the bot said, for the transcript an advisor may read. */
export function spokenText(contents: readonly Content[]): string {
  return contents
    .map((c) => (c.kind === 'text' ? c.text : c.kind === 'contacts' ? [c.intro, ...c.contacts.map(contactText)].join('\n') : ''))
    .filter(Boolean)
    .join('\n');
}

export class Outbox {
  private readonly pending: OutgoingActivity[] = [];
  /** SMS: what was said, in its wording, rendered as one turn at flush. */
  private readonly said: { contents: readonly Content[]; labels: RenderLabels; language: string }[] = [];

  constructor(
    private readonly caps: ChannelCapabilities,
    private readonly send: SendActivities,
    private readonly options: SmsOptions = {},
  ) {}

  /** Renders the contents for this channel, in this wording, and queues them. */
  say(contents: readonly Content[], wording: Wording): void {
    if (this.caps.maxChars) this.said.push({ contents, labels: wording.labels, language: wording.language });
    else this.pending.push(...render(contents, this.caps, wording.labels).map((a) => ({ ...a, locale: wording.language })));
  }

  /** Replies queued and not yet sent (SMS: what was said, before it is fitted into texts). */
  get size(): number {
    return this.pending.length + this.said.length;
  }

  /** Sends what is queued, in order, in one call; the queue is empty afterwards whatever happens. */
  async flush(): Promise<void> {
    const activities = this.pending.splice(0);
    const said = this.said.splice(0);
    if (said.length) {
      const language = said[said.length - 1].language;
      activities.push(...renderSmsTurn(said, this.caps, this.options).map((a) => ({ ...a, locale: language })));
    }
    if (activities.length) await this.send(activities);
  }

  /** Forgets what is queued (the turn failed: the fail-safe speaks instead). */
  discard(): void {
    this.pending.length = 0;
    this.said.length = 0;
  }
}
