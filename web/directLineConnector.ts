/**
 * The bot's side of the local Direct Line endpoint: the Bot Connector routes botbuilder's
 * ConnectorClient calls at the activity's serviceUrl. Only this process sends here (loopback,
 * never through a proxy), and only into a conversation that exists.
 */
import type { Request, Response, Server } from 'restify';
import type { DirectLineService } from '../directline/service';
import type { Logger } from '../ops/logger';
import { isLoopback, sendError, sendProblem } from './directLineHttp';
import { DIRECT_LINE_PATH } from './directLineLocal';

export const CONNECTOR_PATH = `${DIRECT_LINE_PATH}/connector`;

export function mountConnectorRoutes(server: Server, service: DirectLineService, logger: Logger): void {
  const conversations = `${CONNECTOR_PATH}/v3/conversations/:conversationId`;

  /** Runs the handler for the bot only; anyone else gets 403. */
  const fromBot = (handler: (req: Request, res: Response) => Promise<void> | void) => async (req: Request, res: Response) => {
    if (!isLoopback(req)) return sendProblem(res, 403, 'Forbidden', 'the connector routes are for this bot only');
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
