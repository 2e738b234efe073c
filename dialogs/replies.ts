/** Reading a reply as yes or no: a tapped choice, or the words in any language. */
import type { Reply } from '../conversation/answers';

export function isYes(reply: Reply): boolean {
  return reply.choice ? reply.choice.value === 'yes' : reply.understanding.command === 'yes';
}

export function isNo(reply: Reply): boolean {
  return reply.choice ? reply.choice.value === 'no' : reply.understanding.command === 'no';
}

/** "Can I talk to someone", typed or tapped: yes to an offer of a person. */
export function asksForPerson(reply: Reply): boolean {
  return reply.choice ? reply.choice.value === 'human' : reply.understanding.command === 'human';
}
