/** A webhook on 127.0.0.1 that records what it is sent and answers as told. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method?: string;
  contentType?: string;
  body: string;
}

export class FakeWebhook {
  readonly received: Received[] = [];
  private server?: Server;
  private readonly hanging: ServerResponse[] = [];

  /** Status per request in order; the last repeats. 'hang' never answers. */
  constructor(private readonly replies: (number | 'hang')[]) {}

  /** Starts listening; the URL carries a signature, as Workflows URLs do, so tests can check it is never logged. */
  async start(): Promise<string> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        this.received.push({ method: req.method, contentType: req.headers['content-type'], body });
        const reply = this.replies[Math.min(this.received.length - 1, this.replies.length - 1)];
        if (reply === 'hang') {
          this.hanging.push(res);
          return;
        }
        res.statusCode = reply;
        res.end(reply < 300 ? '1' : 'error');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/workflows/trigger?sig=secret-signature`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

/** A logger that keeps its warnings, for checking what a notifier logs. */
export function recordingLogger() {
  const warnings: { fields: Record<string, unknown>; message: string }[] = [];
  return { warnings, warn: (fields: Record<string, unknown>, message: string) => void warnings.push({ fields, message }) };
}
