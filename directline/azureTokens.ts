/**
 * Azure mode: exchanges the Direct Line secret for a conversation token, server-side,
 * so the secret never reaches a browser. The user id is generated here (`dl_…`), never
 * taken from the page, so one person cannot speak as another.
 */
import { newUserId } from './ids';

export interface AzureToken {
  token: string;
  conversationId: string;
  expires_in: number;
  userId: string;
  /** Where the browser's Direct Line client should connect. */
  domain: string;
}

export class AzureTokenError extends Error {
  constructor(readonly upstreamStatus: number | undefined) {
    super(upstreamStatus ? `the Direct Line service answered ${upstreamStatus}` : 'the Direct Line service did not answer');
    this.name = 'AzureTokenError';
  }
}

export interface AzureTokenOptions {
  endpoint: string;
  secret: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export async function exchangeSecret(options: AzureTokenOptions): Promise<AzureToken> {
  const userId = newUserId();
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(`${options.endpoint}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${options.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
  } catch {
    throw new AzureTokenError(undefined);
  }
  if (!response.ok) throw new AzureTokenError(response.status);
  const body = (await response.json().catch(() => undefined)) as Partial<AzureToken> | undefined;
  if (!body || typeof body.token !== 'string' || typeof body.conversationId !== 'string') throw new AzureTokenError(response.status);
  return {
    token: body.token,
    conversationId: body.conversationId,
    expires_in: typeof body.expires_in === 'number' ? body.expires_in : 3600,
    userId,
    domain: options.endpoint,
  };
}
