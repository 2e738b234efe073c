/**
 * POST /api/directline/token: the one route the embed calls in both modes. Local mode hands out
 * a token of this server's own Direct Line endpoint; Azure mode exchanges the secret with the
 * Direct Line service. Either way the answer says where to connect (`domain`).
 */
import type { Request, Response, Server } from 'restify';
import { AzureTokenError, exchangeSecret } from '../directline/azureTokens';
import type { RateLimit } from '../directline/rateLimiter';
import { startPropertiesFrom, type DirectLineService } from '../directline/service';
import type { Logger } from '../ops/logger';
import { noStore, originOf, ownerOf, sendError, sendProblem, withinRate } from './directLineHttp';
import { DIRECT_LINE_PATH } from './directLineLocal';

export const TOKEN_ROUTE = '/api/directline/token';

export type TokenSource =
  { kind: 'local'; service: DirectLineService; publicUrl: string } | { kind: 'azure'; endpoint: string; secret: string; fetch?: typeof fetch };

export function mountTokenRoute(server: Server, source: TokenSource, limiter: RateLimit, logger: Logger): void {
  server.post(TOKEN_ROUTE, async (req: Request, res: Response) => {
    noStore(res);
    if (!(await withinRate(limiter, req, res))) return;
    if (source.kind === 'local') {
      try {
        const grant = await source.service.generate(startPropertiesFrom(req.body), ownerOf(req, limiter));
        res.json({ ...grant, domain: `${originOf(req, source.publicUrl, req.isSecure())}${DIRECT_LINE_PATH}` });
      } catch (error) {
        sendError(res, error, logger);
      }
      return;
    }
    try {
      res.json(await exchangeSecret({ endpoint: source.endpoint, secret: source.secret, fetch: source.fetch }));
    } catch (error) {
      // Never the secret, never the upstream body: only its status.
      const upstream = error instanceof AzureTokenError ? error.upstreamStatus : undefined;
      logger.error({ upstream }, 'direct line token exchange failed');
      sendProblem(res, 502, 'BadGateway', 'could not get a Direct Line token, try again later');
    }
  });
}
