/**
 * Plays the Bot Connector service on 127.0.0.1: every reply a bot POSTs to
 * /v3/conversations/:id/activities/:activityId is recorded under the activity it answers,
 * with its arrival time and size; one sent to /v3/conversations/:id/activities (botbuilder
 * sends the welcome to a conversationUpdate so) under its conversation. Bodies are kept only
 * while calibrating.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface ReceivedReply {
  /** performance.now() when the whole body had arrived. */
  at: number;
  bytes: number;
  body?: string;
}

export class LocalConnector {
  /** Keep each reply's JSON body (calibration only: costs memory and time). */
  keepBodies = false;
  private readonly received = new Map<string, ReceivedReply[]>();
  private server?: Server;
  private nextId = 0;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const at = performance.now();
        const body = Buffer.concat(chunks);
        // /v3/conversations/:conversationId/activities[/:replyToId]
        const segments = (req.url ?? '').split('?')[0]!.split('/');
        const replyTo = decodeURIComponent(segments[5] || segments[3] || '');
        const reply: ReceivedReply = { at, bytes: body.length, body: this.keepBodies ? body.toString('utf8') : undefined };
        const list = this.received.get(replyTo);
        if (list) list.push(reply);
        else this.received.set(replyTo, [reply]);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"id":"r${this.nextId++}"}`);
      });
    });
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** The replies to one activity (and those sent to its conversation), removed from the record. */
  take(activityId: string, conversationId: string): ReceivedReply[] {
    const list = [...(this.received.get(activityId) ?? []), ...(this.received.get(conversationId) ?? [])];
    this.received.delete(activityId);
    this.received.delete(conversationId);
    return list.sort((a, b) => a.at - b.at);
  }

  /** Replies nobody asked for (sent after their turn's HTTP response, or to unknown activities). */
  clear(): number {
    let stray = 0;
    for (const list of this.received.values()) stray += list.length;
    this.received.clear();
    return stray;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
