/**
 * A second question in the same message ("can she get a blue badge? and does council tax go down?"):
 * each question sentence is matched on its own, and one that is surely about another card is that
 * card. Pure: the answer is worded by knowledgeAnswer.ts.
 */
import type { LanguageCode } from '../core/languages';
import { knowledge } from '../knowledge';
import { looksLikeQuestion, questionClauses } from './questionLike';
import { matchSentence, sentencesOf } from './sentenceMatch';

/** At most this many sentences are read: a long paste is not a list of questions. */
const MAX_SENTENCES = 6;

/**
 * The card another question sentence of `text` asks for, other than `answered`: only a sure match
 * (the matcher's switch threshold, right 95% of the time) counts, so a stray sentence never adds an answer.
 */
export function otherAsked(text: string, language: LanguageCode | undefined, answered: string): string | undefined {
  const { matcher, settings } = knowledge();
  const sentences = sentencesOf(text);
  // One sentence that tells and then asks ("my wife is dying at home, how long has she got"): its asking clause.
  const asked = sentences.length < 2 ? questionClauses(text).filter((clause) => clause.length < text.trim().length) : sentences.filter(looksLikeQuestion);
  for (const sentence of asked.slice(0, MAX_SENTENCES)) {
    const found = matchSentence(matcher, text, language, sentence);
    if (found && found.cardId !== answered && found.score >= settings.switchThreshold) return found.cardId;
  }
  return undefined;
}
