/**
 * Turns what a person sent back into one of the choices last offered: a card
 * submit, a digit (SMS numbered lines), or the label typed or tapped back.
 * The one place where a digit becomes a choice.
 */
import type { Choice } from './content';
import { TOPIC_IDS, type TopicId } from '../core/topics';

function simplify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The value of a card or button submit, when it carries one of ours. */
export function choiceFromValue(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { choice, action } = value as { choice?: unknown; action?: unknown };
  if (typeof choice === 'string' && choice.length <= 100) return choice;
  // Buttons built elsewhere (an organisation's own card, CONTRACTS.md) send {"action": "money"}.
  if (typeof action === 'string' && action.length <= 100) return TOPIC_IDS.includes(action as TopicId) && action !== 'human' ? `topic:${action}` : action;
  return undefined;
}

export function resolveChoice(text: string, value: unknown, offered: readonly Choice[]): Choice | undefined {
  const submitted = choiceFromValue(value);
  if (submitted) return offered.find((c) => c.value === submitted) ?? { value: submitted, label: submitted };
  const said = simplify(text);
  if (!said) return undefined;
  const digit = /^\(?(\d{1,2})[.)]?$/.exec(said.replace(/\s/g, ''));
  if (digit) {
    const index = Number(digit[1]) - 1;
    return offered[index];
  }
  return offered.find((c) => simplify(c.label) === said);
}
