/**
 * The embedded recognizer: deterministic, offline, synchronous and explainable.
 * Language -> command -> idiom masking -> topics -> entities, all on one folded copy
 * of the text. Never throws: on an internal error it answers "understood nothing".
 */
import type { RecognizeContext, Recognizer, Understanding } from './types';
import type { LanguageCode } from '../core/languages';
import type { TopicId } from '../core/topics';
import { detectLanguage, latinCandidates, supportedLocale } from './language';
import { detectCommand } from './commands';
import { matchForm, words } from './match-text';
import { maskIdioms, scoreTopics, topicLanguages, type TopicEvidence } from './topics';
import { extractEntities } from './entities';
import { withoutSoleSibling } from './siblingTopic';

/** Topics and entities read the first 2,000 characters (a long story states its needs early);
 * this bounds the work per message. Risk (assessRisk) always reads the whole text. */
export const MAX_TEXT_CHARS = 2000;

export interface Explanation {
  understanding: Understanding;
  evidence: TopicEvidence[];
  idioms: string[];
  lexiconLanguages: LanguageCode[];
}

const ADULT_AGE = 18;

export function explainSync(rawText: string, context: RecognizeContext = {}): Explanation {
  const text = typeof rawText === 'string' ? rawText.slice(0, MAX_TEXT_CHARS) : '';
  const language = detectLanguage(text);
  const matchWords = words(matchForm(text));
  const command = detectCommand(text, matchWords);
  // An unsure guess ("Mae angen help arna i") tries the cues of every plausible language.
  const plausible = !language.reliable && language.script === 'Latn' ? latinCandidates(text) : [];
  const lexiconLanguages = topicLanguages(language.code, context.conversationLanguage, supportedLocale(context.localeHint), ...plausible);
  const { masked, idioms } = maskIdioms(matchWords, lexiconLanguages);
  const entities = extractEntities(text, masked, lexiconLanguages);
  // A child or teenager writing about caring is a young carer: family support fits first.
  const extra: Partial<Record<TopicId, number>> = entities.age !== undefined && entities.age < ADULT_AGE ? { family: 2 } : {};
  const { topics, evidence, nearby } = scoreTopics(withoutSoleSibling(masked, entities.people), lexiconLanguages, extra);
  if (nearby) entities.nearby = true;
  const understanding: Understanding = { language, topics, entities, source: 'embedded' };
  if (command) understanding.command = command;
  return { understanding, evidence, idioms, lexiconLanguages };
}

export function recognizeSync(text: string, context: RecognizeContext = {}): Understanding {
  try {
    return explainSync(text, context).understanding;
  } catch {
    return {
      language: { code: null, detected: null, reliable: false, script: 'Other', romanised: false },
      topics: [],
      entities: { caredFor: [], bereaved: false },
      source: 'embedded',
    };
  }
}

export function createEmbeddedRecognizer(): Recognizer {
  return { recognize: async (text, context) => recognizeSync(text, context) };
}
