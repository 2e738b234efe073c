/**
 * Azure AI Content Safety's text:analyze, as documented (REST, api-version 2024-09-01):
 * https://learn.microsoft.com/en-us/rest/api/contentsafety/text-operations/analyze-text
 *   POST {endpoint}/contentsafety/text:analyze?api-version=2024-09-01
 *   header Ocp-Apim-Subscription-Key; body { text, categories, outputType }
 *   200: { blocklistsMatch: [], categoriesAnalysis: [{ category: "SelfHarm", severity: 4 }, …] }
 *   other status: { error: { code, message } } and an x-ms-error-code header.
 * Text is at most 10,000 Unicode code points a request (the same page). Severities with
 * FourSeverityLevels are 0, 2, 4 and 6 (harm categories:
 * https://learn.microsoft.com/en-us/azure/ai-services/content-safety/concepts/harm-categories).
 * Pure: the URL, the body and the reading of an answer; the call is in azureContentSafety.ts.
 */
import { HARM_CATEGORIES, type HarmCategory } from '../risk/secondOpinion';

export const CONTENT_SAFETY_API_VERSION = '2024-09-01';
/** The service's limit, in Unicode code points. */
export const MAX_TEXT_CODE_POINTS = 10_000;
/** Only what the risk engine can use: self-harm, and violence (abuse or harm to others). Hate and Sexual would add false alarms, not dangers. */
export const ASKED_CATEGORIES: readonly HarmCategory[] = ['SelfHarm', 'Violence'];

export function analyzeTextUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/contentsafety/text:analyze?api-version=${CONTENT_SAFETY_API_VERSION}`;
}

/** Cut to the service's limit by code points, so a surrogate pair is never split. */
export function cutToLimit(text: string, limit = MAX_TEXT_CODE_POINTS): string {
  if (text.length <= limit) return text;
  let out = '';
  let count = 0;
  for (const ch of text) {
    if (count === limit) break;
    out += ch;
    count++;
  }
  return out;
}

export function analyzeTextBody(text: string): { text: string; categories: readonly HarmCategory[]; outputType: 'FourSeverityLevels' } {
  return { text: cutToLimit(text), categories: ASKED_CATEGORIES, outputType: 'FourSeverityLevels' };
}

function isHarmCategory(value: unknown): value is HarmCategory {
  return typeof value === 'string' && (HARM_CATEGORIES as readonly string[]).includes(value);
}

/**
 * The severities of a 200 answer, or undefined when it is not the documented shape (no
 * categoriesAnalysis array, a severity that is not a number from 0 to 7). Unknown categories
 * are skipped: a newer service may add some.
 */
export function readSeverities(body: unknown): Partial<Record<HarmCategory, number>> | undefined {
  const analysis = (body as { categoriesAnalysis?: unknown } | null)?.categoriesAnalysis;
  if (!Array.isArray(analysis)) return undefined;
  const severities: Partial<Record<HarmCategory, number>> = {};
  for (const item of analysis as unknown[]) {
    const { category, severity } = (item ?? {}) as { category?: unknown; severity?: unknown };
    if (!isHarmCategory(category)) continue;
    if (typeof severity !== 'number' || !Number.isInteger(severity) || severity < 0 || severity > 7) return undefined;
    severities[category] = severity;
  }
  return severities;
}
