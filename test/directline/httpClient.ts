/** Test helpers for the Direct Line routes: JSON calls, a token, and a WebSocket reader. */
import { WebSocket } from 'ws';
import type { ActivitySet, ChannelActivity } from '../../directline/conversations';

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export async function call<T = Record<string, unknown>>(
  method: string,
  url: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T, headers: response.headers };
}

export interface TokenReply {
  token: string;
  conversationId: string;
  expires_in: number;
  userId: string;
  domain: string;
}

export interface ConversationReply {
  token: string;
  conversationId: string;
  expires_in: number;
  streamUrl: string;
}

/** What the embed does: a token from the one route, then the conversation started with it. */
export async function startConversation(baseUrl: string, start: Record<string, unknown> = {}): Promise<TokenReply & { streamUrl: string }> {
  const token = await call<TokenReply>('POST', `${baseUrl}/api/directline/token`, { body: start });
  if (token.status !== 200) throw new Error(`token route answered ${token.status}`);
  const conversation = await call<ConversationReply>('POST', `${token.body.domain}/conversations`, { token: token.body.token, body: {} });
  if (conversation.status !== 201) throw new Error(`conversations answered ${conversation.status}`);
  return { ...token.body, streamUrl: conversation.body.streamUrl };
}

/** Reads the activities the history holds after a watermark, waiting (bounded) until `until` holds. */
export async function activitiesUntil(
  domain: string,
  token: string,
  conversationId: string,
  until: (activities: ChannelActivity[]) => boolean,
  watermark = '',
): Promise<ActivitySet> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const page = await call<ActivitySet>('GET', `${domain}/conversations/${conversationId}/activities?watermark=${watermark}`, { token });
    if (page.status !== 200) throw new Error(`activities answered ${page.status}`);
    if (until(page.body.activities)) return page.body;
    if (Date.now() > deadline) throw new Error(`gave up waiting; have ${JSON.stringify(page.body.activities.map((a) => a.text))}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A WebSocket client that keeps every frame, and can wait for one. */
export class StreamReader {
  readonly frames: string[] = [];
  readonly socket: WebSocket;
  readonly opened: Promise<void>;
  readonly closed: Promise<number>;
  private waiters: Array<() => void> = [];

  constructor(url: string, headers: Record<string, string> = {}) {
    this.socket = new WebSocket(url, { headers });
    this.socket.on('message', (data) => {
      this.frames.push(data.toString());
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
      this.socket.once('error', reject);
    });
    this.closed = new Promise((resolve) => this.socket.once('close', (code) => resolve(code)));
    this.opened.catch(() => undefined);
  }

  get activities(): ChannelActivity[] {
    return this.frames.filter((f) => f !== '').flatMap((f) => (JSON.parse(f) as ActivitySet).activities);
  }

  async waitFor(until: (activities: ChannelActivity[]) => boolean): Promise<ChannelActivity[]> {
    const deadline = Date.now() + 10_000;
    while (!until(this.activities)) {
      if (Date.now() > deadline) throw new Error(`no such frame; have ${JSON.stringify(this.activities.map((a) => a.text))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.activities;
  }

  close(): void {
    this.socket.terminate();
  }
}
