/**
 * The client side of the local Direct Line 3.0 endpoint, at /v3/directline: what Web Chat
 * (botframework-directlinejs) calls. The WebSocket stream is in directLineStream.ts, the bot's
 * side in directLineConnector.ts.
 */
import type { Request, Response, Server } from 'restify';
import type { RateLimit } from '../directline/rateLimiter';
import { DirectLineError, parseWatermark, startPropertiesFrom, type DirectLineService, type StartedConversation } from '../directline/service';
import type { Logger } from '../ops/logger';
import { bearerOf, noStore, originOf, ownerOf, sendError, websocketOrigin, withinRate } from './directLineHttp';

export const DIRECT_LINE_PATH = '/v3/directline';

export interface LocalRoutesOptions {
  service: DirectLineService;
  limiter: RateLimit;
  logger: Logger;
  publicUrl: string;
}

export function streamUrlFor(req: Request, publicUrl: string, started: StartedConversation): string {
  const origin = websocketOrigin(originOf(req, publicUrl, req.isSecure()));
  return `${origin}${DIRECT_LINE_PATH}/conversations/${encodeURIComponent(started.conversationId)}/stream?t=${encodeURIComponent(started.streamTicket)}`;
}

const conversationOut = (req: Request, publicUrl: string, started: StartedConversation) => ({
  conversationId: started.conversationId,
  token: started.token,
  expires_in: started.expires_in,
  streamUrl: streamUrlFor(req, publicUrl, started),
});

export function mountLocalRoutes(server: Server, { service, limiter, logger, publicUrl }: LocalRoutesOptions): void {
  const watermarkOf = (req: Request): number => {
    const watermark = parseWatermark((req.query as Record<string, unknown> | undefined)?.watermark);
    if (watermark === undefined) throw new DirectLineError(400, 'the watermark must be a number');
    return watermark;
  };
  const conversationIdOf = (req: Request): string => String(req.params.conversationId ?? '');

  server.post(`${DIRECT_LINE_PATH}/tokens/generate`, async (req: Request, res: Response) => {
    noStore(res);
    if (!(await withinRate(limiter, req, res))) return;
    try {
      const { conversationId, token, expires_in } = await service.generate(startPropertiesFrom(req.body), ownerOf(req, limiter));
      res.json({ conversationId, token, expires_in });
    } catch (error) {
      sendError(res, error, logger);
    }
  });

  server.post(`${DIRECT_LINE_PATH}/conversations`, async (req: Request, res: Response) => {
    noStore(res);
    const bearer = bearerOf(req);
    // Only a call that mints a conversation and token counts against the rate.
    if (bearer === undefined && !(await withinRate(limiter, req, res))) return;
    try {
      const started = await service.start(bearer, startPropertiesFrom(req.body), ownerOf(req, limiter));
      res.status(201);
      res.json(conversationOut(req, publicUrl, started));
    } catch (error) {
      sendError(res, error, logger);
    }
  });

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, async (req: Request, res: Response) => {
    noStore(res);
    if (!(await withinRate(limiter, req, res))) return;
    try {
      const { conversationId, token, expires_in } = await service.refresh(bearerOf(req));
      res.json({ conversationId, token, expires_in });
    } catch (error) {
      sendError(res, error, logger);
    }
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId`, async (req: Request, res: Response) => {
    noStore(res);
    try {
      const started = await service.reconnect(bearerOf(req), conversationIdOf(req), watermarkOf(req));
      res.json(conversationOut(req, publicUrl, started));
    } catch (error) {
      sendError(res, error, logger);
    }
  });

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    try {
      res.json(await service.post(bearerOf(req), conversationIdOf(req), req.body));
    } catch (error) {
      sendError(res, error, logger);
    }
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    noStore(res);
    try {
      res.json(await service.activities(bearerOf(req), conversationIdOf(req), watermarkOf(req)));
    } catch (error) {
      sendError(res, error, logger);
    }
  });

  // Attachments are not supported: refused clearly rather than with a bare 404.
  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/upload`, async (_req: Request, res: Response) => {
    res.status(501);
    res.json({ error: { code: 'NotImplemented', message: 'file upload is not supported by the local Direct Line endpoint' } });
  });
}
