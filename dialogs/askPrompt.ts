/**
 * A prompt that shows Content (text with choices, rendered by channels/) and
 * accepts any reply: a picked choice or free text. What the reply means is
 * decided by the conversation core, so nothing is ever "invalid input".
 */
import type { TurnContext } from 'botbuilder';
import { Prompt } from 'botbuilder-dialogs/lib/prompts/prompt';
import type { PromptOptions, PromptRecognizerResult } from 'botbuilder-dialogs';
import type { Content } from '../channels/content';
import { turnOf } from './turn';

export interface AskOptions extends PromptOptions {
  /** The question, as plain data so it survives in dialog state. */
  validations: { contents: Content[] };
}

export class AskPrompt extends Prompt<string> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions): Promise<void> {
    const { contents } = (options as AskOptions).validations;
    turnOf(context).say(contents);
  }

  protected async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<string>> {
    return { succeeded: true, value: turnOf(context).reply.text };
  }
}

/**
 * How a dialog that sat on top of the guided conversation (a crisis offer,
 * the hand-off, the language menu) hands back: `passOn` means this turn's
 * message is really the answer to the question underneath; `quiet` means the
 * person was just told something and needs no repeat; otherwise the question
 * is asked again, freshly worded (the language may have changed).
 */
export interface ResumeOutcome {
  passOn?: boolean;
  quiet?: boolean;
}

export function askOptions(contents: Content[]): AskOptions {
  return { validations: { contents } };
}
