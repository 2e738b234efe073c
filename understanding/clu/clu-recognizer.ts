/**
 * Optional Azure AI Language CLU recognizer (REST, api-version 2023-04-01). Off unless
 * configured. CLU only ranks topics and commands; language, entities and the SMS
 * keywords always come from the embedded engine, and risk never depends on CLU.
 * Within the time budget CLU answers; after it, or on any error, the embedded
 * recognizer answers. Never throws.
 */
import type { RecognizeContext, Recognizer, ScoredTopic, Understanding } from '../types';
import { recognizeSync } from '../recognizer';
import { meaningOfIntent } from './intents';

export interface CluConfig {
  endpoint: string;
  key: string;
  projectName: string;
  deploymentName: string;
  /** Time budget for the HTTP call; the embedded answer is used after it. */
  timeoutMs: number;
  /** Intents below this confidence are ignored. */
  minConfidence?: number;
}

export const CLU_API_VERSION = '2023-04-01';
const DEFAULT_MIN_CONFIDENCE = 0.5;

interface CluIntent {
  category: string;
  confidenceScore: number;
}
interface CluResponse {
  kind?: string;
  result?: { prediction?: { topIntent?: string; intents?: CluIntent[] } };
}

export function cluUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/language/:analyze-conversations?api-version=${CLU_API_VERSION}`;
}

export function cluRequestBody(text: string, config: CluConfig, language?: string): unknown {
  return {
    kind: 'Conversation',
    analysisInput: { conversationItem: { id: '1', participantId: 'user', text, ...(language ? { language } : {}) } },
    parameters: { projectName: config.projectName, deploymentName: config.deploymentName, stringIndexType: 'TextElement_V8' },
  };
}

/** Merges a CLU prediction into the embedded understanding. Unknown shapes change nothing. */
export function mergeCluPrediction(embedded: Understanding, response: unknown, minConfidence: number): Understanding {
  const intents = (response as CluResponse | null)?.result?.prediction?.intents;
  if (!Array.isArray(intents)) return embedded;
  const topics: ScoredTopic[] = [];
  let command = embedded.command;
  for (const intent of intents) {
    if (typeof intent?.category !== 'string' || typeof intent.confidenceScore !== 'number' || intent.confidenceScore < minConfidence) continue;
    const meaning = meaningOfIntent(intent.category);
    if (!meaning) continue;
    if ('topic' in meaning && !topics.some((t) => t.id === meaning.topic)) topics.push({ id: meaning.topic, score: intent.confidenceScore });
    // An embedded command (incl. the SMS keywords, exact-word rules) always wins.
    if ('command' in meaning && command === undefined) command = meaning.command;
  }
  topics.sort((a, b) => b.score - a.score);
  const merged: Understanding = { ...embedded, topics: topics.length > 0 ? topics : embedded.topics, source: 'clu' };
  if (command) merged.command = command;
  return merged;
}

export function createCluRecognizer(config: CluConfig, fetchImpl: typeof fetch = (...args) => fetch(...args)): Recognizer {
  const minConfidence = config.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  return {
    async recognize(text: string, context: RecognizeContext): Promise<Understanding> {
      const embedded = recognizeSync(text, context);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), config.timeoutMs);
      try {
        const response = await fetchImpl(cluUrl(config.endpoint), {
          method: 'POST',
          headers: { 'Ocp-Apim-Subscription-Key': config.key, 'Content-Type': 'application/json' },
          body: JSON.stringify(cluRequestBody(text, config, embedded.language.code ?? undefined)),
          signal: controller.signal,
        });
        if (!response.ok) return embedded;
        return mergeCluPrediction(embedded, await response.json(), minConfidence);
      } catch {
        return embedded;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** CLU when fully configured, otherwise the embedded recognizer. */
export function cluConfigComplete(config: Partial<CluConfig> | undefined): config is CluConfig {
  return !!config?.endpoint && !!config.key && !!config.projectName && !!config.deploymentName && typeof config.timeoutMs === 'number';
}
