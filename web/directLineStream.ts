/**
 * The WebSocket stream of the local Direct Line endpoint, on the HTTP server's `upgrade`
 * event for /v3/directline/conversations/:id/stream only. A stream opens with a single-use
 * ticket from its streamUrl, replays what the client has not seen, then pushes
 * `{activities, watermark}` frames; an empty frame is a keep-alive, as with the real service.
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { ActivitySet } from '../directline/conversations';
import type { DirectLineService } from '../directline/service';
import { DIRECT_LINE_PATH } from './directLineLocal';

const STREAM_PATH = new RegExp(`^${DIRECT_LINE_PATH}/conversations/([^/]+)/stream$`);
/** A client that stops reading is dropped rather than buffered without end. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

export interface StreamOptions {
  publicUrl: string;
  keepAliveMs?: number;
}

export interface AttachedStream {
  readonly openSockets: number;
  close(): void;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Browsers always send Origin on a WebSocket: it must be this server (same origin), never a third-party page. */
function sameOrigin(req: IncomingMessage, publicUrl: string): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (!URL.canParse(origin)) return false;
  const { host } = new URL(origin);
  return host === req.headers.host || origin === new URL(publicUrl).origin;
}

export function attachStream(http: HttpServer, service: DirectLineService, options: StreamOptions): AttachedStream {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    // Someone else's upgrade: left to them.
    if (!match) return;
    const conversationId = decodeURIComponent(match[1]);
    if (!sameOrigin(req, options.publicUrl)) return refuse(socket, 403, 'Forbidden');
    // Storage unreachable: refused for now; the client tries again.
    open(req, socket, head, conversationId, url.searchParams.get('t') ?? undefined).catch(() => refuse(socket, 503, 'Service Unavailable'));
  };

  async function open(req: IncomingMessage, socket: Duplex, head: Buffer, conversationId: string, t: string | undefined): Promise<void> {
    const ticket = await service.tokens.redeemTicket(t);
    if (!ticket || ticket.conversationId !== conversationId) return refuse(socket, 403, 'Forbidden');
    if (!(await service.conversations.get(conversationId))) return refuse(socket, 404, 'Not Found');
    wss.handleUpgrade(req, socket, head, (ws) => void serve(ws, conversationId, ticket.watermark));
  }

  /**
   * Subscribes first, then replays what the client has not seen: activities appended meanwhile
   * (on any instance) wait until the replay has gone, and none is sent twice (one activity per
   * pushed set, numbered: anything at or below what was sent is skipped).
   */
  async function serve(ws: WebSocket, conversationId: string, from: number): Promise<void> {
    let sent = from;
    let replaying = true;
    const early: ActivitySet[] = [];
    const push = (set: ActivitySet) => {
      if (ws.readyState !== WebSocket.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return void ws.terminate();
      ws.send(JSON.stringify(set));
    };
    const deliver = (set: ActivitySet) => {
      const watermark = Number(set.watermark);
      if (watermark <= sent) return;
      sent = watermark;
      push(set);
    };
    // The client pings with empty messages; nothing it sends on the stream is acted on.
    ws.on('error', () => ws.terminate());
    const unlisten = await service.conversations
      .listen(conversationId, {
        send: (set) => (replaying ? void early.push(set) : deliver(set)),
        close: () => ws.close(1000, 'conversation ended'),
        resync: () =>
          void service.conversations.after(conversationId, sent).then(
            (page) => page?.activities.length && deliver(page),
            () => undefined,
          ),
      })
      .catch(() => undefined);
    if (!unlisten) return void ws.close(1011, 'try again');
    // Replies that storage could not take reach this socket directly (directline/service.ts).
    const release = service.holdStream(conversationId, (activity) => push({ activities: [activity], watermark: String(sent) }));
    const stop = () => {
      unlisten();
      release();
    };
    if (ws.readyState !== WebSocket.OPEN) return stop();
    ws.on('close', stop);
    const replay = await service.conversations.after(conversationId, from).catch(() => undefined);
    replaying = false;
    if (replay) {
      if (replay.activities.length) push(replay);
      sent = Number(replay.watermark);
    }
    for (const set of early.splice(0)) deliver(set);
  }
  http.on('upgrade', onUpgrade);

  const keepAlive = setInterval(() => {
    for (const ws of wss.clients) if (ws.readyState === WebSocket.OPEN) ws.send('');
  }, options.keepAliveMs ?? 30_000);
  keepAlive.unref();

  return {
    get openSockets() {
      return wss.clients.size;
    },
    close() {
      clearInterval(keepAlive);
      http.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
