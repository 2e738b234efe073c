/**
 * Stands in for a channel's Bot Connector service in tests that run the real server:
 * records every activity the bot sends (its replies, and an advisor's relayed messages).
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface ChannelPost {
  path: string;
  activity: Partial<Activity>;
}

/** Stands in for the channel's Bot Connector service: records every activity the bot sends. */
export class FakeChannel {
  readonly posts: ChannelPost[] = [];
  private server?: HttpServer;
  private waiters: Array<() => void> = [];

  async start(): Promise<string> {
    this.server = createHttpServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        this.posts.push({ path: req.url ?? '', activity: JSON.parse(body || '{}') as Partial<Activity> });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"x"}');
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  textsFor(conversationId: string): string[] {
    return this.posts.filter((p) => p.activity.conversation?.id === conversationId).map((p) => p.activity.text ?? '');
  }

  /** Resolves once a reply in the conversation matches, woken by each post; the deadline (inside the 20 s of the tests that use it) is for a clear message on a loaded machine. */
  async waitFor(conversationId: string, pattern: RegExp, ms = 15_000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.textsFor(conversationId).find((t) => pattern.test(t));
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`no reply matching ${pattern} in ${conversationId}: ${JSON.stringify(this.textsFor(conversationId))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
