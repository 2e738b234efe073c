/**
 * Whose money a question asks about. "Can she get any benefits?", "is there money for my dad?", "¿mi madre puede
 * cobrar algo?" ask what the person they look after can get: their own benefit (Attendance Allowance or PIP, in
 * Scotland Adult or Pension Age Disability Payment), never the writer's Carer's Allowance. "Can I get anything?"
 * keeps the writer's own card. Who is asked about is read in every language (understanding/askedFor.ts).
 */
import { knowledge, type CardMatch } from '../knowledge';
import type { LanguageCode } from '../core/languages';
import { askedFor } from '../understanding/askedFor';
import { matchForm } from '../understanding/match-text';
import type { Reply } from './answers';
import { looksLikeQuestion } from './questionLike';

const MONEY = 'money';

/** The card of a topic about the person looked after's own money or right (cards.json forWhom 'them'). */
function theirCard(topic: string): string | undefined {
  return knowledge().kb.cards.find((card) => card.topic === topic && card.forWhom === 'them')?.id;
}

/** "can my daughter get Carer's Allowance?": the benefit asked for by its own name is that card, whoever gets it. */
function namesItsBenefit(cardId: string, text: string): boolean {
  const own = knowledge().kb.byId.get(cardId)?.names[0];
  return own !== undefined && ` ${matchForm(text)} `.includes(` ${matchForm(own)} `);
}

/**
 * The card for whom the question asks about: a card for the writer's own money asked about someone else is the
 * topic's card for the person they look after. A money question about someone else that no card matched, or that
 * only an unsure match on another subject did ("is there money for my dad, he can't wash himself any more" was
 * help at home, 0.28), is that card too, at the unsure match's score (only where a question may be asked freely).
 */
export function cardForWhomAsked(found: CardMatch | null, reply: Reply, language: LanguageCode | undefined): CardMatch | null {
  const { kb, settings } = knowledge();
  const card = found ? kb.byId.get(found.cardId) : undefined;
  if (found && card?.forWhom === 'you') {
    if (namesItsBenefit(found.cardId, reply.text) || askedFor(reply.text, language) !== 'other') return found;
    const theirs = theirCard(card.topic);
    return theirs ? { ...found, cardId: theirs } : null;
  }
  const unsureElsewhere = found !== null && card?.topic !== MONEY && found.score < settings.switchThreshold;
  if ((found && !unsureElsewhere) || !looksLikeQuestion(reply.text)) return found;
  const first = reply.understanding.topics.find((topic) => topic.id !== 'human');
  if (first?.id !== MONEY || askedFor(reply.text, language) !== 'other') return found;
  const theirs = theirCard(MONEY);
  return theirs ? { cardId: theirs, score: found?.score ?? settings.threshold } : found;
}
