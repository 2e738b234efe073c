/**
 * The WebSocket stream of the local Direct Line endpoint, on the HTTP server's `upgrade`
 * event for /v3/directline/conversations/:id/stream only. A stream opens with a single-use
 * ticket from its streamUrl, replays what the client has not seen, then pushes
 * `{activities, watermark}` frames; an empty frame is a keep-alive, as with the real service.
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
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
    const ticket = service.tokens.redeemTicket(url.searchParams.get('t') ?? undefined);
    if (!ticket || ticket.conversationId !== conversationId) return refuse(socket, 403, 'Forbidden');
    if (!service.conversations.get(conversationId)) return refuse(socket, 404, 'Not Found');

    wss.handleUpgrade(req, socket, head, (ws) => {
      // Replay and subscribe in one go, so no activity falls between them.
      const replay = service.conversations.after(conversationId, ticket.watermark);
      const unlisten = service.conversations.listen(conversationId, {
        send(set) {
          if (ws.readyState !== WebSocket.OPEN) return;
          if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return void ws.terminate();
          ws.send(JSON.stringify(set));
        },
        close: () => ws.close(1000, 'conversation ended'),
      });
      if (!unlisten || !replay) return void ws.close(1000, 'conversation ended');
      ws.on('close', unlisten);
      // The client pings with empty messages; nothing it sends on the stream is acted on.
      ws.on('error', () => ws.terminate());
      if (replay.activities.length) ws.send(JSON.stringify(replay));
    });
  };
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
