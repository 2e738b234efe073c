/**
 * Posts a HandoffNotice to a webhook (generic JSON, or a Teams Workflows webhook).
 * One retry on a 5xx, a network error or a timeout; a 4xx is our mistake or a revoked
 * URL and is not retried. Never throws: a failed alert must not break the person's turn.
 * The webhook URL is never logged (Workflows URLs carry a signature that grants access).
 */
import type { NotifyConfig } from '../config';
import type { AdviceLineNotifier, HandoffNotice } from './notify';
import { jsonBody, teamsWorkflowBody } from './notifyBody';

export interface WarnLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface WebhookNotifierOptions extends NotifyConfig {
  logger: WarnLogger;
  /** Per attempt. */
  timeoutMs?: number;
  /** Pause before the one retry. */
  retryDelayMs?: number;
  fetch?: typeof fetch;
}

type Attempt = { ok: true } | { ok: false; retry: boolean; status?: number; error?: string };

function errorCode(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timeout';
    const cause = (error as Error & { cause?: { code?: unknown } }).cause;
    if (cause && typeof cause.code === 'string') return cause.code;
    return error.name;
  }
  return 'unknown';
}

export class WebhookNotifier implements AdviceLineNotifier {
  private readonly timeoutMs: number;
  private readonly retryDelayMs: number;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: WebhookNotifierOptions) {
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  body(notice: HandoffNotice): unknown {
    return this.options.format === 'teams' ? teamsWorkflowBody(notice) : jsonBody(notice);
  }

  async notify(notice: HandoffNotice): Promise<void> {
    try {
      const payload = JSON.stringify(this.body(notice));
      let result = await this.attempt(payload);
      if (!result.ok && result.retry) {
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs));
        result = await this.attempt(payload);
      }
      if (!result.ok) {
        this.options.logger.warn(
          { format: this.options.format, org: notice.org, level: notice.level, reference: notice.reference, status: result.status, error: result.error },
          'advice-line notification failed',
        );
      }
    } catch (error) {
      // Only a bug in rendering could land here: still never the caller's problem.
      this.options.logger.warn({ format: this.options.format, org: notice.org, error: errorCode(error) }, 'advice-line notification failed');
    }
  }

  private async attempt(payload: string): Promise<Attempt> {
    try {
      const response = await this.fetch(this.options.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: payload,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      // The body is not needed; reading it frees the connection.
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return { ok: true };
      return { ok: false, retry: response.status >= 500, status: response.status };
    } catch (error) {
      return { ok: false, retry: true, error: errorCode(error) };
    }
  }
}
