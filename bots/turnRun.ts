/**
 * One turn's working record inside the pipeline: the Turn the dialogs read,
 * the outbox their replies go to, and what the pipeline must remember when
 * something breaks (the risk to carry, whether the data was erased).
 */
import type { TurnContext } from 'botbuilder';
import type { ChannelCapabilities } from '../channels/capabilities';
import { spokenText, type Outbox } from '../channels/outbox';
import { offeredChoices, renderLabels } from '../channels/render';
import type { Content } from '../channels/content';
import { rememberLine } from '../conversation/state';
import type { Turn } from '../dialogs/turn';
import type { HandoffDesk } from '../handoff/desk';
import { localeFor } from '../i18n';
import type { RiskAssessment } from '../risk/types';
import type { Understanding } from '../understanding/types';

const RUN = Symbol('turnRun');

export class TurnRun {
  /** "delete my data" ran: nothing of the person may be written back. */
  erased = false;
  /** The reply has been worked out and the state saved: a failure now is only in sending. */
  saved = false;
  /** The turn began with no hand-off session (turnLease.ts proved it): the desk need not be asked. */
  handoffAbsent = false;

  constructor(
    readonly turn: Turn,
    readonly understanding: Understanding,
    readonly caps: ChannelCapabilities,
    readonly outbox: Outbox,
    /** A crisis answered on the previous turn still counts if this turn (e.g. "yes" to a person) breaks. */
    readonly carried: RiskAssessment,
  ) {}

  static of(context: TurnContext): TurnRun | undefined {
    return context.turnState.get(RUN) as TurnRun | undefined;
  }

  attach(context: TurnContext): void {
    context.turnState.set(RUN, this);
  }
}

/**
 * The Turn's `say`: renders into the outbox, remembers the choices offered and
 * the line for a possible hand-off; after SMS STOP nothing goes out.
 */
export function sayInto(
  outbox: Outbox,
  desk: Pick<HandoffDesk, 'botMessage'>,
  turn: () => Pick<Turn, 'data' | 'guide' | 'person'>,
): (contents: Content[]) => void {
  return (contents) => {
    const { data, guide, person } = turn();
    const offered = offeredChoices(contents);
    if (offered.length) data.lastChoices = offered;
    const spoken = spokenText(contents);
    rememberLine(data, { from: 'bot', text: spoken, at: guide.now.getTime() });
    desk.botMessage(person.conversationKey, spoken);
    if (!data.smsStopped) outbox.say(contents, { language: localeFor(guide.language, data.script), labels: renderLabels(guide.t) });
  };
}
