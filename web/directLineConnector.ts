/**
 * The bot's side of the local Direct Line endpoint: the Bot Connector routes botbuilder's
 * ConnectorClient calls at the activity's serviceUrl. Only this process sends here (loopback,
 * never through a proxy, and with this process's secret in the path: behind a reverse proxy on
 * the same host every request is loopback), and only into a conversation that exists.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { DirectLineService } from '../directline/service';
import type { Logger } from '../ops/logger';
import { isLoopback, sendError, sendProblem } from './directLineHttp';
import { DIRECT_LINE_PATH } from './directLineLocal';

export const CONNECTOR_PATH = `${DIRECT_LINE_PATH}/connector`;

/** A connector address of any instance or earlier process: the path and its secret (32 hex digits; none before secrets). */
export const CONNECTOR_URL = /^http:\/\/(127\.0\.0\.1|\[::1\]|localhost):\d+\/v3\/directline\/connector(\/[0-9a-f]{32})?$/;

/** A secret made at start, known only to this process: it goes in the serviceUrl the bot is given, never to a client. */
export function newConnectorSecret(): string {
  return randomBytes(16).toString('hex');
}

function sameSecret(given: unknown, secret: string): boolean {
  const a = Buffer.from(typeof given === 'string' ? given : '');
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function mountConnectorRoutes(server: Server, service: DirectLineService, logger: Logger, secret: string): void {
  const conversations = `${CONNECTOR_PATH}/:secret/v3/conversations/:conversationId`;

  /** Runs the handler for the bot only; anyone else gets 403. */
  const fromBot = (handler: (req: Request, res: Response) => Promise<void> | void) => async (req: Request, res: Response) => {
    if (!isLoopback(req) || !sameSecret(req.params.secret, secret)) return sendProblem(res, 403, 'Forbidden', 'the connector routes are for this bot only');
    try {
      await handler(req, res);
    } catch (error) {
      sendError(res, error, logger);
    }
  };
  const append = fromBot(async (req, res) => {
    const { id } = await service.fromBot(String(req.params.conversationId ?? ''), req.body);
    res.json({ id });
  });

  server.post(`${conversations}/activities`, append);
  server.post(`${conversations}/activities/:activityId`, append);
  // Updates and deletes are acknowledged but not applied: the bot does not edit what it said.
  server.put(
    `${conversations}/activities/:activityId`,
    fromBot((req, res) => res.json({ id: String(req.params.activityId ?? '') })),
  );
  server.del(
    `${conversations}/activities/:activityId`,
    fromBot((_req, res) => {
      res.status(200);
      res.end();
    }),
  );
  server.get(
    `${conversations}/members`,
    fromBot(async (req, res) => res.json(await service.members(String(req.params.conversationId ?? '')))),
  );
}
