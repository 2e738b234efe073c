/**
 * Whose money a question asks about. "Can she get any benefits?", "is there money for my dad?", "¿mi madre puede
 * cobrar algo?" ask what the person they look after can get: their own benefit (Attendance Allowance or PIP, in
 * Scotland Adult or Pension Age Disability Payment), never the writer's Carer's Allowance. "Can I get anything?"
 * keeps the writer's own card. Who is asked about is read in every language (understanding/askedFor.ts).
 */
import { knowledge, type CardMatch } from '../knowledge';
import type { LanguageCode } from '../core/languages';
import { recognizeSync } from '../understanding';
import { askedFor } from '../understanding/askedFor';
import { matchForm } from '../understanding/match-text';
import type { Reply } from './answers';
import { looksLikeQuestion, questionClauses } from './questionLike';
import { matchSentence } from './sentenceMatch';

const MONEY = 'money';

/** A card's own benefits: its first name and the names its English title gives ("Attendance Allowance or PIP"). */
function ownNames(cardId: string): string[] {
  const { kb } = knowledge();
  const card = kb.byId.get(cardId);
  const title = ` ${matchForm(kb.texts.en?.cards[cardId]?.title ?? '')} `;
  return (card?.names ?? []).filter((name, i) => i === 0 || title.includes(` ${matchForm(name)} `));
}

/** "can my daughter get Carer's Allowance?", "can I get PIP?": the benefit asked for by its own name is that card, whoever gets it. */
function namesItsBenefit(cardId: string, text: string): boolean {
  const folded = ` ${matchForm(text)} `;
  return ownNames(cardId).some((name) => folded.includes(` ${matchForm(name)} `));
}

/** The topic's card for the other person: the writer's own ('you') for 'them', the person looked after's ('them') for 'you'. */
function counterpart(topic: string, forWhom: 'you' | 'them'): string | undefined {
  const wanted = forWhom === 'you' ? 'them' : 'you';
  return knowledge().kb.cards.find((card) => card.topic === topic && card.forWhom === wanted)?.id;
}

/**
 * The card for whom the question asks about: a card for the writer's own money asked about someone else is the
 * topic's card for the person they look after. A money question about someone else that no card matched, or that
 * only an unsure match on another subject did ("is there money for my dad, he can't wash himself any more" was
 * help at home, 0.28), is that card too, at the unsure match's score (only where a question may be asked freely).
 */
export function cardForWhomAsked(found: CardMatch | null, reply: Reply, language: LanguageCode | undefined, current?: string): CardMatch | null {
  const { kb, settings } = knowledge();
  // "can she get it too?" right after Carer's Allowance: no card matches the words, but it asks what she can get.
  const shown = current ? kb.byId.get(current) : undefined;
  // And the other way round: "and what about me?" right after her Attendance Allowance or PIP is the writer's own.
  if (!found && shown?.forWhom && looksLikeQuestion(reply.text)) {
    const asked = askedFor(reply.text, language);
    const theirs =
      (shown.forWhom === 'you' && asked === 'other') || (shown.forWhom === 'them' && asked === 'writer') ? counterpart(shown.topic, shown.forWhom) : undefined;
    if (theirs) return { cardId: theirs, score: settings.threshold };
  }
  const card = found ? kb.byId.get(found.cardId) : undefined;
  if (found && card?.forWhom) {
    // "my dad has cancer, I look after him, what can I get?" matched his benefit: the writer's own is the answer.
    const mismatch = card.forWhom === 'you' ? 'other' : 'writer';
    if (namesItsBenefit(found.cardId, reply.text) || askedFor(reply.text, language) !== mismatch) return found;
    const other = counterpart(card.topic, card.forWhom);
    return other ? { ...found, cardId: other } : card.forWhom === 'you' ? null : found;
  }
  if (card?.topic === MONEY) return found;
  // "wat benifits can my nan get shes 84": an ask about her ("can my nan") with money as the subject, misspelt or not.
  const first = reply.understanding.topics.find((topic) => topic.id !== 'human');
  if (first?.id !== MONEY || askedFor(reply.text, language) !== 'other') return found;
  // "is there money for my dad, he can't wash himself any more": the whole was help at home; its asking clause is money.
  const unsure = !found || found.score < settings.switchThreshold;
  if (!unsure && !asksMoneyInAClause(reply.text, language)) return found;
  const theirs = counterpart(MONEY, 'you');
  return theirs ? { cardId: theirs, score: found?.score ?? settings.threshold } : found;
}

/**
 * One of the message's asking clauses is about money on its own: it matches a money card, or money is what it is
 * about ("is there money for my dad": few words for the matcher, a clear subject for understanding).
 */
function asksMoneyInAClause(text: string, language: LanguageCode | undefined): boolean {
  const { kb, matcher } = knowledge();
  return questionClauses(text).some(
    (clause) =>
      kb.byId.get(matchSentence(matcher, text, language, clause)?.cardId ?? '')?.topic === MONEY ||
      recognizeSync(clause, { localeHint: language }).topics.find((topic) => topic.id !== 'human')?.id === MONEY,
  );
}
