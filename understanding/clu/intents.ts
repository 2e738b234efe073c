/** CLU intent names <-> our topic ids and commands (the project export uses these names). */
import { COMMANDS, type CommandId } from '../types';
import { TOPIC_IDS, type TopicId } from '../../core/topics';

export const COMMAND_INTENT_PREFIX = 'cmd_';

export function intentForTopic(topic: TopicId): string {
  return topic;
}

export function intentForCommand(command: CommandId): string {
  return `${COMMAND_INTENT_PREFIX}${command}`;
}

export type IntentMeaning = { topic: TopicId } | { command: CommandId } | null;

const TOPICS = new Set<string>(TOPIC_IDS);
const COMMAND_SET = new Set<string>(COMMANDS);

/** "money" -> topic money; "cmd_restart" -> command restart; "None" or unknown -> null. */
export function meaningOfIntent(intent: string): IntentMeaning {
  if (TOPICS.has(intent)) return { topic: intent as TopicId };
  if (intent.startsWith(COMMAND_INTENT_PREFIX)) {
    const command = intent.slice(COMMAND_INTENT_PREFIX.length);
    if (COMMAND_SET.has(command)) return { command: command as CommandId };
  }
  return null;
}
