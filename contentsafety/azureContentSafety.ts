/**
 * The second opinion from Azure AI Content Safety (risk/secondOpinion.ts is the port). Node's own
 * fetch, one call a message within a time budget (an AbortController); any error, a status other
 * than 2xx, the budget spent or a body of the wrong shape is `unavailable`, logged with the reason,
 * status and service error code only: never the message text, never the key.
 */
import type { ContentSafetyConfig } from '../config';
import type { Logger } from '../ops/logger';
import type { SecondOpinion, SecondOpinionResult, UnavailableReason } from '../risk/secondOpinion';
import { analyzeTextBody, analyzeTextUrl, CONTENT_SAFETY_API_VERSION, readSeverities } from './analyzeText';

export const CONTENT_SAFETY_NAME = 'azure-content-safety';

type Fetch = typeof fetch;

export function createAzureContentSafety(
  config: Pick<ContentSafetyConfig, 'endpoint' | 'key' | 'timeoutMs'>,
  logger: Pick<Logger, 'warn'>,
  fetchImpl: Fetch = (...args) => fetch(...args),
): SecondOpinion {
  const url = analyzeTextUrl(config.endpoint);
  const unavailable = (reason: UnavailableReason, details: Record<string, unknown> = {}): SecondOpinionResult => {
    logger.warn({ secondOpinion: CONTENT_SAFETY_NAME, reason, ...details }, 'second opinion unavailable');
    return { kind: 'unavailable', reason };
  };
  return {
    name: CONTENT_SAFETY_NAME,
    version: CONTENT_SAFETY_API_VERSION,
    async analyze(text: string): Promise<SecondOpinionResult> {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), config.timeoutMs);
      try {
        const response = await fetchImpl(url, {
          method: 'POST',
          headers: { 'Ocp-Apim-Subscription-Key': config.key, 'Content-Type': 'application/json' },
          body: JSON.stringify(analyzeTextBody(text)),
          signal: controller.signal,
        });
        if (!response.ok) {
          // The body is read only for the service's error code (never echoed text); the header says the same.
          const code = response.headers.get('x-ms-error-code') ?? (await errorCode(response));
          return unavailable('http', { status: response.status, code });
        }
        const body: unknown = await response.json().catch(() => undefined);
        if (controller.signal.aborted) return unavailable('timeout', { ms: config.timeoutMs });
        const severities = readSeverities(body);
        if (!severities) return unavailable('malformed', { status: response.status });
        return { kind: 'answered', severities };
      } catch (error) {
        return controller.signal.aborted ? unavailable('timeout', { ms: config.timeoutMs }) : unavailable('network', { err: errorName(error) });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

async function errorCode(response: Response): Promise<string | undefined> {
  try {
    const code = ((await response.json()) as { error?: { code?: unknown } } | null)?.error?.code;
    return typeof code === 'string' ? code.slice(0, 64) : undefined;
  } catch {
    return undefined;
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
