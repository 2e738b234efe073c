/** Public API of the understanding engine (pure domain: no botbuilder). */
export * from './types';
export { recognizeSync, explainSync, createEmbeddedRecognizer, MAX_TEXT_CHARS, type Explanation } from './recognizer';
export { detectLanguage, chooseAnswerLanguage, supportedLocale, type AnswerLanguageContext } from './language';
export { detectCommand } from './commands';
export { extractEntities, findPostcode, findAge, findCaredFor, findDigit } from './entities';
export { findPeople, caredForOf } from './caredFor';
export { createCluRecognizer, cluConfigComplete, type CluConfig } from './clu';
export { scoreTopics, maskIdioms, MIN_TOPIC_SCORE, type TopicEvidence, type TopicResult } from './topics';
